package kr.minwon.portal.dashboard.control;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * The sums the KPIs are computed from: completed and on-time counts over every counting completion, legal and used
 * days over the 단축률 scope only (legal period ≥ 2 days). Only the database produces them (the SQL of
 * {@code dashboard.boundary.Kpis} holds the population rules: which petitions count, and which count for 단축률);
 * the rates come from {@link KpiFormulas}. The integration test {@code KpiFiguresIT} checks the figures against a
 * computation of its own from the petition records.
 */
public record KpiTotals(long completed, long onTime, BigDecimal legalDays, BigDecimal usedDays)
        implements Serializable {

    public static final KpiTotals EMPTY = new KpiTotals(0, 0, BigDecimal.ZERO, BigDecimal.ZERO);

    public KpiTotals {
        legalDays = legalDays == null ? BigDecimal.ZERO : legalDays;
        usedDays = usedDays == null ? BigDecimal.ZERO : usedDays;
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
