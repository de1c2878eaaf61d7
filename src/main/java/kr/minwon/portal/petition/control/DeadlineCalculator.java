package kr.minwon.portal.petition.control;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import kr.minwon.portal.calendar.control.WorkingCalendar;
import kr.minwon.portal.calendar.control.WorkingHours;

/**
 * Computes a petition's deadline from its receipt, legal period, clock stops and extensions (DOMAIN §2).
 *
 * <p>All arithmetic runs on the calendar's working-minute positions, so a deadline costs a few array look-ups. Stops
 * and extensions are applied in this order: the legal period plus the extensions give a span of working time from the
 * clock start; each stop that begins before the span is used up pushes its end later by the stop's working time.
 */
public final class DeadlineCalculator {

    private static final long[] NO_STOPS = new long[0];

    private final WorkingCalendar calendar;
    private final WorkingHours hours;

    public DeadlineCalculator(WorkingCalendar calendar) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.hours = calendar.hours();
    }

    public WorkingCalendar calendar() {
        return calendar;
    }

    public Deadline compute(LocalDateTime receivedAt, LegalPeriod period) {
        return compute(receivedAt, period, List.of(), List.of());
    }

    /**
     * @throws ExtensionRefused when the extensions break the rules of 시행령 제21조
     * @throws IllegalArgumentException when a date lies outside the calendar's range
     */
    public Deadline compute(
            LocalDateTime receivedAt, LegalPeriod period, List<ClockStop> stops, List<Extension> extensions) {
        Extension.requireAllowed(period, extensions);
        DeadlineMode mode = period.mode();
        LocalDate firstDay = firstCountedDay(receivedAt);
        long start = calendar.positionOf(receivedAt);
        long legalEnd;
        long end;
        switch (mode) {
            case HOURS -> {
                legalEnd = start + period.workingMinutes(hours.minutesPerDay());
                // An extension of an hour-counted period is counted in hours too, however long the sum grows.
                end = legalEnd + period.workingMinutesOf(Extension.totalAmount(extensions), hours.minutesPerDay());
            }
            case DAYS -> {
                legalEnd = calendar.dayEndPosition(calendar.addWorkingDays(firstDay, period.amount() - 1));
                // Extension days follow on as further working days, so the end stays at the end of a working day.
                end = extensions.isEmpty()
                        ? legalEnd
                        : calendar.dayEndPosition(calendar.addWorkingDays(
                                firstDay, period.amount() - 1 + Extension.totalAmount(extensions)));
            }
            default -> {
                LocalDate last = calendarLastDay(firstDay, period.amount(), period.unit());
                legalEnd = calendar.dayEndPosition(last);
                // 민법: an extended period starts on the day after the original one expired.
                for (Extension extension : extensions) {
                    last = calendarLastDay(last.plusDays(1), extension.amount(), period.unit());
                }
                end = calendar.dayEndPosition(last);
            }
        }
        if (stops.isEmpty()) {
            return new Deadline(
                    calendar,
                    receivedAt,
                    period,
                    mode,
                    firstDay,
                    start,
                    legalEnd,
                    end - start,
                    end,
                    false,
                    NO_STOPS,
                    NO_STOPS);
        }
        return withStops(receivedAt, period, mode, firstDay, start, legalEnd, end, stops);
    }

    private Deadline withStops(
            LocalDateTime receivedAt,
            LegalPeriod period,
            DeadlineMode mode,
            LocalDate firstDay,
            long start,
            long legalEnd,
            long end,
            List<ClockStop> stops) {
        long[][] merged = merge(stops);
        long[] from = merged[0];
        long[] to = merged[1];
        long reach = end;
        boolean suspended = false;
        for (int i = 0; i < from.length; i++) {
            long stopFrom = Math.max(from[i], start);
            if (to[i] <= start || stopFrom >= reach) {
                continue;
            }
            if (to[i] == Long.MAX_VALUE) {
                suspended = true;
                // Until it ends, an open stop is known to last at least to its start, or its day's end for 보완.
                reach += Math.max(openStopLeastEnd(stops, from[i]), stopFrom) - stopFrom;
                break;
            }
            reach += to[i] - stopFrom;
        }
        long finalReach = reach;
        if (mode != DeadlineMode.HOURS && reach != end) {
            // Day- and calendar-counted periods end at the end of working time, so a stop of part of a day moves
            // the deadline to the end of the day it lands in rather than to mid-day.
            finalReach = calendar.dayEndPosition(calendar.dayOfPosition(reach));
        }
        long budget = end - start + (finalReach - reach);
        return new Deadline(
                calendar, receivedAt, period, mode, firstDay, start, legalEnd, budget, finalReach, suspended, from, to);
    }

    private long openStopLeastEnd(List<ClockStop> stops, long from) {
        long least = from;
        for (ClockStop stop : stops) {
            if (stop.isOpen() && stop.coversWholeDays()) {
                least = Math.max(least, calendar.dayEndPosition(stop.startedAt().toLocalDate()));
            }
        }
        return least;
    }

    /** Stops as sorted, disjoint position intervals [from, to); an open stop runs to Long.MAX_VALUE. */
    private long[][] merge(List<ClockStop> stops) {
        int n = stops.size();
        long[][] raw = new long[n][2];
        for (int i = 0; i < n; i++) {
            ClockStop stop = stops.get(i);
            if (stop.coversWholeDays()) {
                raw[i][0] = calendar.dayStartPosition(stop.startedAt().toLocalDate());
                raw[i][1] = stop.isOpen()
                        ? Long.MAX_VALUE
                        : calendar.dayEndPosition(stop.endedAt().toLocalDate());
            } else {
                raw[i][0] = calendar.positionOf(stop.startedAt());
                raw[i][1] = stop.isOpen() ? Long.MAX_VALUE : calendar.positionOf(stop.endedAt());
            }
        }
        Arrays.sort(raw, (a, b) -> Long.compare(a[0], b[0]));
        long[] from = new long[n];
        long[] to = new long[n];
        int count = 0;
        for (long[] interval : raw) {
            if (interval[1] <= interval[0]) {
                continue;
            }
            if (count > 0 && interval[0] <= to[count - 1]) {
                to[count - 1] = Math.max(to[count - 1], interval[1]);
            } else {
                from[count] = interval[0];
                to[count] = interval[1];
                count++;
            }
        }
        return new long[][] {Arrays.copyOf(from, count), Arrays.copyOf(to, count)};
    }

    /**
     * Day 1 of a day- or calendar-counted period: the day of receipt if it is a working day, unless the receipt came
     * after the day's working time and the office starts such receipts on the next working day (the default).
     */
    LocalDate firstCountedDay(LocalDateTime receivedAt) {
        LocalDate day = receivedAt.toLocalDate();
        boolean afterHours = !receivedAt.toLocalTime().isBefore(hours.dayEnd());
        if (calendar.isWorkingDay(day) && !(afterHours && hours.afterHoursStartsNextWorkingStart())) {
            return day;
        }
        return calendar.addWorkingDays(day, 1);
    }

    /**
     * The last working day of a calendar period whose first day counts: the day before the corresponding day, the
     * month's last day when the month lacks it (민법 160), then moved off a weekend or holiday (민법 161).
     */
    private LocalDate calendarLastDay(LocalDate first, int amount, PeriodUnit unit) {
        LocalDate last = switch (unit) {
            case WEEK -> first.plusWeeks(amount).minusDays(1);
            case MONTH -> beforeCorresponding(first, first.plusMonths(amount));
            case YEAR -> beforeCorresponding(first, first.plusYears(amount));
            default -> throw new IllegalStateException(unit + " is not a calendar unit");
        };
        return calendar.workingDayOnOrAfter(last);
    }

    /** java.time clamps a missing day to the month's end, which is exactly where 민법 160 ends such a period. */
    private static LocalDate beforeCorresponding(LocalDate first, LocalDate corresponding) {
        return corresponding.getDayOfMonth() == first.getDayOfMonth() ? corresponding.minusDays(1) : corresponding;
    }
}
