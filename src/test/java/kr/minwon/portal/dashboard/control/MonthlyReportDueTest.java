package kr.minwon.portal.dashboard.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import kr.minwon.portal.calendar.control.WorkingCalendar;
import kr.minwon.portal.calendar.control.WorkingHours;
import org.junit.jupiter.api.Test;

class MonthlyReportDueTest {

    private final WorkingCalendar calendar = WorkingCalendar.bundled(WorkingHours.standard());

    @Test
    void a_month_starting_on_a_weekday_is_due_on_the_first() {
        assertThat(MonthlyReportDue.firstWorkingDay(YearMonth.of(2025, 10), calendar))
                .isEqualTo("2025-10-01");
        assertThat(MonthlyReportDue.due(LocalDate.of(2025, 10, 1), calendar)).contains(YearMonth.of(2025, 9));
    }

    @Test
    void the_first_working_day_skips_the_weekend() {
        // 2026-02-01 is a Sunday.
        assertThat(MonthlyReportDue.firstWorkingDay(YearMonth.of(2026, 2), calendar))
                .isEqualTo("2026-02-02");
        assertThat(MonthlyReportDue.due(LocalDate.of(2026, 2, 1), calendar)).isEmpty();
        assertThat(MonthlyReportDue.due(LocalDate.of(2026, 2, 2), calendar)).contains(YearMonth.of(2026, 1));
    }

    @Test
    void the_first_working_day_skips_a_holiday_and_its_substitute() {
        // 3·1절 2026 falls on a Sunday, its substitute holiday is Monday 03-02: the report is due on Tuesday 03-03.
        assertThat(MonthlyReportDue.firstWorkingDay(YearMonth.of(2026, 3), calendar))
                .isEqualTo("2026-03-03");
        assertThat(MonthlyReportDue.due(LocalDate.of(2026, 3, 2), calendar)).isEmpty();
        assertThat(MonthlyReportDue.due(LocalDate.of(2026, 3, 3), calendar)).contains(YearMonth.of(2026, 2));
    }

    @Test
    void new_year_holiday_then_weekend_moves_it_to_monday() {
        // 2027-01-01 (Fri) is a holiday, then a weekend.
        assertThat(MonthlyReportDue.firstWorkingDay(YearMonth.of(2027, 1), calendar))
                .isEqualTo("2027-01-04");
        assertThat(MonthlyReportDue.due(LocalDate.of(2027, 1, 3), calendar)).isEmpty();
        assertThat(MonthlyReportDue.due(LocalDate.of(2027, 1, 4), calendar)).contains(YearMonth.of(2026, 12));
    }

    @Test
    void later_in_the_month_the_previous_month_is_still_due_so_a_missed_day_is_made_up() {
        assertThat(MonthlyReportDue.due(LocalDate.of(2026, 3, 20), calendar)).contains(YearMonth.of(2026, 2));
        assertThat(MonthlyReportDue.due(LocalDate.of(2026, 3, 31), calendar)).contains(YearMonth.of(2026, 2));
    }
}
