package kr.minwon.portal.mileage.control;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A team's or department's total for a period: points, the people who earned any, and the petitions scored. The
 * per-petition figure (points ÷ scored petitions) lets a team of three stand beside a team of twelve.
 */
public record UnitScore(String code, String name, BigDecimal points, int people, int petitions) {

    /** Points per scored petition, two decimals; zero when nothing was scored (adjustments alone earn no ratio). */
    public BigDecimal perPetition() {
        return perPetition(points, petitions);
    }

    public static BigDecimal perPetition(BigDecimal points, long petitions) {
        if (petitions <= 0 || points == null) {
            return BigDecimal.ZERO.setScale(2);
        }
        return points.divide(BigDecimal.valueOf(petitions), 2, RoundingMode.HALF_UP);
    }
}
