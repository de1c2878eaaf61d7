package kr.minwon.portal.mileage.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import kr.minwon.portal.platform.text.Texts;

/**
 * What a manager's adjustment may be: not zero, at most ±100 points, and not zero once the ledger rounds it to its one
 * decimal (0.04 would be written as a 0.0 line that changes nothing but says it did).
 */
public final class AdjustmentPoints {

    private static final BigDecimal LIMIT = new BigDecimal("100");

    private AdjustmentPoints() {}

    /** Why {@code points} cannot be an adjustment, in Korean; empty when it can. */
    public static Optional<String> refusal(BigDecimal points) {
        if (points == null || points.signum() == 0 || points.abs().compareTo(LIMIT) > 0) {
            return Optional.of(Texts.t("mileage.msg.AdjustmentPoints.1"));
        }
        if (points.setScale(1, RoundingMode.HALF_UP).signum() == 0) {
            return Optional.of(Texts.t(
                    "mileage.msg.roundsToZero", points.stripTrailingZeros().toPlainString()));
        }
        return Optional.empty();
    }
}
