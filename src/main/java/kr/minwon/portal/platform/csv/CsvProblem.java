package kr.minwon.portal.platform.csv;

import java.util.Objects;
import kr.minwon.portal.platform.text.Texts;

/**
 * One thing wrong with an import file, precise enough for a person to find it in a spreadsheet.
 *
 * @param rowNumber the spreadsheet row (the header is row 1, the first data row 2); 0 for the file as a whole
 * @param column    the column key, or null when the problem is not about one column
 * @param value     the offending text, cut to {@value #MAX_VALUE_LENGTH} characters, or null
 * @param reason    a stable code a UI or API client can act on
 * @param message   Korean text for people: the reason's default text, sometimes with a hint on what was expected
 */
public record CsvProblem(int rowNumber, String column, String value, Reason reason, String message) {

    public static final int MAX_VALUE_LENGTH = 100;

    /** Stable codes; their texts live in the bundle as {@code CsvProblem.<REASON>}. */
    public enum Reason {
        BAD_ENCODING,
        UNREADABLE_TEXT,
        MISSING_HEADER,
        MISSING_COLUMN,
        DUPLICATE_COLUMN,
        BAD_QUOTING,
        TOO_MANY_CELLS,
        REQUIRED,
        BAD_FORMAT,
        UNKNOWN_VALUE,
        UNKNOWN_REFERENCE,
        DUPLICATE_KEY,
        OTHER;

        /** The reason's text in the reader's language ({@code CsvProblem.<REASON>} in the bundle). */
        public String defaultMessage() {
            return Texts.t("CsvProblem." + name());
        }
    }

    public CsvProblem {
        Objects.requireNonNull(reason, "reason");
        if (rowNumber < 0) {
            throw new IllegalArgumentException("rowNumber must not be negative: " + rowNumber);
        }
        value = truncated(value);
        message = message == null || message.isBlank() ? reason.defaultMessage() : message;
    }

    public static CsvProblem of(int rowNumber, CsvColumn column, String value, Reason reason) {
        return new CsvProblem(rowNumber, column == null ? null : column.key(), value, reason, null);
    }

    /** A problem whose message adds a hint, e.g. the expected format, to the reason's default text. */
    public static CsvProblem of(int rowNumber, CsvColumn column, String value, Reason reason, String hint) {
        String message = hint == null ? null : reason.defaultMessage() + " (" + hint + ")";
        return new CsvProblem(rowNumber, column == null ? null : column.key(), value, reason, message);
    }

    private static String truncated(String value) {
        if (value == null || value.length() <= MAX_VALUE_LENGTH) {
            return value;
        }
        int end = MAX_VALUE_LENGTH;
        // Never cut a surrogate pair in half: the half would show as garbage in the report.
        if (Character.isHighSurrogate(value.charAt(end - 1))) {
            end--;
        }
        return value.substring(0, end) + "…";
    }
}
