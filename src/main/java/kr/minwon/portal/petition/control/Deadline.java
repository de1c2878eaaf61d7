package kr.minwon.portal.petition.control;

import java.time.LocalDate;
import java.time.LocalDateTime;
import kr.minwon.portal.calendar.control.WorkingCalendar;
import kr.minwon.portal.calendar.control.WorkingHours;

/**
 * A computed deadline, and the working time a petition has used and has left, net of clock stops.
 *
 * <p>While a clock stop is open the deadline is not known; {@link #deadline()} is then the earliest it can be, and
 * {@link #suspended()} says so. Recompute once the stop has ended.
 */
public final class Deadline {

    private final WorkingCalendar calendar;
    private final LocalDateTime receivedAt;
    private final LegalPeriod period;
    private final DeadlineMode mode;
    private final LocalDate firstDay;
    private final long start;
    private final long legalEnd;
    private final long allowed;
    private final long end;
    private final boolean suspended;
    private final long[] stopFrom;
    private final long[] stopTo;

    Deadline(
            WorkingCalendar calendar,
            LocalDateTime receivedAt,
            LegalPeriod period,
            DeadlineMode mode,
            LocalDate firstDay,
            long start,
            long legalEnd,
            long allowed,
            long end,
            boolean suspended,
            long[] stopFrom,
            long[] stopTo) {
        this.calendar = calendar;
        this.receivedAt = receivedAt;
        this.period = period;
        this.mode = mode;
        this.firstDay = firstDay;
        this.start = start;
        this.legalEnd = legalEnd;
        this.allowed = allowed;
        this.end = end;
        this.suspended = suspended;
        this.stopFrom = stopFrom;
        this.stopTo = stopTo;
    }

    public LocalDateTime receivedAt() {
        return receivedAt;
    }

    public LegalPeriod period() {
        return period;
    }

    public DeadlineMode mode() {
        return mode;
    }

    /** When the clock started: the receipt, or the next working-time start for a receipt outside working time. */
    public LocalDateTime clockStart() {
        return calendar.startAt(start);
    }

    /** Day 1 of the period as day- and calendar-counted periods count it. */
    public LocalDate firstDay() {
        return firstDay;
    }

    public LocalDateTime deadline() {
        return calendar.instantAt(end);
    }

    /** The deadline of the legal period alone, before stops and extensions. */
    public LocalDateTime legalDeadline() {
        return calendar.instantAt(legalEnd);
    }

    public boolean suspended() {
        return suspended;
    }

    /** The legal period in working minutes at {@code minutesPerDay} a day: 3 days give 1440, 즉시 180. */
    public long workingMinutes() {
        int perDay = calendar.hours().minutesPerDay();
        return switch (mode) {
            case HOURS -> period.workingMinutes(perDay);
            case DAYS -> (long) period.amount() * perDay;
            case CALENDAR -> (long) legalWorkingDays() * perDay;
        };
    }

    /** Working minutes the petition may use, extensions included, stops excluded. */
    public long allowedMinutes() {
        return allowed;
    }

    /** Working minutes from the clock start to {@code at}, less the working minutes the clock stood still. */
    public long usedMinutes(LocalDateTime at) {
        long until = calendar.positionOf(at);
        if (until <= start) {
            return 0;
        }
        return until - start - stoppedMinutes(start, until);
    }

    /** Working minutes left at {@code now}; negative once overdue. Frozen while the clock is stopped. */
    public long remainingMinutes(LocalDateTime now) {
        return allowed - usedMinutes(now);
    }

    /**
     * Late at {@code at} for a petition still open: after the deadline, and not waiting on a stop that began in time.
     * For a completion use {@link #isLateAt}.
     */
    public boolean isOverdueAt(LocalDateTime at) {
        return !suspended && at.isAfter(deadline());
    }

    /**
     * The one measure of lateness (DOMAIN §4): a petition approved at {@code approvedAt} is late when that moment is
     * after the deadline in force (extensions and stops applied), by any amount — in lunch, after hours or on a
     * holiday included. 준수율, notices and mileage all read this flag.
     */
    public boolean isLateAt(LocalDateTime approvedAt) {
        return approvedAt.isAfter(deadline());
    }

