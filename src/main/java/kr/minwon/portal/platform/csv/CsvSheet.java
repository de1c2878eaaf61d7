package kr.minwon.portal.platform.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import kr.minwon.portal.platform.text.Texts;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * An opened import file: its header already checked against the schema, its rows read one at a time as they are
 * iterated. Problems found while reading (header, extra cells, unreadable text, broken quoting) go to {@link #report()},
 * where the import adds its own. Iterate once; close when done.
 */
public final class CsvSheet implements Iterable<CsvRow>, AutoCloseable {

    private static final int FILE = 0;

    private final CsvSchema schema;
    private final CsvEncoding encoding;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final CsvReport report = new CsvReport();
    private final List<CsvProblem> headerProblems = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    /** For each schema column, the index of its cell in the file, or -1 when the file lacks it. */
    private final int[] cellIndex;

    private int headerWidth;
    private int lastRecordNumber;
    private int rowsRead;
    private boolean iterated;

    private CsvSheet(CsvSchema schema, CsvEncoding encoding, CSVParser parser) {
        this.schema = schema;
        this.encoding = encoding;
        this.parser = parser;
        this.records = parser == null ? Collections.emptyIterator() : parser.iterator();
        this.cellIndex = new int[schema.columns().size()];
        Arrays.fill(cellIndex, -1);
    }

    static CsvSheet unreadable(CsvSchema schema) {
        CsvSheet sheet = new CsvSheet(schema, null, null);
        sheet.headerProblem(CsvProblem.of(FILE, null, null, CsvProblem.Reason.BAD_ENCODING));
        return sheet;
    }

    static CsvSheet reading(CsvSchema schema, CsvEncoding encoding, CSVParser parser) {
        CsvSheet sheet = new CsvSheet(schema, encoding, parser);
        sheet.readHeader();
        return sheet;
    }

    /** Problems that make the whole file unusable; when there are any, the sheet yields no rows. */
    public List<CsvProblem> headerProblems() {
        return Collections.unmodifiableList(headerProblems);
    }

    /** Things worth telling the uploader that do not stop the import, e.g. columns that will be ignored. */
    public List<String> warnings() {
        return Collections.unmodifiableList(warnings);
    }

    /** The detected encoding; empty when the file was refused for being in none of the supported ones. */
    public Optional<CsvEncoding> encoding() {
        return Optional.ofNullable(encoding);
    }

    public Optional<Charset> charset() {
        return encoding().map(CsvEncoding::charset);
    }

    /** Whether the file has the column at all, e.g. to apply a default for an optional column it leaves out. */
    public boolean hasColumn(CsvColumn column) {
        return cellIndex[schema.indexOf(column)] >= 0;
    }

    public CsvSchema schema() {
        return schema;
    }

    /** Every problem found so far, header and rows; imports record theirs here too. */
    public CsvReport report() {
        return report;
    }

    /** Data rows handed out so far; blank rows are not counted. */
    public int rowsRead() {
        return rowsRead;
    }

    @Override
    public Iterator<CsvRow> iterator() {
        if (iterated) {
            throw new IllegalStateException("A sheet streams its rows and can be iterated only once");
        }
        iterated = true;
        if (!headerProblems.isEmpty()) {
            // Per-row checks against a broken header would bury its one real cause under thousands of rows.
            return Collections.emptyIterator();
        }
        return new Rows();
    }

    public Stream<CsvRow> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED), false);
    }

    /** Closes the sheet and the stream it was opened on. */
    @Override
    public void close() throws IOException {
        if (parser != null) {
            parser.close();
        }
    }

    private void readHeader() {
        CSVRecord header = nextNonBlankRecord();
        if (header == null) {
            if (headerProblems.isEmpty()) {
                headerProblem(CsvProblem.of(FILE, null, null, CsvProblem.Reason.MISSING_HEADER));
            }
            return;
        }
        int headerRow = lastRecordNumber;
        headerWidth = header.size();
        for (int i = 0; i < header.size(); i++) {
            String name = CsvCells.trimmed(header.get(i));
            if (name == null) {
                continue;
            }
            Optional<CsvColumn> column = schema.columnFor(name);
            if (column.isEmpty()) {
                warnings.add(Texts.t("platform.msg.ignoredColumn", name));
                continue;
            }
            int index = schema.indexOf(column.get());
            if (cellIndex[index] >= 0) {
                headerProblem(CsvProblem.of(headerRow, column.get(), name, CsvProblem.Reason.DUPLICATE_COLUMN));
            } else {
                cellIndex[index] = i;
            }
        }
        for (CsvColumn column : schema.columns()) {
            if (column.required() && cellIndex[schema.indexOf(column)] < 0) {
                headerProblem(CsvProblem.of(
                        headerRow,
                        column,
                        null,
                        CsvProblem.Reason.MISSING_COLUMN,
                        column.key() + " / " + column.koreanHeader()));
            }
        }
    }

    private void headerProblem(CsvProblem problem) {
        headerProblems.add(problem);
        report.add(problem);
    }

    /** The next record with any content, or null at the end or after a record that cannot be parsed. */
    private CSVRecord nextNonBlankRecord() {
        while (true) {
            CSVRecord record;
            try {
                if (!records.hasNext()) {
                    return null;
                }
                record = records.next();
            } catch (UncheckedIOException e) {
                if (!(e.getCause() instanceof CSVException)) {
                    throw e;
                }
                // The parser cannot resynchronise after an unclosed quote; everything after it is suspect.
                CsvProblem problem = CsvProblem.of(lastRecordNumber + 1, null, null, CsvProblem.Reason.BAD_QUOTING);
                if (lastRecordNumber == 0) {
                    headerProblem(problem);
                } else {
                    report.add(problem);
                }
                return null;
            }
            lastRecordNumber = Math.toIntExact(record.getRecordNumber());
            if (!isBlank(record)) {
                return record;
            }
        }
    }

    private static boolean isBlank(CSVRecord record) {
        for (String cell : record) {
            if (CsvCells.trimmed(cell) != null) {
                return false;
            }
        }
        return true;
    }

    private CsvRow toRow(CSVRecord record) {
        int number = lastRecordNumber;
        boolean problematic = false;
        String[] values = new String[cellIndex.length];
        for (int i = 0; i < cellIndex.length; i++) {
            int index = cellIndex[i];
            if (index < 0 || index >= record.size()) {
                continue;
            }
            String value = CsvCells.trimmed(record.get(index));
            if (value != null && value.indexOf(CsvEncoding.UNREADABLE) >= 0) {
                report.add(number, schema.columns().get(i), value, CsvProblem.Reason.UNREADABLE_TEXT);
                problematic = true;
            }
            values[i] = value;
        }
        // Spreadsheets often write trailing empty cells; only extra cells with content mean a shifted row.
        for (int i = headerWidth; i < record.size(); i++) {
            String extra = CsvCells.trimmed(record.get(i));
            if (extra != null) {
                report.add(number, null, extra, CsvProblem.Reason.TOO_MANY_CELLS);
                problematic = true;
                break;
            }
        }
        return new CsvRow(number, schema, values, problematic);
    }

    private final class Rows implements Iterator<CsvRow> {

        private CsvRow next;
        private boolean done;

        @Override
        public boolean hasNext() {
            if (next == null && !done) {
                CSVRecord record = nextNonBlankRecord();
                if (record == null) {
                    done = true;
                } else {
                    next = toRow(record);
                }
            }
            return next != null;
        }

        @Override
        public CsvRow next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            CsvRow row = next;
            next = null;
            rowsRead++;
            return row;
        }
    }
}
