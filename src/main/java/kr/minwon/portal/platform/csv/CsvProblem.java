package kr.minwon.portal.platform.csv;

import java.util.Objects;

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

    /** Stable codes with their default Korean text, the one place these messages live. */
    public enum Reason {
        BAD_ENCODING("파일 인코딩을 알 수 없습니다. UTF-8 또는 CP949(EUC-KR)로 저장해 주십시오"),
        UNREADABLE_TEXT("읽을 수 없는 글자가 있습니다. 파일 인코딩을 확인해 주십시오"),
        MISSING_HEADER("머리글 행이 없습니다"),
        MISSING_COLUMN("필수 열이 없습니다"),
        DUPLICATE_COLUMN("같은 열이 두 번 있습니다"),
        BAD_QUOTING("큰따옴표가 올바르게 닫히지 않아 이후 행을 읽을 수 없습니다"),
        TOO_MANY_CELLS("머리글보다 칸이 많습니다"),
        REQUIRED("필수 항목이 비어 있습니다"),
        BAD_FORMAT("형식이 올바르지 않습니다"),
        UNKNOWN_VALUE("허용되지 않는 값입니다"),
        UNKNOWN_REFERENCE("등록되지 않은 코드입니다"),
        DUPLICATE_KEY("파일 안에 같은 값이 두 번 있습니다"),
        OTHER("처리할 수 없는 값입니다");

        private final String defaultMessage;

        Reason(String defaultMessage) {
            this.defaultMessage = defaultMessage;
        }

        public String defaultMessage() {
            return defaultMessage;
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
