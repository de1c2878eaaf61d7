package kr.minwon.portal.mileage.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import kr.minwon.portal.mileage.control.AwardTiers;
import kr.minwon.portal.mileage.control.Band;
import kr.minwon.portal.mileage.control.PointExamples;
import kr.minwon.portal.mileage.control.RuleSet;
import kr.minwon.portal.mileage.entity.MileageRuleSet;

/**
 * /mileage/how.xhtml "점수 산정 방법" (issue 18), for everyone: the rule set in force today as tables (bands, penalty,
 * caps, adjustments), the statutes the deadlines come from, and worked examples scored by those very rules.
 */
@Named
@RequestScoped
public class HowPointsView {

    @Inject
    MileageLedger ledger;

    @Inject
    Clock clock;

    private Optional<MileageRuleSet> inForce;

    public MileageRuleSet getRuleSet() {
        if (inForce == null) {
            inForce = ledger.ruleSetOn(LocalDate.now(clock));
        }
        return inForce.orElse(null);
    }

    public RuleSet getRules() {
        MileageRuleSet r = getRuleSet();
        return r == null ? null : r.rules();
    }

    public List<Band> getBands() {
        RuleSet rules = getRules();
        return rules == null
                ? List.of()
                : rules.bands().stream()
                        .sorted(java.util.Comparator.comparingInt(Band::fromDays))
                        .toList();
    }

    public List<String> getExcludedOutcomes() {
        RuleSet rules = getRules();
        return rules == null
                ? List.of()
                : rules.excludedOutcomes().stream().map(Enum::name).sorted().toList();
    }

    public List<PointExamples.Example> getExamples() {
        RuleSet rules = getRules();
        return rules == null ? List.of() : PointExamples.of(rules);
    }

    public List<AwardTiers.Tier> getTiers() {
        return AwardTiers.DEFAULT;
    }

    public String getPeriodKind() {
        return ledger.periodKind().name();
    }

    /** 1.50 → "1.5", 2.0 → "2": points and weights as people write them. */
    public String plain(BigDecimal v) {
        return v == null ? "" : v.stripTrailingZeros().toPlainString();
    }
}
