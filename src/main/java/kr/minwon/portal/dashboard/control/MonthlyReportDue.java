package kr.minwon.portal.dashboard.control;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import kr.minwon.portal.calendar.control.WorkingCalendar;

/**
 * When the monthly status report is due (시행령 제22조: the head of office checks the previous month by the 5th): from
 * the first working day of a month on, the previous month's report should exist. A run that finds it missing later in
 * the month (the portal was down on that day) still makes it.
 */
public final class MonthlyReportDue {

    private MonthlyReportDue() {}

    /** The first working day of a month: the 1st, or the next day that is neither weekend nor holiday. */
    public static LocalDate firstWorkingDay(YearMonth month, WorkingCalendar calendar) {
        return calendar.workingDayOnOrAfter(month.atDay(1));
    }

    /** The month whose report is due on {@code today}: the previous one once this month's first working day has come. */
    public static Optional<YearMonth> due(LocalDate today, WorkingCalendar calendar) {
        YearMonth month = YearMonth.from(today);
        return today.isBefore(firstWorkingDay(month, calendar)) ? Optional.empty() : Optional.of(month.minusMonths(1));
    }
}
