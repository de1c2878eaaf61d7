package kr.minwon.portal.platform.csv;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import kr.minwon.portal.platform.OfficeClock;
import kr.minwon.portal.platform.text.Texts;

/**
 * Turns cells into typed values the same way for every import. Each reading method returns the value, or null when
 * the cell is empty or wrong; anything wrong (including an empty required cell) is recorded in the report.
 * The static {@code parse*} methods are the same rules without a report, for callers such as the REST boundary.
 */
public final class CsvValues {

    /**
     * Office local time: the CSV contract says every date-time without an offset is the office's time, which is Korea
     * time unless {@code PORTAL_ZONE} ({@code portal.zone}) names another zone (the office clock's zone).
     */
    public static final ZoneId OFFICE_ZONE = OfficeClock.zone();

    private static final String DATE_TIME_HINT = "csv.hint.dateTime";
    private static final String YES_NO_HINT = "csv.hint.yesNo";
    private static final String INTEGER_HINT = "csv.hint.integer";
    private static final String FIRST_SEEN_HINT = "csv.hint.firstSeen";
    private static final char LIST_SEPARATOR = ';';

    // Month, day and hour may have one digit: re-saved spreadsheets drop leading zeros.
    private static final DateTimeFormatter SPACED =
            DateTimeFormatter.ofPattern("uuuu-M-d H:mm[:ss]", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);

    private static final Map<String, Boolean> YES_NO = Map.of(
            "y", true, "yes", true, "true", true, "예", true, "n", false, "no", false, "false", false, "아니오", false,
            "아니요", false);

    private final CsvReport report;
    private final ZoneId zone;
    private final Map<CsvColumn, Map<String, Integer>> firstRowOfKey = new HashMap<>();

    public CsvValues(CsvReport report) {
        this(report, OFFICE_ZONE);
    }

    public CsvValues(CsvReport report, ZoneId zone) {
        this.report = report;
        this.zone = zone;
    }

    /** The trimmed text; records an empty required cell. */
    public String text(CsvRow row, CsvColumn column) {
        String value = row.get(column);
        if (value == null && column.required()) {
            report.add(row.number(), column, null, CsvProblem.Reason.REQUIRED);
        }
        return value;
    }

    /**
     * The trimmed text, which no earlier row of this file may repeat in this column, e.g. the receipt number that
     * makes an upload idempotent. The first row keeps the value; later rows are recorded as duplicates.
     */
    public String uniqueText(CsvRow row, CsvColumn column) {
        String value = text(row, column);
        if (value == null) {
            return null;
        }
        Integer first =
                firstRowOfKey.computeIfAbsent(column, c -> new HashMap<>()).putIfAbsent(value, row.number());
        if (first != null) {
            report.add(CsvProblem.of(
                    row.number(), column, value, CsvProblem.Reason.DUPLICATE_KEY, Texts.t(FIRST_SEEN_HINT) + first));
            return null;
        }
        return value;
    }

    /** A date-time in office local time; see {@link #parseDateTime(String, ZoneId)} for the accepted forms. */
    public LocalDateTime dateTime(CsvRow row, CsvColumn column) {
        String value = text(row, column);
        if (value == null) {
            return null;
        }
        return orProblem(
                row, column, value, parseDateTime(value, zone), CsvProblem.Reason.BAD_FORMAT, Texts.t(DATE_TIME_HINT));
    }

    /** Y/N, also YES/NO, TRUE/FALSE and 예/아니오, in any case. */
    public Boolean yesNo(CsvRow row, CsvColumn column) {
        String value = text(row, column);
        if (value == null) {
            return null;
        }
        return orProblem(row, column, value, parseYesNo(value), CsvProblem.Reason.BAD_FORMAT, Texts.t(YES_NO_HINT));
    }

    public Integer integer(CsvRow row, CsvColumn column) {
        String value = text(row, column);
        if (value == null) {
            return null;
        }
        return orProblem(row, column, value, parseInteger(value), CsvProblem.Reason.BAD_FORMAT, Texts.t(INTEGER_HINT));
    }

    /**
     * An enum constant named in English (any case, spaces and underscores ignored) or by one of the aliases, e.g.
     * {@code Map.of("방문", Channel.COUNTER)}.
     */
    public <E extends Enum<E>> E choice(CsvRow row, CsvColumn column, Class<E> type, Map<String, E> aliases) {
        String value = text(row, column);
        if (value == null) {
            return null;
        }
        E parsed = choiceLookup(type, aliases).get(CsvCells.headerKey(value));
        if (parsed == null) {
            // The hint is built only for a wrong cell: a 100,000-row import would otherwise build it 100,000 times.
            report.add(CsvProblem.of(
                    row.number(), column, value, CsvProblem.Reason.UNKNOWN_VALUE, allowed(type, aliases)));
        }
        return parsed;
    }

    /** Per enum and alias map of this file: the {@link #parseChoice} answer for every key, built once. */
    private final Map<Class<?>, Map<Map<String, ?>, Map<String, ?>>> lookups = new HashMap<>();

    @SuppressWarnings("unchecked")
    private <E extends Enum<E>> Map<String, E> choiceLookup(Class<E> type, Map<String, E> aliases) {
        return (Map<String, E>) lookups.computeIfAbsent(type, t -> new IdentityHashMap<>())
                .computeIfAbsent(aliases, a -> choiceKeys(type, aliases));
    }

