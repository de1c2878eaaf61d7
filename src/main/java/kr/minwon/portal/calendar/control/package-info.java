/**
 * Working calendar of an office: working days, working time blocks and holidays.
 * Weekends and holidays are non-working; working time defaults to 09–12 and 13–18, lunch switchable.
 * {@link kr.minwon.portal.calendar.control.WorkingCalendar} precomputes per-day tables over 2000–2100 so that adding
 * or measuring working time is O(1); a changed holiday list builds a new, immutable calendar.
 * Holidays come from the bundled holidays-kr.csv or an uploaded 특일정보 response; nothing is fetched online.
 * Days past the last year whose holidays are loaded still compute (weekends only) and answers reaching them are
 * provisional ({@link kr.minwon.portal.calendar.control.HolidayCoverage}).
 */
package kr.minwon.portal.calendar.control;
