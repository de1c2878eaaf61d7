package kr.minwon.portal.dashboard.boundary;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kr.minwon.portal.dashboard.control.KpiFormulas;
import kr.minwon.portal.dashboard.control.KpiRange;
import kr.minwon.portal.dashboard.control.KpiTotals;
import kr.minwon.portal.petition.control.KpiFacts;
import kr.minwon.portal.petition.entity.Channel;

/**
 * The KPI figures of a range read from the read model ({@code kpi_day}, one row per day and unit, and its month
 * roll-up {@code kpi_month}, kept by petition's write path, see {@link KpiFacts}): one GROUP BY month and department
 * over months × units rows plus days × units rows for partial months at the range's edges. The scope and
 * filter conditions are those of {@link Kpis} on the alias {@code p} (the read model has the petition's unit and
 * department columns); a handler filter is not answered here (the read model has no handler: {@link Kpis} reads the
 * petitions for it).
 */
public final class KpiDays {

    /** What a range adds up to. */
    public record Folded(
            Map<YearMonth, KpiTotals> months,
            Map<Long, KpiTotals> departments,
            Map<Channel, Long> byChannel,
            long out,
            long known,
            long[] byHour,
            long[] byDay) {}

    /** One channel's extended-hours figures (issue 18). */
    public record ChannelFigures(
            Channel channel, long count, long days, long weekend, long outOfDistrict, long residenceKnown) {

        /** Documents per calendar day with at least one on this channel, one decimal; null without such a day. */
        public BigDecimal perDay() {
            return days == 0
                    ? null
                    : BigDecimal.valueOf(count).divide(BigDecimal.valueOf(days), 1, RoundingMode.HALF_UP);
        }

        public BigDecimal weekendShare() {
            return KpiFormulas.share(weekend, count);
        }

        public BigDecimal outOfDistrictShare() {
            return KpiFormulas.share(outOfDistrict, residenceKnown);
        }
    }

    private static final String RANGE = " FROM kpi_day p WHERE p.kpi_date >= ?1 AND p.kpi_date <= ?2";

    private KpiDays() {}

