package kr.minwon.portal.petition.control;

/** How a period is counted: the law counts short periods in working hours, longer ones in days or by the calendar. */
public enum DeadlineMode {
    /** Working minutes from receipt: 즉시, hours, and periods of 5 days or less. */
    HOURS,
    /** Working days, the day of receipt as day 1, ending at the end of working time: periods of 6 days or more. */
    DAYS,
    /** Civil-code calendar counting (민법 160, 161): weeks, months, years. */
    CALENDAR
}
