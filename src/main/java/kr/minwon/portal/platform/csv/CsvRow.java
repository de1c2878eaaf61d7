package kr.minwon.portal.platform.csv;

/** One data row of a sheet, its cells already cleaned: trimmed, and null where empty. */
public final class CsvRow {

    private final int number;
    private final CsvSchema schema;
    private final String[] values;
    private final boolean problematic;

    CsvRow(int number, CsvSchema schema, String[] values, boolean problematic) {
        this.number = number;
        this.schema = schema;
        this.values = values;
        this.problematic = problematic;
    }

    /** The row as a spreadsheet numbers it: the header is row 1, so the first data row is usually 2. */
    public int number() {
        return number;
    }

    /** The trimmed cell, or null when it is empty or the file has no such column. */
    public String get(CsvColumn column) {
        return values[schema.indexOf(column)];
    }

    public boolean has(CsvColumn column) {
        return get(column) != null;
    }

    /**
     * Whether reading this row already found something wrong (extra cells, unreadable text). Those problems are in
     * the sheet's report; an import may skip its own checks of such a row.
     */
    public boolean hasProblems() {
        return problematic;
    }

    @Override
    public String toString() {
        return "CsvRow " + number;
    }
}
