package kr.minwon.portal.dashboard.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * The formulas over the database's sums. Which petitions make up the sums (withdrawn and transferred left out, the
 * 2-day scope of 단축률) is the SQL's job and is tested against the petition records by KpiFiguresIT.
 */
class KpiTotalsTest {

    private static KpiTotals totals(long completed, long onTime, String legal, String used) {
        return new KpiTotals(completed, onTime, new BigDecimal(legal), new BigDecimal(used));
    }

    @Test
    void ten_days_done_in_four_is_sixty_percent() {
        KpiTotals t = totals(1, 1, "10", "4");
        assertThat(t.reductionRate()).isEqualByComparingTo("60.0");
        assertThat(t.complianceRate()).isEqualByComparingTo("100.0");
    }

    @Test
    void reduction_is_a_ratio_of_totals_not_an_average_of_ratios() {
        // 10 in 4 (60 %) and 2 in 2 (0 %): average of ratios would be 30 %, totals give (6 + 0) / 12 = 50 %.
        assertThat(totals(2, 2, "12", "6").reductionRate()).isEqualByComparingTo("50.0");
    }

    @Test
    void an_overdue_petition_counts_negative_and_makes_the_total_smaller() {
        // 10 in 4 saves 6; 5 in 8 is 3 late: (6 − 3) / 15 = 20 %. Compliance 1 of 2 = 50 %.
        KpiTotals t = totals(2, 1, "15", "12");
        assertThat(t.daysSaved()).isEqualByComparingTo("3");
        assertThat(t.reductionRate()).isEqualByComparingTo("20.0");
        assertThat(t.complianceRate()).isEqualByComparingTo("50.0");
        assertThat(t.late()).isEqualTo(1);
    }

    @Test
    void an_empty_range_has_no_rate_rather_than_nan_or_zero() {
        KpiTotals t = KpiTotals.EMPTY;
        assertThat(t.complianceRate()).isNull();
        assertThat(t.reductionRate()).isNull();
        assertThat(KpiFormulas.share(0, 0)).isNull();
        assertThat(new KpiTotals(3, 2, null, null).reductionRate())
                .as("completions under 2 days only")
                .isNull();
    }

    @Test
    void rates_keep_one_decimal_rounded_half_up() {
        assertThat(KpiFormulas.complianceRate(3, 2)).isEqualByComparingTo("66.7");
        assertThat(KpiFormulas.complianceRate(3, 2).scale()).isEqualTo(1);
        assertThat(KpiFormulas.reductionRate(new BigDecimal("7"), new BigDecimal("3")))
                .isEqualByComparingTo("57.1");
        assertThat(KpiFormulas.reductionRate(new BigDecimal("8"), new BigDecimal("7.6")))
                .isEqualByComparingTo("5.0");
        assertThat(KpiFormulas.share(1, 8)).isEqualByComparingTo("12.5");
    }

    @Test
    void everything_late_gives_a_negative_reduction_rate() {
        assertThat(totals(1, 0, "4", "6").reductionRate()).isEqualByComparingTo("-50.0");
    }
}