    /**
     * Working days late for an approval at {@code approvedAt}, a part of a day counting whole: 0 when on time, else
     * at least 1. Counted against the deadline in force: for hour-counted periods the working minutes past it in
     * days of {@link WorkingHours#minutesPerDay()}, rounded up; for day- and calendar-counted periods the working
     * days after the deadline's day up to the day of approval. An approval after hours on the deadline's day, or on
     * the weekend after it, has no working time past the deadline and is still one day late.
     */
    public int lateDays(LocalDateTime approvedAt) {
        if (!isLateAt(approvedAt)) {
            return 0;
        }
        long days;
        if (mode == DeadlineMode.HOURS) {
            long perDay = calendar.hours().minutesPerDay();
            long past = calendar.positionOf(approvedAt) - end;
            days = (past + perDay - 1) / perDay;
        } else {
            LocalDate deadlineDay = deadline().toLocalDate();
            days = calendar.workingDaysBetween(deadlineDay.plusDays(1), approvedAt.toLocalDate());
        }
        return (int) Math.max(1, days);
    }

    /**
     * Time used in days, as mileage and KPIs count it (DOMAIN §4), net of clock stops by the rule that moved the
     * deadline: hour-counted periods in working minutes less stopped minutes, ÷ a day's minutes, to one decimal;
     * other periods in working days from day 1 to the day of completion, both included, less the days the stops
     * moved the deadline by — a stop of part of a day moves a day-counted deadline to the end of a later day, so it
     * takes a whole day off time used too, and a petition approved exactly at its moved deadline used its legal
     * period and saved nothing. At least 1, because the day of receipt counts.
     */
    public double usedDays(LocalDateTime completedAt) {
        if (mode == DeadlineMode.HOURS) {
            return oneDecimal(
                    (double) usedMinutes(completedAt) / calendar.hours().minutesPerDay());
        }
        LocalDate lastDay = completedAt.toLocalDate();
        int days = calendar.workingDaysBetween(firstDay, lastDay);
        if (days > 0 && stopFrom.length > 0) {
            long until = Math.max(start, calendar.positionOf(completedAt));
            long stopped = stoppedMinutes(start, until);
            long perDay = calendar.minutesPerWorkingDay();
            days -= (int) ((stopped + perDay - 1) / perDay);
        }
        return Math.max(1, days);
    }

    /**
     * The legal period in days: the amount for day-counted periods, hour-counted periods in days to one decimal, and
     * for calendar periods the working days from day 1 to the legal last day, because time used counts working days.
     */
    public double legalDays() {
        return switch (mode) {
            case HOURS ->
                oneDecimal((double) period.workingMinutes(calendar.hours().minutesPerDay())
                        / calendar.hours().minutesPerDay());
            case DAYS -> period.amount();
            case CALENDAR -> legalWorkingDays();
        };
    }

    /**
     * Legal period less time used, in days; negative when the petition used more than its legal period (late, or
     * extended). Savings count against the legal period; lateness against the deadline in force ({@link #lateDays}).
     */
    public double daysSaved(LocalDateTime completedAt) {
        return oneDecimal(legalDays() - usedDays(completedAt));
    }

    private int legalWorkingDays() {
        return calendar.workingDaysBetween(firstDay, calendar.dayOfPosition(legalEnd));
    }

    private long stoppedMinutes(long from, long to) {
        long stopped = 0;
        for (int i = 0; i < stopFrom.length; i++) {
            long overlap = Math.min(stopTo[i], to) - Math.max(stopFrom[i], from);
            if (overlap > 0) {
                stopped += overlap;
            }
        }
        return stopped;
    }

    private static double oneDecimal(double value) {
        return Math.round(value * 10) / 10.0;
    }

    @Override
    public String toString() {
        return "Deadline[" + period + " " + mode + " received " + receivedAt + " due " + deadline()
                + (suspended ? " (suspended)" : "") + "]";
    }
}
