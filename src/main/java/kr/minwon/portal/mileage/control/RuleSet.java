package kr.minwon.portal.mileage.control;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import kr.minwon.portal.petition.control.Outcome;

/**
 * A version of the mileage rules (DOMAIN.md §4): who is eligible, how much a saved day earns by band of legal period,
 * what a late day costs, and the per-case cap and compound weight.
 *
 * @param minLegalDays        petitions with a shorter legal period earn nothing
 * @param excludedOutcomes    outcomes that earn nothing (default: withdrawn, returned, transferred)
 * @param bands               earning bands by legal period, first match wins
 * @param latePenaltyPerDay   points taken per working day late (a part of a day counts whole); 0 = no penalty
 * @param latePenaltyCap      most points one late petition can cost; null = no limit
 * @param caseCap             most points one petition can earn before the compound weight; null = no cap
 * @param compoundMultiplier  weight of compound petitions' earnings (1.0 = none)
 * @param compoundAddOn       points added to a compound petition that earned anything (0 = none)
 */
public record RuleSet(
        String name,
        int minLegalDays,
        Set<Outcome> excludedOutcomes,
        List<Band> bands,
        BigDecimal latePenaltyPerDay,
        Integer latePenaltyCap,
        Integer caseCap,
        BigDecimal compoundMultiplier,
        BigDecimal compoundAddOn) {

    public RuleSet {
        excludedOutcomes = Set.copyOf(excludedOutcomes);
        bands = List.copyOf(bands);
        if (bands.isEmpty()) {
            throw new IllegalArgumentException("a rule set needs at least one band");
        }
    }

    /**
     * The shortest legal period (in whole days, from {@link #minLegalDays}) that no band covers, or null when the
     * bands leave no gap and the last one is open-ended: every eligible petition, fractional periods included, then
     * has a rate.
     */
    public Integer firstUncoveredDays() {
        List<Band> sorted =
                bands.stream().sorted(Comparator.comparingInt(Band::fromDays)).toList();
        long cursor = minLegalDays;
        for (Band band : sorted) {
            if (band.fromDays() > cursor) {
                return (int) cursor;
            }
            if (band.toDays() == null) {
                return null;
            }
            cursor = Math.max(cursor, band.toDays() + 1L);
        }
        return (int) cursor;
    }

    public Band bandFor(double legalDays) {
        return bands.stream().filter(b -> b.covers(legalDays)).findFirst().orElse(null);
    }
}
