package kr.minwon.portal.mileage.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MonthlyPointsTest {

    @Test
    void everyMonthOfTheRangeAppearsWithZeroForEmptyOnes() {
        List<MonthlyPoints.Month> months = MonthlyPoints.fill(
                YearMonth.of(2026, 11), YearMonth.of(2027, 2), Map.of(YearMonth.of(2026, 12), new BigDecimal("3.5")));
        assertThat(months)
                .extracting(m -> m.month().toString())
                .containsExactly("2026-11", "2026-12", "2027-01", "2027-02");
        assertThat(months).extracting(m -> m.points().toPlainString()).containsExactly("0.0", "3.5", "0.0", "0.0");
    }

    @Test
    void chartConfigIsPlainJsonWithNegativeBarsInRed() {
        String json = MonthlyPoints.chartJson(
                List.of(
                        new MonthlyPoints.Month(YearMonth.of(2026, 7), new BigDecimal("-2.0")),
                        new MonthlyPoints.Month(YearMonth.of(2026, 8), new BigDecimal("4.0"))),
                "점수 \"월별\"");
        assertThat(json)
                .contains(
                        "\"labels\":[\"2026-07\",\"2026-08\"]",
                        "\"data\":[-2.0,4.0]",
                        "\"backgroundColor\":[\"#b91c1c\",\"#1d4ed8\"]",
                        "점수 \\\"월별\\\"")
                .doesNotContain("function");
    }
}
