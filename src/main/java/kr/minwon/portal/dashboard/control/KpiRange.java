package kr.minwon.portal.dashboard.control;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

/** A range of days, both included, with the ranges the evaluation uses (Seoul's evaluation year runs October–September). */
public record KpiRange(LocalDate from, LocalDate to) implements Serializable {

    /** First month of an evaluation year. */
    public static final int EVALUATION_START_MONTH = 10;

    /** The evaluation year that contains {@code today}, up to today. */
    public static KpiRange evaluationYearToDate(LocalDate today) {
        return new KpiRange(evaluationStart(today), today);
    }

    /** The last whole evaluation year before the one that contains {@code today}. */
    public static KpiRange previousEvaluationYear(LocalDate today) {
        LocalDate start = evaluationStart(today).minusYears(1);
        return new KpiRange(start, start.plusYears(1).minusDays(1));
    }

    /** The previous calendar month: what the head of office checks by the 5th. */
    public static KpiRange lastMonth(LocalDate today) {
        YearMonth month = YearMonth.from(today).minusMonths(1);
        return new KpiRange(month.atDay(1), month.atEndOfMonth());
    }

    /**
     * The calendar months that lie wholly inside this range, as a range from the first one's first day to the last
     * one's last day; empty when no month does. The KPI read model reads those from its month rows and only the days
     * before and after them from its day rows.
     */
    public Optional<KpiRange> wholeMonths() {
        YearMonth first = from.getDayOfMonth() == 1
                ? YearMonth.from(from)
                : YearMonth.from(from).plusMonths(1);
        YearMonth last = to.equals(YearMonth.from(to).atEndOfMonth())
                ? YearMonth.from(to)
                : YearMonth.from(to).minusMonths(1);
        return first.isAfter(last) ? Optional.empty() : Optional.of(new KpiRange(first.atDay(1), last.atEndOfMonth()));
    }

    private static LocalDate evaluationStart(LocalDate today) {
        int year = today.getMonthValue() >= EVALUATION_START_MONTH ? today.getYear() : today.getYear() - 1;
        return LocalDate.of(year, EVALUATION_START_MONTH, 1);
    }
}
