package kr.minwon.portal.petition.control;

import java.time.LocalDate;
import java.time.LocalDateTime;
import kr.minwon.portal.calendar.control.WorkingCalendar;

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

    Deadline(WorkingCalendar calendar, LocalDateTime receivedAt, LegalPeriod period, DeadlineMode mode,
            LocalDate firstDay, long start, long legalEnd, long allowed, long end, boolean suspended, long[] stopFrom,
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

    /** Late at {@code at}: after the deadline, and not waiting on a stop that began in time. */
    public boolean isOverdueAt(LocalDateTime at) {
        return !suspended && at.isAfter(deadline());
    }

    /**
     * Time used in days, as mileage and KPIs count it (DOMAIN §4): hour-counted periods in working minutes ÷ a day's
     * minutes, to one decimal; other periods in working days from day 1 to the day of completion, both included,
     * less the whole working days the clock stood still, and at least 1 because the day of receipt counts.
     */
    public double usedDays(LocalDateTime completedAt) {
        if (mode == DeadlineMode.HOURS) {
            return oneDecimal((double) usedMinutes(completedAt) / calendar.hours().minutesPerDay());
        }
        LocalDate lastDay = completedAt.toLocalDate();
        int days = calendar.workingDaysBetween(firstDay, lastDay);
        if (days > 0 && stopFrom.length > 0) {
            days -= stoppedWholeDays(calendar.dayStartPosition(firstDay), calendar.dayEndPosition(lastDay));
        }
        return Math.max(1, days);
    }

    /**
     * The legal period in days: the amount for day-counted periods, hour-counted periods in days to one decimal, and
     * for calendar periods the working days from day 1 to the legal last day, because time used counts working days.
     */
    public double legalDays() {
        return switch (mode) {
            case HOURS -> oneDecimal((double) period.workingMinutes(calendar.hours().minutesPerDay())
                    / calendar.hours().minutesPerDay());
            case DAYS -> period.amount();
            case CALENDAR -> legalWorkingDays();
        };
    }

    /** Legal period less time used, in days; negative when late. Extensions do not enlarge the legal period. */
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

    /** Working days lying wholly inside a stop; positions of whole days are multiples of a day's minutes. */
    private int stoppedWholeDays(long from, long to) {
        long perDay = calendar.minutesPerWorkingDay();
        long days = 0;
        for (int i = 0; i < stopFrom.length; i++) {
            long lo = Math.max(stopFrom[i], from);
            long hi = Math.min(stopTo[i], to);
            long whole = Math.floorDiv(hi, perDay) - Math.floorDiv(lo + perDay - 1, perDay);
            if (hi > lo && whole > 0) {
                days += whole;
            }
        }
        return (int) days;
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
