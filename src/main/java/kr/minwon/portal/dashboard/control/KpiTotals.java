package kr.minwon.portal.dashboard.control;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Collection;

/**
 * The sums the KPIs are computed from: completed and on-time counts over every counting completion, legal and used
 * days over the 단축률 scope only (legal period ≥ 2 days). The database produces these with SUM/COUNT;
 * {@link #of(Collection)} states the same rules in Java so they are tested on hand-computed examples.
 */
public record KpiTotals(long completed, long onTime, BigDecimal legalDays, BigDecimal usedDays) implements Serializable {

    public static final KpiTotals EMPTY = new KpiTotals(0, 0, BigDecimal.ZERO, BigDecimal.ZERO);

    public KpiTotals {
        legalDays = legalDays == null ? BigDecimal.ZERO : legalDays;
        usedDays = usedDays == null ? BigDecimal.ZERO : usedDays;
    }

    /**
     * One completed petition as the KPIs see it.
     *
     * @param excluded withdrawn (취하) or transferred (이송): counts in neither rate
     */
    public record Completion(BigDecimal legalDays, BigDecimal usedDays, boolean onTime, boolean excluded) {

        public static Completion of(double legal, double used, boolean onTime) {
            return new Completion(BigDecimal.valueOf(legal), BigDecimal.valueOf(used), onTime, false);
        }

        public Completion excludedOne() {
            return new Completion(legalDays, usedDays, onTime, true);
        }

        boolean inReductionScope() {
            return legalDays.compareTo(KpiFormulas.REDUCTION_MIN_LEGAL_DAYS) >= 0;
        }
    }

    public static KpiTotals of(Collection<Completion> completions) {
        long completed = 0;
        long onTime = 0;
        BigDecimal legal = BigDecimal.ZERO;
        BigDecimal used = BigDecimal.ZERO;
        for (Completion c : completions) {
            if (c.excluded()) {
                continue;
            }
            completed++;
            onTime += c.onTime() ? 1 : 0;
            if (c.inReductionScope()) {
                legal = legal.add(c.legalDays());
                used = used.add(c.usedDays());
            }
        }
        return new KpiTotals(completed, onTime, legal, used);
    }

    public long late() {
        return completed - onTime;
    }

    public BigDecimal complianceRate() {
        return KpiFormulas.complianceRate(completed, onTime);
    }

    public BigDecimal reductionRate() {
        return KpiFormulas.reductionRate(legalDays, usedDays);
    }

    /** Days saved over the scope: Σ(legal − used), late ones counting negative. */
    public BigDecimal daysSaved() {
        return legalDays.subtract(usedDays);
    }
}
