package kr.minwon.portal.platform.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * One Excel sheet written row by row: a header line, then values. POI's streaming workbook keeps only a window of
 * rows in memory and spills the rest to a temporary file, so exporting a whole office costs the same heap as 20 rows.
 */
public final class XlsxSheet implements AutoCloseable {

    /** Rows kept in memory before POI flushes them to its temporary file. */
    private static final int WINDOW = 200;

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
    private final SXSSFSheet sheet;
    private final CellStyle dateTimeStyle;
    private final CellStyle dateStyle;
    private final int columns;
    private int next;

    private XlsxSheet(String name, List<String> headers) {
        sheet = workbook.createSheet(name);
        columns = headers.size();
        CellStyle headerStyle = workbook.createCellStyle();
        Font bold = workbook.createFont();
        bold.setBold(true);
        headerStyle.setFont(bold);
        dateTimeStyle = workbook.createCellStyle();
        dateTimeStyle.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd hh:mm:ss"));
        dateStyle = workbook.createCellStyle();
        dateStyle.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
        Row header = sheet.createRow(next++);
        for (int i = 0; i < columns; i++) {
            Cell cell = header.createCell(i);
            cell.setCellValue(headers.get(i));
            cell.setCellStyle(headerStyle);
            // Korean text is about twice as wide as the default font's digits; a fixed width beats auto-size, which
            // would have to keep every row in memory.
            sheet.setColumnWidth(i, 16 * 256);
        }
        sheet.createFreezePane(0, 1);
    }

    public static XlsxSheet open(String name, List<String> headers) {
        return new XlsxSheet(name, headers);
    }

    /** Adds one row; numbers, booleans and dates keep their type, anything else is written as its text. */
    public XlsxSheet row(Object... values) {
        Row row = sheet.createRow(next++);
        for (int i = 0; i < values.length && i < columns; i++) {
            Object v = values[i];
            if (v == null) {
                continue;
            }
            Cell cell = row.createCell(i);
            if (v instanceof Number n) {
                cell.setCellValue(n.doubleValue());
            } else if (v instanceof Boolean b) {
                cell.setCellValue(b);
            } else if (v instanceof LocalDateTime t) {
                cell.setCellValue(t);
                cell.setCellStyle(dateTimeStyle);
            } else if (v instanceof LocalDate d) {
                cell.setCellValue(d);
                cell.setCellStyle(dateStyle);
            } else {
                cell.setCellValue(v.toString());
            }
        }
        return this;
    }

    /** Data rows written so far (the header not counted). */
    public int rows() {
        return next - 1;
    }

    public void writeTo(OutputStream out) {
        try {
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes POI's temporary file. */
    @Override
    public void close() {
        try {
            workbook.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
