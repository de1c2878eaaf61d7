package kr.minwon.portal.dashboard.control;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The evaluation formulas of DOMAIN.md §7 on totals. Both are ratios of totals, never averages of per-petition ratios;
 * an empty range has no rate (null) rather than 0 or NaN, so a dashboard can say "no data" instead of a false 0 %.
 */
public final class KpiFormulas {

    /** 단축률's default scope: petitions whose legal period is at least this many days. */
    public static final BigDecimal REDUCTION_MIN_LEGAL_DAYS = BigDecimal.valueOf(2);

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private KpiFormulas() {}

    /** 준수율 = completed within the deadline ÷ completed × 100, one decimal; null when nothing was completed. */
    public static BigDecimal complianceRate(long completed, long onTime) {
        if (completed <= 0) {
            return null;
        }
        return percent(BigDecimal.valueOf(onTime), BigDecimal.valueOf(completed));
    }

    /**
     * 단축률 = Σ(legal − used) ÷ Σ legal × 100, one decimal. Late petitions used more than their legal period and so
     * lower the total (they count negative); the result can be below zero. Null when the legal total is zero.
     */
    public static BigDecimal reductionRate(BigDecimal legalDays, BigDecimal usedDays) {
        if (legalDays == null || legalDays.signum() <= 0) {
            return null;
        }
        BigDecimal used = usedDays == null ? BigDecimal.ZERO : usedDays;
        return percent(legalDays.subtract(used), legalDays);
    }

    /** A share in percent, one decimal; null when the whole is zero. */
    public static BigDecimal share(long part, long whole) {
        if (whole <= 0) {
            return null;
        }
        return percent(BigDecimal.valueOf(part), BigDecimal.valueOf(whole));
    }

    private static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        return part.multiply(HUNDRED).divide(whole, 1, RoundingMode.HALF_UP);
    }
}
