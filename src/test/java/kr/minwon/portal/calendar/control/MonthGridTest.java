package kr.minwon.portal.calendar.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import kr.minwon.portal.calendar.control.MonthGrid.Day;
import kr.minwon.portal.calendar.control.MonthGrid.DayKind;
import org.junit.jupiter.api.Test;

class MonthGridTest {

    private static final LocalDate ELECTION = LocalDate.of(2026, 6, 3);
    private static final LocalDate MEMORIAL = LocalDate.of(2026, 6, 6);
    private final WorkingCalendar calendar = WorkingCalendar.of(List.of(ELECTION, MEMORIAL), WorkingHours.standard());

    private Day day(MonthGrid grid, LocalDate date) {
        return grid.getWeeks().stream()
                .flatMap(List::stream)
                .filter(d -> d.getDate().equals(date))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void weeksRunFromSundayToSaturdayAndCoverTheWholeMonth() {
        MonthGrid grid = MonthGrid.of(YearMonth.of(2026, 6), calendar, Map.of(), LocalDate.of(2026, 6, 10));

        assertThat(grid.getWeeks()).hasSize(5).allSatisfy(w -> assertThat(w).hasSize(7));
        assertThat(grid.getWeeks().get(0).get(0).getDate()).isEqualTo(LocalDate.of(2026, 5, 31));
        assertThat(grid.getWeeks().get(0).get(0).isInMonth()).isFalse();
        assertThat(grid.getWeeks().get(4).get(6).getDate()).isEqualTo(LocalDate.of(2026, 7, 4));
    }

    @Test
    void eachDayIsMarkedForWhatItIsToTheOffice() {
        MonthGrid grid = MonthGrid.of(
                YearMonth.of(2026, 6), calendar, Map.of(ELECTION, "지방선거", MEMORIAL, "현충일"), LocalDate.of(2026, 6, 10));

        assertThat(day(grid, LocalDate.of(2026, 6, 2)).getKind()).isEqualTo(DayKind.WORKING);
        assertThat(day(grid, ELECTION).getKind()).isEqualTo(DayKind.HOLIDAY);
        assertThat(day(grid, ELECTION).getHolidayName()).isEqualTo("지방선거");
        assertThat(day(grid, MEMORIAL).getKind())
                .as("a named holiday on a Saturday shows as the holiday")
                .isEqualTo(DayKind.HOLIDAY);
        assertThat(day(grid, LocalDate.of(2026, 6, 13)).getKind()).isEqualTo(DayKind.SATURDAY);
        assertThat(day(grid, LocalDate.of(2026, 6, 14)).getKind()).isEqualTo(DayKind.SUNDAY);
        assertThat(day(grid, LocalDate.of(2026, 6, 10)).isToday()).isTrue();
        assertThat(day(grid, LocalDate.of(2026, 6, 11)).isToday()).isFalse();
    }

    @Test
    void aHolidayWithoutANameIsStillMarked() {
        MonthGrid grid = MonthGrid.of(YearMonth.of(2026, 6), calendar, Map.of(), LocalDate.of(2026, 1, 1));

        assertThat(day(grid, ELECTION).getKind()).isEqualTo(DayKind.HOLIDAY);
        assertThat(day(grid, ELECTION).getHolidayName()).isNull();
    }

    @Test
    void countsTheMonthsWorkingDays() {
        MonthGrid grid = MonthGrid.of(YearMonth.of(2026, 6), calendar, Map.of(), LocalDate.of(2026, 6, 1));

        // 22 weekdays in June 2026, less the election day (6/6 is a Saturday).
        assertThat(grid.getWorkingDays()).isEqualTo(21);
    }

    @Test
    void refusesAMonthOutsideTheCalendar() {
        WorkingCalendar narrow = WorkingCalendar.of(
                List.of(), WorkingHours.standard(), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));

        assertThatThrownBy(() -> MonthGrid.of(YearMonth.of(2027, 3), narrow, Map.of(), LocalDate.of(2026, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
