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

    private KpiDays() {}

    /**
     * Where a range's figures are read: the months wholly inside it from {@code kpi_month}, the days before and after
     * them from {@code kpi_day}. Each part is one SELECT with its own bound dates; the month key is
     * {@code EXTRACT(YEAR ...), EXTRACT(MONTH ...)} of the part's date column ({@code %M} in a select list).
     */
    private record Part(String table, String key, List<LocalDate> bounds) {

        static List<Part> of(LocalDate from, LocalDate to) {
            Optional<KpiRange> whole = new KpiRange(from, to).wholeMonths();
            if (whole.isEmpty()) {
                return List.of(days(from, to));
            }
            List<Part> parts = new ArrayList<>();
            parts.add(new Part(
                    "kpi_month",
                    "month_start",
                    List.of(whole.get().from(), whole.get().to().withDayOfMonth(1))));
            if (from.isBefore(whole.get().from())) {
                parts.add(days(from, whole.get().from().minusDays(1)));
            }
            if (to.isAfter(whole.get().to())) {
                parts.add(days(whole.get().to().plusDays(1), to));
            }
            return parts;
        }

        static Part days(LocalDate from, LocalDate to) {
            return new Part("kpi_day", "kpi_date", List.of(from, to));
        }

        String month() {
            return "EXTRACT(YEAR FROM p." + key + "), EXTRACT(MONTH FROM p." + key + ")";
        }
    }

    /**
     * Runs {@code select} (with {@code %M} for the month key) over each part of the range with the scope
     * conditions, grouped by {@code groupBy} (same placeholder; empty for one row a part), as one UNION ALL.
     */
    @SuppressWarnings("unchecked")
    private static List<Object[]> over(
            EntityManager em, LocalDate from, LocalDate to, String where, String select, String groupBy) {
        List<Part> parts = Part.of(from, to);
        List<String> sql = new ArrayList<>();
        List<LocalDate> bound = new ArrayList<>();
        for (Part part : parts) {
            int at = bound.size() + 1;
            sql.add("SELECT " + select.replace("%M", part.month()) + " FROM " + part.table() + " p WHERE p."
                    + part.key() + " >= ?" + at + " AND p." + part.key() + " <= ?" + (at + 1) + where
                    + (groupBy.isEmpty() ? "" : " GROUP BY " + groupBy.replace("%M", part.month())));
            bound.addAll(part.bounds());
        }
        Query q = em.createNativeQuery(String.join(" UNION ALL ", sql));
        for (int i = 0; i < bound.size(); i++) {
            q.setParameter(i + 1, bound.get(i));
        }
        List<?> rows = q.getResultList();
        return rows.isEmpty() || rows.get(0) instanceof Object[]
                ? (List<Object[]>) rows
                : rows.stream().map(o -> new Object[] {o}).toList();
    }

    /** {@code CAST(SUM(p.c) AS BIGINT)} for counters (the driver hands back longs, not decimals), SUM for days. */
    private static String sum(int column) {
        String c = "SUM(p." + KpiFacts.COLUMNS.get(column) + ")";
        return KpiFacts.isTenths(column) ? c : "CAST(" + c + " AS BIGINT)";
    }

    private static String sums(int from, int to) {
        List<String> out = new ArrayList<>();
        for (int i = from; i < to; i++) {
            out.add(sum(i));
        }
        return String.join(", ", out);
    }

    /**
     * The figures of {@code from}–{@code to}: the four totals by month and department (at most months × departments
     * rows a part), and the breakdowns (residence, channels, hours, weekdays) as one row a part. The months wholly
     * inside the range are read from {@code kpi_month} (one row per month and unit), the days of partial months at its
     * edges from {@code kpi_day}.
     */
    static Folded fold(EntityManager em, LocalDate from, LocalDate to, String where, long noDepartment) {
        Map<YearMonth, KpiTotals> months = new LinkedHashMap<>();
        Map<Long, KpiTotals> departments = new LinkedHashMap<>();
        for (Object[] r : over(
                em,
                from,
                to,
                where,
                "%M, p.department_id, " + sum(KpiFacts.COMPLETED) + ", " + sum(KpiFacts.ON_TIME) + ", "
                        + sum(KpiFacts.LEGAL_TENTHS) + ", " + sum(KpiFacts.USED_TENTHS),
                "%M, p.department_id")) {
            KpiTotals t = new KpiTotals(number(r[3]), number(r[4]), decimal(r[5]), decimal(r[6]));
            months.merge(YearMonth.of(((Number) r[0]).intValue(), ((Number) r[1]).intValue()), t, KpiDays::plus);
            long department = number(r[2]);
            departments.merge(department == 0 ? noDepartment : department, t, KpiDays::plus);
        }
        long[] rest = new long[KpiFacts.COLUMNS.size()];
        for (Object[] r : over(em, from, to, where, sums(KpiFacts.RESIDENT_OUT, KpiFacts.COLUMNS.size()), "")) {
            for (int i = KpiFacts.RESIDENT_OUT; i < rest.length; i++) {
                rest[i] += number(r[i - KpiFacts.RESIDENT_OUT]);
            }
        }
        Map<Channel, Long> byChannel = new EnumMap<>(Channel.class);
        for (int c = 0; c < KpiFacts.CHANNELS.size(); c++) {
            byChannel.put(Channel.valueOf(KpiFacts.CHANNELS.get(c)), rest[KpiFacts.channelCount(c)]);
        }
        for (Channel c : Channel.values()) {
            byChannel.putIfAbsent(c, 0L);
        }
        long[] byHour = new long[24];
        for (int h = 0; h < 24; h++) {
            byHour[h] = rest[KpiFacts.receiptHour(h)];
        }
        long[] byDay = new long[7];
        for (int d = 1; d <= 7; d++) {
            byDay[d - 1] = rest[KpiFacts.receiptWeekday(d)];
        }
        return new Folded(
                months,
                departments,
                byChannel,
                rest[KpiFacts.RESIDENT_OUT],
                rest[KpiFacts.RESIDENT_KNOWN],
                byHour,
                byDay);
    }

    /**
     * Per channel: completed petitions, the days that had any, weekend receipts, out of district and residence known.
     * The sums come from the month rows (and edge days); the days from the day rows, one narrow pass (8 columns per
     * day, then a count of the days whose sum is not zero).
     */
    static List<ChannelFigures> channels(EntityManager em, LocalDate from, LocalDate to, String where) {
        List<String> columns = new ArrayList<>();
        for (int c = 0; c < KpiFacts.CHANNELS.size(); c++) {
            columns.add(sum(KpiFacts.channelCount(c)));
            columns.add(sum(KpiFacts.channelWeekend(c)));
            columns.add(sum(KpiFacts.channelOut(c)));
            columns.add(sum(KpiFacts.channelKnown(c)));
        }
        long[] totals = new long[columns.size()];
        for (Object[] r : over(em, from, to, where, String.join(", ", columns), "")) {
            for (int i = 0; i < totals.length; i++) {
                totals[i] += number(r[i]);
            }
        }
        List<String> perDay = new ArrayList<>();
        List<String> days = new ArrayList<>();
        for (int c = 0; c < KpiFacts.CHANNELS.size(); c++) {
            perDay.add(sum(KpiFacts.channelCount(c)) + " AS n" + c);
            days.add("CAST(SUM(CASE WHEN d.n" + c + " > 0 THEN 1 ELSE 0 END) AS BIGINT)");
        }
        Object[] d = (Object[]) em.createNativeQuery("SELECT " + String.join(", ", days) + " FROM (SELECT "
                        + String.join(", ", perDay)
                        + " FROM kpi_day p WHERE p.kpi_date >= ?1 AND p.kpi_date <= ?2" + where
                        + " GROUP BY p.kpi_date) d")
                .setParameter(1, from)
                .setParameter(2, to)
                .getSingleResult();
        List<ChannelFigures> out = new ArrayList<>();
        for (int c = 0; c < KpiFacts.CHANNELS.size(); c++) {
            int at = c * 4;
            out.add(new ChannelFigures(
                    Channel.valueOf(KpiFacts.CHANNELS.get(c)),
                    totals[at],
                    number(d[c]),
                    totals[at + 1],
                    totals[at + 2],
                    totals[at + 3]));
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
