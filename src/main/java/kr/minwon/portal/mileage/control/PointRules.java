package kr.minwon.portal.mileage.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import kr.minwon.portal.platform.text.Texts;

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
        String head = Texts.t("mileage.explain.head", days(p.legalDays()), days(p.usedDays()));
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
                    head
                            + Texts.t(
                                    "mileage.explain.late",
                                    String.valueOf(lateDays),
                                    penalty.negate().toPlainString())));
        }
        double saved = round1(p.legalDays() - p.usedDays());
        if (saved <= 0) {
            return Optional.of(new Score(
                    Score.Kind.AWARD, BigDecimal.ZERO.setScale(1), head + Texts.t("mileage.explain.noSaving")));
        }
        Band band = rules.bandFor(p.legalDays());
        if (band == null) {
            return Optional.empty();
        }
        long wholeDays = (long) Math.floor(saved + 1e-9);
        BigDecimal points = BigDecimal.valueOf(wholeDays / band.daysPerPoint());
        StringBuilder why = new StringBuilder(head).append(Texts.t("mileage.explain.saved", days(saved)));
        if (band.daysPerPoint() > 1) {
            why.append(Texts.t("mileage.explain.daysPerPoint", String.valueOf(band.daysPerPoint())));
        }
        if (rules.caseCap() != null && points.compareTo(BigDecimal.valueOf(rules.caseCap())) > 0) {
            points = BigDecimal.valueOf(rules.caseCap());
            why.append(Texts.t("mileage.explain.caseCap", String.valueOf(rules.caseCap())));
        }
        if (p.compound() && points.signum() > 0) {
            if (rules.compoundMultiplier().compareTo(BigDecimal.ONE) != 0) {
                points = points.multiply(rules.compoundMultiplier());
                why.append(Texts.t(
                        "mileage.explain.compoundTimes",
                        rules.compoundMultiplier().stripTrailingZeros().toPlainString()));
            }
            if (rules.compoundAddOn().signum() != 0) {
                points = points.add(rules.compoundAddOn());
                why.append(Texts.t(
                        "mileage.explain.compoundPlus",
                        rules.compoundAddOn().stripTrailingZeros().toPlainString()));
            }
        }
        points = points.setScale(1, RoundingMode.HALF_UP);
        why.append(Texts.t("mileage.explain.points", points.stripTrailingZeros().toPlainString()));
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
