package kr.minwon.portal.mileage.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * Scores one completed petition under a rule set (DOMAIN.md §4). Order of work: eligibility, days saved or late,
 * band rate (whole days only), per-case cap, then the compound weight, last; one decimal. The compound weight applies
 * to earnings only: a late compound petition costs the same as a simple one.
 */
public final class PointRules {

    private PointRules() {}

    /**
     * Empty when the petition takes no part in mileage (too short, excluded outcome, type not eligible). Otherwise a
     * late petition (approved after its deadline in force, by any amount) costs the penalty for its working days late,
     * at least one; a petition on time never costs anything and earns for the whole days it saved against its legal
     * period — nothing when it saved none, as an extended petition approved by its extended deadline may.
     */
    public static Optional<Score> score(RuleSet rules, PetitionFacts p) {
        if (!p.eligibleType()
                || p.outcome() == null
                || rules.excludedOutcomes().contains(p.outcome())
                || p.legalDays() < rules.minLegalDays()) {
            return Optional.empty();
        }
        String head = "법정 " + days(p.legalDays()) + "일, " + days(p.usedDays()) + "일 만에 처리";
        if (!p.onTime()) {
            int lateDays = Math.max(1, p.lateDays());
            BigDecimal penalty = rules.latePenaltyPerDay().multiply(BigDecimal.valueOf(lateDays));
            if (rules.latePenaltyCap() != null && penalty.compareTo(BigDecimal.valueOf(rules.latePenaltyCap())) > 0) {
                penalty = BigDecimal.valueOf(rules.latePenaltyCap());
            }
            penalty = penalty.setScale(1, RoundingMode.HALF_UP);
            return Optional.of(new Score(
                    Score.Kind.PENALTY,
                    penalty.negate(),
                    head + " → 처리기한 " + lateDays + "일 지연 → " + penalty.negate().toPlainString() + "점"));
        }
        double saved = round1(p.legalDays() - p.usedDays());
        if (saved <= 0) {
            return Optional.of(
                    new Score(Score.Kind.AWARD, BigDecimal.ZERO.setScale(1), head + " → 기한 내 처리, 단축 없음 → 0점"));
        }
        Band band = rules.bandFor(p.legalDays());
        if (band == null) {
            return Optional.empty();
        }
        long wholeDays = (long) Math.floor(saved + 1e-9);
        BigDecimal points = BigDecimal.valueOf(wholeDays / band.daysPerPoint());
        StringBuilder why =
                new StringBuilder(head).append(" → ").append(days(saved)).append("일 단축");
        if (band.daysPerPoint() > 1) {
            why.append(" (").append(band.daysPerPoint()).append("일당 1점)");
        }
        if (rules.caseCap() != null && points.compareTo(BigDecimal.valueOf(rules.caseCap())) > 0) {
            points = BigDecimal.valueOf(rules.caseCap());
            why.append(", 건당 상한 ").append(rules.caseCap()).append("점");
        }
        if (p.compound() && points.signum() > 0) {
            if (rules.compoundMultiplier().compareTo(BigDecimal.ONE) != 0) {
                points = points.multiply(rules.compoundMultiplier());
                why.append(", 복합민원 ×")
                        .append(rules.compoundMultiplier().stripTrailingZeros().toPlainString());
            }
            if (rules.compoundAddOn().signum() != 0) {
                points = points.add(rules.compoundAddOn());
                why.append(", 복합민원 +")
                        .append(rules.compoundAddOn().stripTrailingZeros().toPlainString());
            }
        }
        points = points.setScale(1, RoundingMode.HALF_UP);
        why.append(" → ").append(points.stripTrailingZeros().toPlainString()).append("점");
        return Optional.of(new Score(Score.Kind.AWARD, points, why.toString()));
    }

    private static double round1(double v) {
        return Math.round(v * 10) / 10.0;
    }

    /** 7.0 → "7", 2.5 → "2.5": people read whole days without a decimal. */
    static String days(double v) {
        double r = round1(v);
        return r == Math.rint(r) ? String.valueOf((long) r) : String.valueOf(r);
    }
}
