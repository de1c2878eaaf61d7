package kr.minwon.portal.mileage.control;

import java.math.BigDecimal;

/** The points one petition earns (or costs) under a rule set, with the sentence that explains them. */
public record Score(Kind kind, BigDecimal points, String explanation) {

    public enum Kind {
        AWARD,
        PENALTY
    }

    public boolean sameAs(Score other) {
        return other != null && kind == other.kind && points.compareTo(other.points) == 0;
    }
}
