package kr.minwon.portal.mileage.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Issue 13 (8): an adjustment that the ledger's one decimal would turn into 0.0 is refused, with the reason. */
class AdjustmentPointsTest {

    @ParameterizedTest
    @ValueSource(strings = {"0.04", "-0.04", "0.049", "0.00"})
    void pointsThatRoundToZeroAreRefused(String points) {
        assertThat(AdjustmentPoints.refusal(new BigDecimal(points))).isPresent();
    }

    @Test
    void theRefusalSaysItRoundsToZero() {
        assertThat(AdjustmentPoints.refusal(new BigDecimal("0.04")))
                .hasValue("조정 점수 0.04점은 소수 첫째 자리로 반올림하면 0.0점입니다: 0.1점 이상(또는 -0.1점 이하)으로 적어 주세요.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.05", "-0.05", "0.1", "1", "-3.5", "100", "-100"})
    void pointsThatKeepAValueAreAccepted(String points) {
        assertThat(AdjustmentPoints.refusal(new BigDecimal(points))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "100.1", "-250"})
    void zeroAndMoreThanAHundredStayRefused(String points) {
        assertThat(AdjustmentPoints.refusal(new BigDecimal(points))).hasValue("조정 점수는 0이 아니고 ±100점 이내여야 합니다.");
    }
}
