/**
 * Floor 4: the office's holidays and working hours. OfficeCalendar keeps an immutable WorkingCalendar snapshot; a
 * change to the holiday table fires CalendarChanged (synchronously, in the change's transaction), so features that
 * keep dates computed on the calendar (petition's deadlines) move them without calendar knowing them.
 */
package kr.minwon.portal.calendar;
