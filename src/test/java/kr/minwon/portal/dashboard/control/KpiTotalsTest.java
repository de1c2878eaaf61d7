package kr.minwon.portal.dashboard.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import kr.minwon.portal.dashboard.control.KpiTotals.Completion;
import org.junit.jupiter.api.Test;

class KpiTotalsTest {

    @Test
    void ten_days_done_in_four_is_sixty_percent() {
        KpiTotals t = KpiTotals.of(List.of(Completion.of(10, 4, true)));
        assertThat(t.reductionRate()).isEqualByComparingTo("60.0");
        assertThat(t.complianceRate()).isEqualByComparingTo("100.0");
    }

    @Test
    void reduction_is_a_ratio_of_totals_not_an_average_of_ratios() {
        // 10 in 4 (60 %) and 2 in 2 (0 %): average of ratios would be 30 %, totals give (6 + 0) / 12 = 50 %.
        KpiTotals t = KpiTotals.of(List.of(Completion.of(10, 4, true), Completion.of(2, 2, true)));
        assertThat(t.reductionRate()).isEqualByComparingTo("50.0");
    }

    @Test
    void an_overdue_petition_counts_negative_and_makes_the_total_smaller() {
        // 10 in 4 saves 6; 5 in 8 is 3 late: (6 − 3) / 15 = 20 %. Compliance 1 of 2 = 50 %.
        KpiTotals t = KpiTotals.of(List.of(Completion.of(10, 4, true), Completion.of(5, 8, false)));
        assertThat(t.daysSaved()).isEqualByComparingTo("3");
        assertThat(t.reductionRate()).isEqualByComparingTo("20.0");
        assertThat(t.complianceRate()).isEqualByComparingTo("50.0");
        assertThat(t.late()).isEqualTo(1);
    }

    @Test
    void withdrawn_and_transferred_petitions_count_in_neither_rate() {
        KpiTotals t = KpiTotals.of(List.of(Completion.of(10, 4, true),
                Completion.of(10, 30, false).excludedOne(), Completion.of(3, 9, false).excludedOne()));
        assertThat(t.completed()).isEqualTo(1);
        assertThat(t.reductionRate()).isEqualByComparingTo("60.0");
        assertThat(t.complianceRate()).isEqualByComparingTo("100.0");
    }

    @Test
    void periods_under_two_days_count_for_compliance_but_not_for_reduction() {
        KpiTotals t = KpiTotals.of(List.of(Completion.of(10, 4, true), Completion.of(1, 3, false)));
        assertThat(t.completed()).isEqualTo(2);
        assertThat(t.complianceRate()).isEqualByComparingTo("50.0");
        assertThat(t.legalDays()).isEqualByComparingTo("10");
        assertThat(t.reductionRate()).isEqualByComparingTo("60.0");
    }

    @Test
    void an_empty_range_has_no_rate_rather_than_nan_or_zero() {
        KpiTotals t = KpiTotals.of(List.of());
        assertThat(t.complianceRate()).isNull();
        assertThat(t.reductionRate()).isNull();
        assertThat(KpiFormulas.share(0, 0)).isNull();
    }

    @Test
    void rates_keep_one_decimal_rounded_half_up() {
        assertThat(KpiFormulas.complianceRate(3, 2)).isEqualByComparingTo("66.7");
        assertThat(KpiFormulas.complianceRate(3, 2).scale()).isEqualTo(1);
        assertThat(KpiFormulas.reductionRate(new BigDecimal("7"), new BigDecimal("3"))).isEqualByComparingTo("57.1");
        assertThat(KpiFormulas.share(1, 8)).isEqualByComparingTo("12.5");
    }

    @Test
    void everything_late_gives_a_negative_reduction_rate() {
        KpiTotals t = KpiTotals.of(List.of(Completion.of(4, 6, false)));
        assertThat(t.reductionRate()).isEqualByComparingTo("-50.0");
    }
}
