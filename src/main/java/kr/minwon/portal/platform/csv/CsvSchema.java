package kr.minwon.portal.platform.csv;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The ordered columns of one kind of import file. */
public final class CsvSchema {

    private final List<CsvColumn> columns;
    private final Map<String, CsvColumn> byHeaderKey = new HashMap<>();

    private CsvSchema(List<CsvColumn> columns) {
        this.columns = List.copyOf(columns);
        for (CsvColumn column : this.columns) {
            for (String headerKey : column.headerKeys()) {
                CsvColumn other = byHeaderKey.putIfAbsent(headerKey, column);
                // A header that could mean two columns would silently fill the wrong one.
                if (other != null && !other.equals(column)) {
                    throw new IllegalArgumentException(
                            "Columns " + other.key() + " and " + column.key() + " share the header " + headerKey);
                }
            }
        }
    }

    public static CsvSchema of(CsvColumn... columns) {
        return new CsvSchema(List.of(columns));
    }

    public static CsvSchema of(List<CsvColumn> columns) {
        return new CsvSchema(columns);
    }

    public List<CsvColumn> columns() {
        return columns;
    }

    /** The column a header cell names, if any. */
    public Optional<CsvColumn> columnFor(String header) {
        return Optional.ofNullable(byHeaderKey.get(CsvCells.headerKey(header)));
    }

    int indexOf(CsvColumn column) {
        int index = columns.indexOf(column);
        if (index < 0) {
            throw new IllegalArgumentException("Column " + column.key() + " is not part of this schema");
        }
        return index;
    }
}
