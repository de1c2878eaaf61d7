package kr.minwon.portal.dashboard.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import kr.minwon.portal.calendar.control.WorkingCalendar;
import kr.minwon.portal.calendar.control.WorkingHours;
import org.junit.jupiter.api.Test;

class MonthlyReportsTest {

    private final WorkingCalendar calendar = WorkingCalendar.bundled(WorkingHours.standard());

    @Test
    void a_deadline_at_the_end_of_a_working_day_counts_from_the_next_working_day() {
        // Due Wed 2026-05-20 18:00; by Sun 05-31: 21, 22, 26, 27, 28, 29 (05-25 is 부처님오신날's substitute) = 6.
        assertThat(MonthlyReports.workingDaysOverdue(
                        calendar, LocalDateTime.of(2026, 5, 20, 18, 0), LocalDate.of(2026, 5, 31)))
                .isEqualTo(6);
    }

    @Test
    void a_deadline_inside_a_working_day_counts_that_day_whole() {
        assertThat(MonthlyReports.workingDaysOverdue(
                        calendar, LocalDateTime.of(2026, 5, 20, 15, 0), LocalDate.of(2026, 5, 31)))
                .isEqualTo(7);
    }

    @Test
    void a_deadline_late_on_the_last_friday_is_overdue_by_no_whole_day_at_a_weekend_month_end() {
        assertThat(MonthlyReports.workingDaysOverdue(
                        calendar, LocalDateTime.of(2026, 5, 29, 18, 0), LocalDate.of(2026, 5, 31)))
                .isZero();
    }
}
