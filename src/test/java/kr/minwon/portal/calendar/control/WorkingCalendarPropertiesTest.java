package kr.minwon.portal.calendar.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Checks the precomputed tables against a minute-by-minute walk, the obviously right but slow way. */
class WorkingCalendarPropertiesTest {

    private static final WorkingCalendar CALENDAR = WorkingCalendar.bundled(WorkingHours.standard());
    private static final LocalDate FIRST = LocalDate.of(2025, 1, 1);

    @Provide
    Arbitrary<LocalDateTime> instants() {
        return Combinators.combine(
                        Arbitraries.integers().between(0, 3 * 365 - 30),
                        Arbitraries.integers().between(0, 24 * 60 - 1))
                .as((day, minute) -> LocalDateTime.of(FIRST.plusDays(day), LocalTime.ofSecondOfDay(minute * 60L)));
    }

    @Property(tries = 300)
    void addingWorkingMinutesMatchesAMinuteByMinuteWalk(
            @ForAll("instants") LocalDateTime start, @ForAll @IntRange(min = 1, max = 4000) int minutes) {
        assertThat(CALENDAR.addWorkingMinutes(start, minutes)).isEqualTo(walk(start, minutes));
    }

    @Property(tries = 300)
    void workingMinutesBetweenUndoAddingThem(
            @ForAll("instants") LocalDateTime start, @ForAll @IntRange(min = 0, max = 20000) int minutes) {
        LocalDateTime end = CALENDAR.addWorkingMinutes(start, minutes);
        assertThat(CALENDAR.workingMinutesBetween(start, end)).isEqualTo(minutes);
    }

    @Property(tries = 300)
    void nextWorkingStartIsWorkingTimeAndNeverEarlier(@ForAll("instants") LocalDateTime instant) {
        LocalDateTime start = CALENDAR.nextWorkingStart(instant);
        assertThat(CALENDAR.isWorkingTime(start)).isTrue();
        assertThat(start).isAfterOrEqualTo(instant);
        assertThat(CALENDAR.workingMinutesBetween(instant, start)).isZero();
    }

    private static LocalDateTime walk(LocalDateTime start, int minutes) {
        LocalDateTime t = start;
        int left = minutes;
        while (true) {
            if (CALENDAR.isWorkingTime(t)) {
                left--;
            }
            t = t.plusMinutes(1);
            if (left == 0) {
                return t;
            }
        }
    }
}
