package kr.minwon.portal.dashboard.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class KpiRangeTest {

    @Test
    void the_evaluation_year_starts_in_october() {
        assertThat(KpiRange.evaluationYearToDate(LocalDate.of(2026, 11, 22)))
                .isEqualTo(new KpiRange(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 11, 22)));
        assertThat(KpiRange.evaluationYearToDate(LocalDate.of(2026, 9, 30)))
                .isEqualTo(new KpiRange(LocalDate.of(2025, 10, 1), LocalDate.of(2026, 9, 30)));
    }

    @Test
    void the_previous_evaluation_year_is_a_whole_october_to_september() {
        assertThat(KpiRange.previousEvaluationYear(LocalDate.of(2026, 11, 22)))
                .isEqualTo(new KpiRange(LocalDate.of(2025, 10, 1), LocalDate.of(2026, 9, 30)));
        assertThat(KpiRange.previousEvaluationYear(LocalDate.of(2026, 3, 1)))
                .isEqualTo(new KpiRange(LocalDate.of(2024, 10, 1), LocalDate.of(2025, 9, 30)));
    }

    @Test
    void last_month_crosses_the_new_year() {
        assertThat(KpiRange.lastMonth(LocalDate.of(2026, 1, 5)))
                .isEqualTo(new KpiRange(LocalDate.of(2025, 12, 1), LocalDate.of(2025, 12, 31)));
        assertThat(KpiRange.lastMonth(LocalDate.of(2026, 3, 31)))
                .isEqualTo(new KpiRange(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28)));
    }

    @Test
    void whole_months_are_those_wholly_inside_the_range() {
        assertThat(new KpiRange(LocalDate.of(2025, 10, 1), LocalDate.of(2026, 9, 30)).wholeMonths())
                .contains(new KpiRange(LocalDate.of(2025, 10, 1), LocalDate.of(2026, 9, 30)));
        assertThat(new KpiRange(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 6)).wholeMonths())
                .contains(new KpiRange(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 11, 30)));
        assertThat(new KpiRange(LocalDate.of(2026, 1, 15), LocalDate.of(2026, 2, 28)).wholeMonths())
                .contains(new KpiRange(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28)));
        assertThat(new KpiRange(LocalDate.of(2026, 1, 2), LocalDate.of(2026, 2, 27)).wholeMonths())
                .isEmpty();
        assertThat(new KpiRange(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 30)).wholeMonths())
                .isEmpty();
        assertThat(new KpiRange(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 29)).wholeMonths())
                .contains(new KpiRange(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 29)));
    }
}
