package kr.minwon.portal.mileage.control;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import kr.minwon.portal.petition.control.Outcome;

/** The rule sets DOMAIN.md §4 ships: 성동구 2009 (the default), 행정안전부 2008 and 서울 중구 2011. */
public enum Presets {

    /** Rate banded by legal period; late days docked up to 20; compound ×1.5. */
    SEONGDONG_2009(new RuleSet(
            "성동구 2009",
            2,
            defaultExclusions(),
            List.of(new Band(2, 6, 1), new Band(7, 13, 2), new Band(14, 19, 4), new Band(20, null, 5)),
            BigDecimal.ONE,
            20,
            null,
            new BigDecimal("1.5"),
            BigDecimal.ZERO)),

    /** One point per day saved, one off per day late, compound ×1.5. */
    MOIS_2008(new RuleSet(
            "행정안전부 2008",
            2,
            defaultExclusions(),
            List.of(new Band(2, null, 1)),
            BigDecimal.ONE,
            null,
            null,
            new BigDecimal("1.5"),
            BigDecimal.ZERO)),

    /** One point per day saved from 3-day periods, at most 5 a case, compound +0.5. */
    JUNG_GU_2011(new RuleSet(
            "서울 중구 2011",
            3,
            defaultExclusions(),
            List.of(new Band(3, null, 1)),
            BigDecimal.ONE,
            null,
            5,
            BigDecimal.ONE,
            new BigDecimal("0.5")));

    private final RuleSet rules;

    Presets(RuleSet rules) {
        this.rules = rules;
    }

    public RuleSet rules() {
        return rules;
    }

    /**
     * Points the author of a best-practice case earns each time a unit of another department adopts it. The source
     * rule sets name an adoption reward without a figure that carries over, so these are the portal's defaults:
     * 성동구 2009 gives 2 points (a case spread is worth about a 7–13-day petition finished a week early), 행정안전부
     * 2008 and 서울 중구 2011, which count saved days one point apiece, give 1. Admins change them in a new version.
     */
    public BigDecimal adoptionPoints() {
        return switch (this) {
            case SEONGDONG_2009 -> new BigDecimal("2.0");
            case MOIS_2008, JUNG_GU_2011 -> new BigDecimal("1.0");
        };
    }

    private static Set<Outcome> defaultExclusions() {
        return Set.of(Outcome.WITHDRAWN, Outcome.RETURNED, Outcome.TRANSFERRED);
    }
}