    /**
     * Every key a cell may match ({@link CsvCells#headerKey} of a constant's name or of an alias) and the constant it
     * names: names win over an alias with the same key, and among aliases the first in the map's order.
     */
    private static <E extends Enum<E>> Map<String, E> choiceKeys(Class<E> type, Map<String, E> aliases) {
        Map<String, E> keys = new HashMap<>();
        for (Map.Entry<String, E> alias : aliases.entrySet()) {
            keys.putIfAbsent(CsvCells.headerKey(alias.getKey()), alias.getValue());
        }
        for (E constant : type.getEnumConstants()) {
            keys.put(CsvCells.headerKey(constant.name()), constant);
        }
        keys.remove("");
        return keys;
    }

    /** Several enum constants separated by ';', e.g. roles "EMPLOYEE;MANAGER"; repeats are dropped. */
    public <E extends Enum<E>> List<E> choices(CsvRow row, CsvColumn column, Class<E> type, Map<String, E> aliases) {
        String value = text(row, column);
        if (value == null) {
            return column.required() ? null : List.of();
        }
        Set<E> found = new LinkedHashSet<>();
        for (String item : value.split(String.valueOf(LIST_SEPARATOR), -1)) {
            String trimmed = CsvCells.trimmed(item);
            if (trimmed == null) {
                continue;
            }
            E parsed = choiceLookup(type, aliases).get(CsvCells.headerKey(trimmed));
            if (parsed == null) {
                report.add(CsvProblem.of(
                        row.number(), column, trimmed, CsvProblem.Reason.UNKNOWN_VALUE, allowed(type, aliases)));
                return null;
            }
            found.add(parsed);
        }
        return List.copyOf(found);
    }

    /**
     * Accepts {@code yyyy-MM-dd HH:mm}, {@code yyyy-MM-dd HH:mm:ss}, ISO-8601 local ({@code 2026-05-29T15:00}) in the
     * given zone, and ISO-8601 with an offset ({@code 2026-05-29T15:00+09:00}, {@code ...Z}) converted to that zone.
     */
    public static Optional<LocalDateTime> parseDateTime(String text, ZoneId zone) {
        String trimmed = CsvCells.trimmed(text);
        if (trimmed == null) {
            return Optional.empty();
        }
        LocalDateTime plain = plainDateTime(trimmed);
        if (plain != null) {
            return Optional.of(plain);
        }
        String value = trimmed.toUpperCase(Locale.ROOT);
        try {
            if (value.indexOf('T') < 0) {
                return Optional.of(LocalDateTime.parse(value, SPACED));
            }
            if (hasOffset(value)) {
                return Optional.of(OffsetDateTime.parse(value, DateTimeFormatter.ISO_OFFSET_DATE_TIME)
                        .atZoneSameInstant(zone)
                        .toLocalDateTime());
            }
            return Optional.of(LocalDateTime.parse(value, DateTimeFormatter.ISO_LOCAL_DATE_TIME));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /**
     * The form core systems export, {@code yyyy-MM-dd HH:mm}, read without a formatter (the import's hottest cell);
     * null for anything else, which the formatters then judge, so an impossible date still fails the same way.
     */
    private static LocalDateTime plainDateTime(String v) {
        if (v.length() != 16
                || v.charAt(4) != '-'
                || v.charAt(7) != '-'
                || v.charAt(10) != ' '
                || v.charAt(13) != ':') {
            return null;
        }
        int year = digits(v, 0, 4);
        int month = digits(v, 5, 7);
        int day = digits(v, 8, 10);
        int hour = digits(v, 11, 13);
        int minute = digits(v, 14, 16);
        if (year < 0
                || month < 1
                || month > 12
                || day < 1
                || day > java.time.YearMonth.of(year, month).lengthOfMonth()
                || hour < 0
                || hour > 23
                || minute < 0
                || minute > 59) {
            return null;
        }
        return LocalDateTime.of(year, month, day, hour, minute);
    }

    private static int digits(String v, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = v.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }

    public static Optional<Boolean> parseYesNo(String text) {
        String value = CsvCells.trimmed(text);
        return value == null ? Optional.empty() : Optional.ofNullable(YES_NO.get(value.toLowerCase(Locale.ROOT)));
    }

    public static Optional<Integer> parseInteger(String text) {
        String value = CsvCells.trimmed(text);
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Integer.valueOf(value));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    public static <E extends Enum<E>> Optional<E> parseChoice(String text, Class<E> type, Map<String, E> aliases) {
        return Optional.ofNullable(choiceKeys(type, aliases).get(CsvCells.headerKey(text)));
    }

    private <T> T orProblem(
            CsvRow row, CsvColumn column, String value, Optional<T> parsed, CsvProblem.Reason reason, String hint) {
        if (parsed.isEmpty()) {
            report.add(CsvProblem.of(row.number(), column, value, reason, hint));
            return null;
        }
        return parsed.get();
    }

    // An offset follows the time: 'Z', or a sign after the 'T' (the date's own dashes come before it).
    private static boolean hasOffset(String value) {
        String time = value.substring(value.indexOf('T') + 1);
        return time.endsWith("Z") || time.indexOf('+') >= 0 || time.indexOf('-') >= 0;
    }

    private static <E extends Enum<E>> String allowed(Class<E> type, Map<String, E> aliases) {
        List<String> names = new ArrayList<>();
        for (E constant : type.getEnumConstants()) {
            names.add(constant.name());
        }
        String all = String.join(", ", names);
        return aliases.isEmpty()
                ? all
                : all + " / " + aliases.keySet().stream().sorted().collect(Collectors.joining(", "));
    }
}
