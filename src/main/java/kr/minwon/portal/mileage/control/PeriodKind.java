package kr.minwon.portal.mileage.control;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;

/** How the office cuts the year into mileage periods: quarters by default, halves or whole years if it prefers. */
public enum PeriodKind {
    QUARTER,
    HALF,
    YEAR;

    /** The period a date falls in: "2026-Q3", "2026-H2", "2026". */
    public String keyOf(LocalDate date) {
        int y = date.getYear();
        int m = date.getMonthValue();
        return switch (this) {
            case QUARTER -> y + "-Q" + ((m - 1) / 3 + 1);
            case HALF -> y + "-H" + (m <= 6 ? 1 : 2);
            case YEAR -> String.valueOf(y);
        };
    }

    public LocalDate startOf(String key) {
        int y = Integer.parseInt(key.substring(0, 4));
        return switch (this) {
            case QUARTER -> LocalDate.of(y, (Integer.parseInt(key.substring(6)) - 1) * 3 + 1, 1);
            case HALF -> LocalDate.of(y, key.endsWith("1") ? 1 : 7, 1);
            case YEAR -> LocalDate.of(y, 1, 1);
        };
    }

    public LocalDate endOf(String key) {
        LocalDate start = startOf(key);
        return switch (this) {
            case QUARTER -> start.plusMonths(3).minusDays(1);
            case HALF -> start.plusMonths(6).minusDays(1);
            case YEAR -> start.plusYears(1).minusDays(1);
        };
    }

    public String next(String key) {
        return keyOf(endOf(key).plusDays(1));
    }

    public boolean isKey(String key) {
        return key != null
                && switch (this) {
                    case QUARTER -> key.matches("\\d{4}-Q[1-4]");
                    case HALF -> key.matches("\\d{4}-H[12]");
                    case YEAR -> key.matches("\\d{4}");
                };
    }

    /** The kind a key is written in ("2026-Q3" quarter, "2026-H2" half, "2026" year), for replays across kinds. */
    public static Optional<PeriodKind> ofKey(String key) {
        return Arrays.stream(values()).filter(k -> k.isKey(key)).findFirst();
    }
}
