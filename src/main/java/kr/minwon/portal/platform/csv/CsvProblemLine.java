package kr.minwon.portal.platform.csv;

import java.io.Serializable;

/**
 * One CSV problem as an import screen shows it: the row as the spreadsheet numbers it, the column by its Korean
 * header with the English key, the value and the reason. The getters are for Expression Language 5, which does not
 * see record accessors.
 */
public record CsvProblemLine(String row, String column, String value, String reason) implements Serializable {

    public static CsvProblemLine of(CsvProblem p, CsvSchema schema) {
        String column = p.column() == null
                ? ""
                : schema.columns().stream()
                        .filter(c -> c.key().equals(p.column()))
                        .findFirst()
                        .map(CsvColumn::koreanHeader)
                        .map(korean -> korean + " (" + p.column() + ")")
                        .orElse(p.column());
        return new CsvProblemLine(
                p.rowNumber() == 0 ? "" : String.valueOf(p.rowNumber()),
                column,
                p.value() == null ? "" : p.value(),
                p.message());
    }

    public String getRow() {
        return row;
    }

    public String getColumn() {
        return column;
    }

    public String getValue() {
        return value;
    }

    public String getReason() {
        return reason;
    }
}
