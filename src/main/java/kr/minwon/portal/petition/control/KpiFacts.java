package kr.minwon.portal.petition.control;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one petition adds to the KPI read model ({@code kpi_day}, one row per day and handling unit): received on its
 * receipt day; completed, on time, late days, legal and used days (단축률 scope), residence, weekend receipt, channel
 * and receipt hour and weekday on its approval day. The population rules are those of the dashboard's queries
 * (DOMAIN.md §7): transferred petitions count nowhere, withdrawn ones only as received; 단축률 only over legal periods
 * of 2 days or more. A change is applied as the difference of the contributions before and after it.
 *
 * @param channel  the channel's name ({@code Channel})
 * @param resident {@code IN}, {@code OUT} or null when unknown
 */
public record KpiFacts(
        LocalDateTime receivedAt,
        LocalDateTime approvedAt,
        boolean completed,
        Outcome outcome,
        long unitId,
        long departmentId,
        String channel,
        String resident,
        Boolean onTime,
        Integer lateDays,
        BigDecimal legalDays,
        BigDecimal usedDays) {

    /** The channels, in the order of their column groups (the names of {@code petition.entity.Channel}). */
    public static final List<String> CHANNELS =
            List.of("COUNTER", "ONLINE", "KIOSK", "NIGHT", "SATURDAY", "OFFICE365", "MAIL", "FAX");

    /** The row a contribution goes to: a day and the handling unit with its department (0 when it has none). */
    public record Row(LocalDate day, long unitId, long departmentId) implements Comparable<Row> {
        @Override
        public int compareTo(Row o) {
            int c = day.compareTo(o.day);
            if (c == 0) {
                c = Long.compare(unitId, o.unitId);
            }
            return c != 0 ? c : Long.compare(departmentId, o.departmentId);
        }
    }

    public static final int RECEIVED = 0;
    public static final int COMPLETED = 1;
    public static final int ON_TIME = 2;
    public static final int LATE_DAYS = 3;
    /** Legal and used days in tenths (the columns hold one decimal). */
    public static final int LEGAL_TENTHS = 4;

    public static final int USED_TENTHS = 5;
    public static final int RESIDENT_OUT = 6;
    public static final int RESIDENT_KNOWN = 7;
    /** Completed petitions received on a Saturday or Sunday. */
    public static final int WEEKEND = 8;

    private static final int CHANNEL_BASE = 9;
    private static final int HOUR_BASE = CHANNEL_BASE + 4 * 8;
    private static final int WEEKDAY_BASE = HOUR_BASE + 24;

    /** The counter columns of {@code kpi_day}, index = position in a contribution vector. */
    public static final List<String> COLUMNS = columns();

    private static final BigDecimal TEN = BigDecimal.TEN;
    private static final BigDecimal REDUCTION_MIN_LEGAL_DAYS = BigDecimal.valueOf(2);

    private static List<String> columns() {
        List<String> c = new ArrayList<>(List.of(
                "received",
                "completed",
                "on_time",
                "late_days",
                "legal_days",
                "used_days",
                "resident_out",
                "resident_known",
                "weekend"));
        for (String prefix : List.of("c_", "w_", "o_", "k_")) {
            for (String ch : CHANNELS) {
                c.add(prefix + ch.toLowerCase(java.util.Locale.ROOT));
            }
        }
        for (int h = 0; h < 24; h++) {
            c.add(String.format("rh%02d", h));
        }
        for (int d = 1; d <= 7; d++) {
            c.add("rd" + d);
        }
        return Collections.unmodifiableList(c);
    }

    /** Completed petitions of a channel, and of those: received on a weekend, from outside, with known residence. */
    public static int channelCount(int channel) {
        return CHANNEL_BASE + channel;
    }

    public static int channelWeekend(int channel) {
        return CHANNEL_BASE + 8 + channel;
    }

    public static int channelOut(int channel) {
        return CHANNEL_BASE + 16 + channel;
    }

    public static int channelKnown(int channel) {
        return CHANNEL_BASE + 24 + channel;
    }

    /** Completed petitions received in hour 0–23. */
    public static int receiptHour(int hour) {
        return HOUR_BASE + hour;
    }

    /** Completed petitions received on ISO weekday 1 (Monday) – 7 (Sunday). */
    public static int receiptWeekday(int isoDay) {
        return WEEKDAY_BASE + isoDay - 1;
    }

    /** Whether the column holds tenths of a day. */
    public static boolean isTenths(int column) {
        return column == LEGAL_TENTHS || column == USED_TENTHS;
    }

    /** Whether this petition counts as completed in the KPIs (approved, neither withdrawn nor transferred). */
    public boolean countsAsCompleted() {
        return completed && approvedAt != null && (outcome == null || outcome.countsInKpis());
    }

    /** This petition's counters by row. */
    public Map<Row, long[]> contribution() {
        Map<Row, long[]> out = new TreeMap<>();
        if (outcome != Outcome.TRANSFERRED) {
            vector(out, receivedAt.toLocalDate())[RECEIVED]++;
        }
        if (countsAsCompleted()) {
            long[] v = vector(out, approvedAt.toLocalDate());
            v[COMPLETED]++;
            boolean inTime = Boolean.TRUE.equals(onTime);
            if (inTime) {
                v[ON_TIME]++;
            } else if (lateDays != null) {
                v[LATE_DAYS] += lateDays;
            }
            if (legalDays != null && legalDays.compareTo(REDUCTION_MIN_LEGAL_DAYS) >= 0) {
                v[LEGAL_TENTHS] += tenths(legalDays);
                v[USED_TENTHS] += usedDays == null ? 0 : tenths(usedDays);
            }
            int ch = CHANNELS.indexOf(channel);
            boolean weekend =
                    receivedAt.getDayOfWeek() == DayOfWeek.SATURDAY || receivedAt.getDayOfWeek() == DayOfWeek.SUNDAY;
            v[channelCount(ch)]++;
            if (weekend) {
                v[WEEKEND]++;
                v[channelWeekend(ch)]++;
            }
            if (resident != null) {
                v[RESIDENT_KNOWN]++;
                v[channelKnown(ch)]++;
                if ("OUT".equals(resident)) {
                    v[RESIDENT_OUT]++;
                    v[channelOut(ch)]++;
                }
            }
            v[receiptHour(receivedAt.getHour())]++;
            v[receiptWeekday(receivedAt.getDayOfWeek().getValue())]++;
        }
        return out;
    }

    /** What changes in the read model when a petition goes from {@code before} to {@code after} (either may be null). */
    public static Map<Row, long[]> delta(KpiFacts before, KpiFacts after) {
        Map<Row, long[]> out = new TreeMap<>(after == null ? Map.of() : after.contribution());
        if (before != null) {
            before.contribution().forEach((row, v) -> {
                long[] target = out.computeIfAbsent(row, r -> new long[COLUMNS.size()]);
                for (int i = 0; i < v.length; i++) {
                    target[i] -= v[i];
                }
            });
        }
        out.values().removeIf(v -> Arrays.stream(v).allMatch(n -> n == 0));
        return out;
    }

    /** Adds {@code v} into {@code into}, row by row. */
    public static void add(Map<Row, long[]> into, Map<Row, long[]> v) {
        v.forEach((row, counts) -> {
            long[] target = into.computeIfAbsent(row, r -> new long[COLUMNS.size()]);
            for (int i = 0; i < counts.length; i++) {
                target[i] += counts[i];
            }
        });
    }

    /**
     * Day rows summed by month: the key's day becomes the month's first day (the month roll-up {@code kpi_month}); rows
     * whose sums are all zero are left out.
     */
    public static Map<Row, long[]> byMonth(Map<Row, long[]> days) {
        Map<Row, long[]> out = new TreeMap<>();
        days.forEach((row, v) ->
                add(out, Map.of(new Row(row.day().withDayOfMonth(1), row.unitId(), row.departmentId()), v)));
        out.values().removeIf(v -> Arrays.stream(v).allMatch(n -> n == 0));
        return out;
    }

    private long[] vector(Map<Row, long[]> out, LocalDate day) {
        return out.computeIfAbsent(new Row(day, unitId, departmentId), r -> new long[COLUMNS.size()]);
    }

    private static long tenths(BigDecimal days) {
        return days.multiply(TEN).setScale(0, java.math.RoundingMode.HALF_UP).longValueExact();
    }
}
