package kr.minwon.portal.platform.csv;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One column an import understands: its English key (also the English header), its Korean header, further accepted
 * headers, and whether the column and its cells must be present.
 */
public record CsvColumn(String key, String koreanHeader, List<String> aliases, boolean required) {

    public CsvColumn {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(koreanHeader, "koreanHeader");
        if (CsvCells.headerKey(key).isEmpty()) {
            throw new IllegalArgumentException("A column key must not be blank");
        }
        aliases = List.copyOf(aliases);
    }

    public static CsvColumn required(String key, String koreanHeader, String... aliases) {
        return new CsvColumn(key, koreanHeader, List.of(aliases), true);
    }

    public static CsvColumn optional(String key, String koreanHeader, String... aliases) {
        return new CsvColumn(key, koreanHeader, List.of(aliases), false);
    }

    /** Whether a header cell names this column, e.g. "Receipt No", "RECEIPT_NO" and " 접수번호" all name receipt_no. */
    public boolean matches(String header) {
        String wanted = CsvCells.headerKey(header);
        return !wanted.isEmpty() && headerKeys().contains(wanted);
    }

    List<String> headerKeys() {
        List<String> keys = new ArrayList<>(aliases.size() + 2);
        keys.add(CsvCells.headerKey(key));
        keys.add(CsvCells.headerKey(koreanHeader));
        aliases.forEach(alias -> keys.add(CsvCells.headerKey(alias)));
        return keys;
    }

    @Override
    public String toString() {
        return key;
    }
}
