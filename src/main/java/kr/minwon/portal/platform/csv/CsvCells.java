package kr.minwon.portal.platform.csv;

import java.util.Locale;

/** How raw cell and header text is cleaned before anyone looks at it. */
final class CsvCells {

    private static final char BOM = '\uFEFF';
    private static final char NO_BREAK_SPACE = '\u00A0';

    private CsvCells() {}

    /** The text without surrounding blanks, or null when nothing is left. */
    static String trimmed(String raw) {
        if (raw == null) {
            return null;
        }
        int start = 0;
        int end = raw.length();
        while (start < end && isBlank(raw.charAt(start))) {
            start++;
        }
        while (end > start && isBlank(raw.charAt(end - 1))) {
            end--;
        }
        return start == end ? null : raw.substring(start, end);
    }

    /** A header name reduced to what matters: case, blanks, underscores and a stray BOM are insignificant. */
    static String headerKey(String header) {
        if (header == null) {
            return "";
        }
        StringBuilder key = new StringBuilder(header.length());
        header.codePoints().filter(c -> !isBlank(c) && c != '_').forEach(key::appendCodePoint);
        return key.toString().toLowerCase(Locale.ROOT);
    }

    // Spreadsheets paste no-break spaces and a BOM can survive a re-save, so both count as blank.
    private static boolean isBlank(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == BOM || c == NO_BREAK_SPACE;
    }
}
