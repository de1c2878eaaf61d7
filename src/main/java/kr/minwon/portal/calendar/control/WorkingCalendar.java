package kr.minwon.portal.calendar.control;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Working days and working time of one office: Saturdays, Sundays and holidays are non-working.
 *
 * <p>Every instant maps to a <em>position</em>: the working minutes elapsed since the start of the calendar's range.
 * Differences of positions are working time, so adding or measuring working time is array look-ups, not loops. The
 * tables are built once per calendar; a new holiday means a new calendar.
 *
 * <p>Instants are taken to the minute (seconds are dropped), the resolution petitions are recorded in.
 *
 * <p>The range reaches far beyond the years whose holidays are known: a day after {@link #holidaysLoadedThrough()}
 * still computes, with weekends only, and {@link #isProvisional} says that its answer may move once that year's
 * holidays are loaded.
 */
public final class WorkingCalendar {

    private static final LocalDate DEFAULT_FIRST = LocalDate.of(2000, 1, 1);
    private static final LocalDate DEFAULT_LAST = LocalDate.of(2100, 12, 31);
    private static final int MINUTES_PER_CALENDAR_DAY = 24 * 60;

    private final Set<LocalDate> holidays;
    private final WorkingHours hours;
    private final LocalDate first;
    private final LocalDate last;
    /** The last day whose holidays are known; null when none are. */
    private final LocalDate holidaysThrough;

    private final long firstEpochDay;
    private final int minutesPerWorkingDay;
    /** workingDaysBefore[i]: working days among the range's days 0..i-1; one longer than the range. */
    private final int[] workingDaysBefore;
    /** workingDays[k]: the range index of the k-th working day. */
    private final int[] workingDays;
    /** workingMinutesBefore[m]: working minutes of a working day before minute-of-day m (0..1440). */
    private final int[] workingMinutesBefore;
    /** minuteOfWorkingMinute[o]: the minute-of-day of a working day's o-th working minute. */
    private final int[] minuteOfWorkingMinute;

    private WorkingCalendar(
            Collection<LocalDate> holidays,
            WorkingHours hours,
            LocalDate first,
            LocalDate last,
            LocalDate holidaysThrough) {
        this.holidays = Set.copyOf(new TreeSet<>(holidays));
        this.hours = hours;
        this.first = first;
        this.last = last;
        this.holidaysThrough = holidaysThrough;
        this.firstEpochDay = first.toEpochDay();
        this.minutesPerWorkingDay = hours.blockMinutes();

        int days = (int) (last.toEpochDay() - firstEpochDay + 1);
        workingDaysBefore = new int[days + 1];
        int[] working = new int[days];
        int count = 0;
        for (int i = 0; i < days; i++) {
            workingDaysBefore[i] = count;
            LocalDate day = first.plusDays(i);
            if (isWeekday(day) && !this.holidays.contains(day)) {
                working[count++] = i;
            }
        }
        workingDaysBefore[days] = count;
        workingDays = Arrays.copyOf(working, count);

        workingMinutesBefore = new int[MINUTES_PER_CALENDAR_DAY + 1];
        minuteOfWorkingMinute = new int[minutesPerWorkingDay];
        int elapsed = 0;
        for (int minute = 0; minute < MINUTES_PER_CALENDAR_DAY; minute++) {
            workingMinutesBefore[minute] = elapsed;
            if (inBlock(minute)) {
                minuteOfWorkingMinute[elapsed++] = minute;
            }
        }
        workingMinutesBefore[MINUTES_PER_CALENDAR_DAY] = elapsed;
    }

    /** A calendar over 2000–2100, widened to hold every given holiday. */
    public static WorkingCalendar of(Collection<LocalDate> holidays, WorkingHours hours) {
        LocalDate from = DEFAULT_FIRST;
        LocalDate to = DEFAULT_LAST;
        for (LocalDate day : holidays) {
            from = day.isBefore(from) ? day : from;
            to = day.isAfter(to) ? day : to;
        }
        return new WorkingCalendar(holidays, hours, from, to, endOfLastYear(holidays));
    }

    /** A calendar over an explicit range, for tests and for offices that keep a narrower one. */
    public static WorkingCalendar of(Collection<LocalDate> holidays, WorkingHours hours, LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("Range ends before it starts: " + from + ".." + to);
        }
        return new WorkingCalendar(holidays, hours, from, to, endOfLastYear(holidays));
    }

    /** The portal's default: bundled holidays and standard working hours. */
    public static WorkingCalendar bundled(WorkingHours hours) {
        return of(HolidayCsv.bundled().stream().map(Holiday::date).toList(), hours);
    }

    public WorkingCalendar withHoliday(LocalDate day) {
        TreeSet<LocalDate> more = new TreeSet<>(holidays);
        more.add(day);
        return new WorkingCalendar(more, hours, first, last, endOfLastYear(more));
    }

    public WorkingCalendar withHours(WorkingHours other) {
        return new WorkingCalendar(holidays, other, first, last, holidaysThrough);
    }

    /**
     * The same calendar, its holidays known up to {@code day} (null: none known). By default they are known to the end
     * of the last year whose table is complete ({@link #holidaysCompleteThrough}).
     */
    public WorkingCalendar withHolidaysThrough(LocalDate day) {
        return new WorkingCalendar(holidays, hours, first, last, day);
    }

    /** The last day whose holidays are known, if any are. */
    public Optional<LocalDate> holidaysLoadedThrough() {
        return Optional.ofNullable(holidaysThrough);
    }

    /**
     * Whether an answer that runs up to {@code day} is provisional: the day lies after the last one whose holidays are
     * known, so holidays not yet loaded may still move it. Such days count weekends only.
     */
    public boolean isProvisional(LocalDate day) {
        return holidaysThrough == null || day.isAfter(holidaysThrough);
    }

    /**
     * The end of the last year whose holidays are all in: the last year holding 25 December (기독탄신일), the last
     * fixed public holiday of every year. A lone early entry (an election or a temporary holiday announced for next
     * year) or a year typed in by hand up to November does not make that year's deadlines final.
     */
    public static Optional<LocalDate> holidaysCompleteThrough(Collection<LocalDate> holidays) {
        return holidays.stream()
                .filter(d -> d.getMonthValue() == 12 && d.getDayOfMonth() == 25)
                .max(LocalDate::compareTo)
                .map(d -> LocalDate.of(d.getYear(), 12, 31));
    }

    private static LocalDate endOfLastYear(Collection<LocalDate> holidays) {
        return holidaysCompleteThrough(holidays).orElse(null);
    }

    public Set<LocalDate> holidays() {
        return holidays;
    }

    public WorkingHours hours() {
        return hours;
    }

    public LocalDate firstDay() {
        return first;
    }

    public LocalDate lastDay() {
        return last;
    }

    /** Length of the working blocks of one day, which may differ from {@link WorkingHours#minutesPerDay()}. */
    public int minutesPerWorkingDay() {
        return minutesPerWorkingDay;
    }

    public boolean isWorkingDay(LocalDate day) {
        int i = index(day.toEpochDay());
        return workingDaysBefore[i + 1] > workingDaysBefore[i];
    }

    public boolean isWorkingTime(LocalDateTime instant) {
        return isWorkingDay(instant.toLocalDate()) && inBlock(minuteOfDay(instant));
    }

    /** {@code day} itself when it is a working day, else the next working day. */
    public LocalDate workingDayOnOrAfter(LocalDate day) {
        return dayAt(workingDaysBefore[index(day.toEpochDay())]);
    }

    /**
     * Moves {@code days} working days: for a positive count, the count-th working day after {@code day}; for a
     * negative one, before it; zero returns {@code day}. A non-working day sits between its neighbours, so one
     * working day after a Saturday is the Monday.
     */
    public LocalDate addWorkingDays(LocalDate day, int days) {
        if (days == 0) {
            return day;
        }
        int i = index(day.toEpochDay());
        return days > 0 ? dayAt(workingDaysBefore[i + 1] + days - 1) : dayAt(workingDaysBefore[i] + days);
    }

    /** Working days from {@code from} to {@code to}, both included; zero when {@code to} is before {@code from}. */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return 0;
        }
        return workingDaysBefore[index(to.toEpochDay()) + 1] - workingDaysBefore[index(from.toEpochDay())];
    }

    public LocalDateTime startOfWorkingDay(LocalDate day) {
        return LocalDateTime.of(day, hours.dayStart());
    }

    public LocalDateTime endOfWorkingDay(LocalDate day) {
        return LocalDateTime.of(day, hours.dayEnd());
    }

    /** {@code instant} when it lies in working time, else the start of the next block of working time. */
    public LocalDateTime nextWorkingStart(LocalDateTime instant) {
        return startAt(positionOf(instant));
    }

    /**
     * The earliest instant at which {@code minutes} of working time have passed since {@code start}: a deadline that
     * falls on the end of a block stays there (12:00, 18:00) rather than moving to the next block's start.
     */
    public LocalDateTime addWorkingMinutes(LocalDateTime start, long minutes) {
        if (minutes < 0) {
            throw new IllegalArgumentException("minutes must not be negative: " + minutes);
        }
        if (minutes == 0) {
            return start;
        }
        return instantAt(positionOf(start) + minutes);
    }

    /** Working minutes from {@code from} to {@code to}; negative when {@code to} is earlier. */
    public long workingMinutesBetween(LocalDateTime from, LocalDateTime to) {
        return positionOf(to) - positionOf(from);
    }

    /** Working minutes elapsed from the start of the calendar's range to {@code instant}. */
    public long positionOf(LocalDateTime instant) {
        int i = index(instant.toLocalDate().toEpochDay());
        long before = (long) workingDaysBefore[i] * minutesPerWorkingDay;
        if (workingDaysBefore[i + 1] == workingDaysBefore[i]) {
            return before;
        }
        return before + workingMinutesBefore[minuteOfDay(instant)];
    }

    /** Position of the first working minute on or after the start of {@code day}. */
    public long dayStartPosition(LocalDate day) {
        return (long) workingDaysBefore[index(day.toEpochDay())] * minutesPerWorkingDay;
    }

    /** Position after the last working minute of {@code day}; equals the next day's start position. */
    public long dayEndPosition(LocalDate day) {
        return (long) workingDaysBefore[index(day.toEpochDay()) + 1] * minutesPerWorkingDay;
    }

    /** The earliest instant at {@code position}: the end of a working minute, so possibly a block's end. */
    public LocalDateTime instantAt(long position) {
        if (position <= 0) {
            return startAt(0);
        }
        long working = (position - 1) / minutesPerWorkingDay;
        int offset = (int) ((position - 1) % minutesPerWorkingDay);
        return at(dayAt(working), minuteOfWorkingMinute[offset] + 1);
    }

    /** The latest instant at {@code position}: the start of the next working minute. */
    public LocalDateTime startAt(long position) {
        long working = position / minutesPerWorkingDay;
        int offset = (int) (position % minutesPerWorkingDay);
        return at(dayAt(working), minuteOfWorkingMinute[offset]);
    }

    /** The working day whose working time holds the minute ending at {@code position}. */
    public LocalDate dayOfPosition(long position) {
        return dayAt(position <= 0 ? 0 : (position - 1) / minutesPerWorkingDay);
    }

    private LocalDateTime at(LocalDate day, int minuteOfDay) {
        return LocalDateTime.of(day, LocalTime.ofSecondOfDay(minuteOfDay * 60L));
    }

    private LocalDate dayAt(long working) {
        if (working < 0 || working >= workingDays.length) {
            throw new IllegalArgumentException("Beyond the calendar's range " + first + ".." + last);
        }
        return LocalDate.ofEpochDay(firstEpochDay + workingDays[(int) working]);
    }

    private int index(long epochDay) {
        long i = epochDay - firstEpochDay;
        if (i < 0 || i >= workingDaysBefore.length - 1) {
            throw new IllegalArgumentException(
                    LocalDate.ofEpochDay(epochDay) + " is outside the calendar's range " + first + ".." + last);
        }
        return (int) i;
    }

    private boolean inBlock(int minuteOfDay) {
        for (WorkingHours.Block block : hours.blocks()) {
            if (minuteOfDay >= block.startMinute() && minuteOfDay < block.endMinute()) {
                return true;
            }
        }
        return false;
    }

    private static int minuteOfDay(LocalDateTime instant) {
        return instant.getHour() * 60 + instant.getMinute();
    }

    private static boolean isWeekday(LocalDate day) {
        DayOfWeek dow = day.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
    }
}
