package kr.minwon.portal.calendar.control;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * One month as a wall calendar in Korea shows it: whole weeks from Sunday to Saturday, each day marked for what it
 * is to the office. Classes with getters rather than records, because the pages read them through Jakarta EL 5.
 */
public final class MonthGrid {

    /** What a day is to the office; a holiday wins over the weekend so that its name is shown. */
    public enum DayKind {
        WORKING,
        SATURDAY,
        SUNDAY,
        HOLIDAY
    }

    /** One cell of the grid. */
    public static final class Day {
        private final LocalDate date;
        private final boolean inMonth;
        private final DayKind kind;
        private final String holidayName;
        private final boolean today;

        Day(LocalDate date, boolean inMonth, DayKind kind, String holidayName, boolean today) {
            this.date = date;
            this.inMonth = inMonth;
            this.kind = kind;
            this.holidayName = holidayName;
            this.today = today;
        }

        public LocalDate getDate() {
            return date;
        }

        public int getDayOfMonth() {
            return date.getDayOfMonth();
        }

        public boolean isInMonth() {
            return inMonth;
        }

        public DayKind getKind() {
            return kind;
        }
        /** The holiday's name, or null on a day without one. */
        public String getHolidayName() {
            return holidayName;
        }

        public boolean isToday() {
            return today;
        }

        public boolean isWorking() {
            return kind == DayKind.WORKING;
        }
    }

    private final YearMonth month;
    private final List<List<Day>> weeks;

    private MonthGrid(YearMonth month, List<List<Day>> weeks) {
        this.month = month;
        this.weeks = weeks;
    }

    /**
     * @param names holiday names by date; a date the calendar treats as a holiday without a name here is still marked
     * @throws IllegalArgumentException for a month the calendar does not cover
     */
    public static MonthGrid of(
            YearMonth month, WorkingCalendar calendar, Map<LocalDate, String> names, LocalDate today) {
        LocalDate first = month.atDay(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.SUNDAY));
        LocalDate last = month.atEndOfMonth().with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
        if (first.isBefore(calendar.firstDay()) || last.isAfter(calendar.lastDay())) {
            throw new IllegalArgumentException("The calendar does not cover " + month);
        }
        List<List<Day>> weeks = new ArrayList<>();
        List<Day> week = new ArrayList<>(7);
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
            String name = names.get(d);
            week.add(new Day(d, YearMonth.from(d).equals(month), kindOf(d, calendar, name), name, d.equals(today)));
            if (week.size() == 7) {
                weeks.add(Collections.unmodifiableList(week));
                week = new ArrayList<>(7);
            }
        }
        return new MonthGrid(month, Collections.unmodifiableList(weeks));
    }

    private static DayKind kindOf(LocalDate day, WorkingCalendar calendar, String holidayName) {
        if (holidayName != null || calendar.holidays().contains(day)) {
            return DayKind.HOLIDAY;
        }
        return switch (day.getDayOfWeek()) {
            case SUNDAY -> DayKind.SUNDAY;
            case SATURDAY -> DayKind.SATURDAY;
            default -> calendar.isWorkingDay(day) ? DayKind.WORKING : DayKind.HOLIDAY;
        };
    }

    public YearMonth month() {
        return month;
    }

    public List<List<Day>> getWeeks() {
        return weeks;
    }

    /** Working days inside the month itself. */
    public int getWorkingDays() {
        int n = 0;
        for (List<Day> w : weeks) {
            for (Day d : w) {
                if (d.inMonth && d.isWorking()) {
                    n++;
                }
            }
        }
        return n;
    }
}