    /**
     * The figures of {@code from}–{@code to} by month and department: the months wholly inside the range from
     * {@code kpi_month} (one row per month and unit), the days of partial months at its edges from {@code kpi_day};
     * one statement either way.
     */
    static Folded fold(EntityManager em, LocalDate from, LocalDate to, String where, long noDepartment) {
        List<String> sums = new ArrayList<>();
        for (int i = KpiFacts.COMPLETED; i < KpiFacts.COLUMNS.size(); i++) {
            sums.add("SUM(p." + KpiFacts.COLUMNS.get(i) + ")");
        }
        String columns = String.join(", ", sums);
        String days = "EXTRACT(YEAR FROM p.kpi_date), EXTRACT(MONTH FROM p.kpi_date)";
        Optional<KpiRange> whole = new KpiRange(from, to).wholeMonths();
        Query query;
        if (whole.isEmpty()) {
            query = em.createNativeQuery("SELECT " + days + ", p.department_id, " + columns + RANGE + where
                            + " GROUP BY " + days + ", p.department_id")
                    .setParameter(1, from)
                    .setParameter(2, to);
        } else {
            String months = "EXTRACT(YEAR FROM p.month_start), EXTRACT(MONTH FROM p.month_start)";
            query = em.createNativeQuery("SELECT " + months + ", p.department_id, " + columns
                            + " FROM kpi_month p WHERE p.month_start >= ?3 AND p.month_start <= ?4" + where
                            + " GROUP BY " + months + ", p.department_id"
                            + " UNION ALL SELECT " + days + ", p.department_id, " + columns
                            + " FROM kpi_day p WHERE ((p.kpi_date >= ?1 AND p.kpi_date < ?3)"
                            + " OR (p.kpi_date > ?5 AND p.kpi_date <= ?2))" + where
                            + " GROUP BY " + days + ", p.department_id")
                    .setParameter(1, from)
                    .setParameter(2, to)
                    .setParameter(3, whole.get().from())
                    .setParameter(4, whole.get().to().withDayOfMonth(1))
                    .setParameter(5, whole.get().to());
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        Map<YearMonth, KpiTotals> months = new LinkedHashMap<>();
        Map<Long, KpiTotals> departments = new LinkedHashMap<>();
        Map<Channel, Long> byChannel = new EnumMap<>(Channel.class);
        for (Channel c : Channel.values()) {
            byChannel.put(c, 0L);
        }
        long out = 0;
        long known = 0;
        long[] byHour = new long[24];
        long[] byDay = new long[7];
        for (Object[] r : rows) {
            int base = 3 - KpiFacts.COMPLETED; // column i of KpiFacts is at r[base + i]
            KpiTotals t = new KpiTotals(
                    number(r[base + KpiFacts.COMPLETED]),
                    number(r[base + KpiFacts.ON_TIME]),
                    decimal(r[base + KpiFacts.LEGAL_TENTHS]),
                    decimal(r[base + KpiFacts.USED_TENTHS]));
            YearMonth m = YearMonth.of(((Number) r[0]).intValue(), ((Number) r[1]).intValue());
            months.merge(m, t, KpiDays::plus);
            long department = number(r[2]);
            departments.merge(department == 0 ? noDepartment : department, t, KpiDays::plus);
            out += number(r[base + KpiFacts.RESIDENT_OUT]);
            known += number(r[base + KpiFacts.RESIDENT_KNOWN]);
            for (int c = 0; c < KpiFacts.CHANNELS.size(); c++) {
                byChannel.merge(
                        Channel.valueOf(KpiFacts.CHANNELS.get(c)),
                        number(r[base + KpiFacts.channelCount(c)]),
                        Long::sum);
            }
            for (int h = 0; h < 24; h++) {
                byHour[h] += number(r[base + KpiFacts.receiptHour(h)]);
            }
            for (int d = 1; d <= 7; d++) {
                byDay[d - 1] += number(r[base + KpiFacts.receiptWeekday(d)]);
            }
        }
        return new Folded(months, departments, byChannel, out, known, byHour, byDay);
    }

    /** Per channel: completed petitions, the days that had any, weekend receipts, out of district and residence known. */
    static List<ChannelFigures> channels(EntityManager em, LocalDate from, LocalDate to, String where) {
        List<String> columns = new ArrayList<>();
        for (int c = 0; c < KpiFacts.CHANNELS.size(); c++) {
            String count = KpiFacts.COLUMNS.get(KpiFacts.channelCount(c));
            columns.add("SUM(p." + count + ")");
            columns.add("COUNT(DISTINCT CASE WHEN p." + count + " > 0 THEN p.kpi_date END)");
            columns.add("SUM(p." + KpiFacts.COLUMNS.get(KpiFacts.channelWeekend(c)) + ")");
            columns.add("SUM(p." + KpiFacts.COLUMNS.get(KpiFacts.channelOut(c)) + ")");
            columns.add("SUM(p." + KpiFacts.COLUMNS.get(KpiFacts.channelKnown(c)) + ")");
        }
        Object result = em.createNativeQuery("SELECT " + String.join(", ", columns) + RANGE + where)
                .setParameter(1, from)
                .setParameter(2, to)
                .getSingleResult();
        Object[] r = (Object[]) result;
        List<ChannelFigures> out = new ArrayList<>();
        for (int c = 0; c < KpiFacts.CHANNELS.size(); c++) {
            int at = c * 5;
            out.add(new ChannelFigures(
                    Channel.valueOf(KpiFacts.CHANNELS.get(c)),
                    number(r[at]),
                    number(r[at + 1]),
                    number(r[at + 2]),
                    number(r[at + 3]),
                    number(r[at + 4])));
        }
        return out;
    }

    static KpiTotals plus(KpiTotals a, KpiTotals b) {
        return new KpiTotals(
                a.completed() + b.completed(),
                a.onTime() + b.onTime(),
                a.legalDays().add(b.legalDays()),
                a.usedDays().add(b.usedDays()));
    }

    private static long number(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }

    private static BigDecimal decimal(Object o) {
        if (o == null) {
            return BigDecimal.ZERO;
        }
        return o instanceof BigDecimal b ? b : new BigDecimal(o.toString());
    }
}
