package kr.minwon.portal.dashboard.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The monthly status report as an Excel workbook, one sheet per part (summary, departments, overdue petitions,
 * mileage leaders), numbers as numbers so the office can sum and chart them. A report is at most a few hundred rows,
 * so a plain in-memory workbook is enough.
 */
public final class ReportWorkbook {

    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private ReportWorkbook() {}

    public static byte[] render(MonthlyFigures f, ReportLabels t) {
        try (XSSFWorkbook book = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);

            Sheet summary = book.createSheet(t.text("dashboard.reports.sheet.summary"));
            int r = 0;
            cells(
                    summary.createRow(r++),
                    bold,
                    t.text(
                            "dashboard.reports.file.title",
                            f.month().getYear(),
                            f.month().getMonthValue()));
            cells(
                    summary.createRow(r++),
                    null,
                    t.text("dashboard.reports.month"),
                    f.month().toString());
            cells(
                    summary.createRow(r++),
                    null,
                    t.text("dashboard.range.from"),
                    f.month().atDay(1).toString());
            cells(
                    summary.createRow(r++),
                    null,
                    t.text("dashboard.range.to"),
                    f.month().atEndOfMonth().toString());
            cells(
                    summary.createRow(r++),
                    null,
                    t.text("dashboard.reports.generatedAt"),
                    f.generatedAt().toString());
            cells(
                    summary.createRow(r++),
                    null,
                    t.text("dashboard.reports.generatedBy"),
                    f.automatic() ? t.text("dashboard.reports.automatic") : f.generatedBy());
            r++;
            KpiTotals o = f.office();
            cells(
                    summary.createRow(r++),
                    bold,
                    t.text("dashboard.completed"),
                    t.text("dashboard.onTime"),
                    t.text("dashboard.late"),
                    t.text("dashboard.complianceRate"),
                    t.text("dashboard.reductionRate"),
                    t.text("dashboard.legalDays"),
                    t.text("dashboard.usedDays"),
                    t.text("dashboard.reports.overdue"));
            cells(
                    summary.createRow(r),
                    null,
                    o.completed(),
                    o.onTime(),
                    o.late(),
                    o.complianceRate(),
                    o.reductionRate(),
                    o.legalDays(),
                    o.usedDays(),
                    f.overdueCount());
            summary.setColumnWidth(0, 24 * 256);

            Sheet deps = book.createSheet(t.text("dashboard.reports.sheet.departments"));
            cells(
                    deps.createRow(0),
                    bold,
                    t.text("dashboard.departments.code"),
                    t.text("dashboard.departments.name"),
                    t.text("dashboard.completed"),
                    t.text("dashboard.onTime"),
                    t.text("dashboard.late"),
                    t.text("dashboard.complianceRate"),
                    t.text("dashboard.reductionRate"),
                    t.text("dashboard.legalDays"),
                    t.text("dashboard.usedDays"),
                    t.text("dashboard.reports.overdue"));
            r = 1;
            for (MonthlyFigures.Department d : f.departments()) {
                KpiTotals x = d.totals();
                cells(
                        deps.createRow(r++),
                        null,
                        d.code(),
                        d.name(),
                        x.completed(),
                        x.onTime(),
                        x.late(),
                        x.complianceRate(),
                        x.reductionRate(),
                        x.legalDays(),
                        x.usedDays(),
                        d.overdue());
            }
            deps.setColumnWidth(1, 20 * 256);

            Sheet late = book.createSheet(t.text("dashboard.reports.sheet.overdue"));
            cells(
                    late.createRow(0),
                    bold,
                    t.text("dashboard.reports.receiptNo"),
                    t.text("dashboard.reports.type"),
                    t.text("dashboard.departments.name"),
                    t.text("dashboard.reports.handler"),
                    t.text("dashboard.reports.deadline"),
                    t.text("dashboard.reports.daysOverdue"));
            r = 1;
            for (MonthlyFigures.Overdue x : f.overdue()) {
                cells(
                        late.createRow(r++),
                        null,
                        x.receiptNo(),
                        x.typeName(),
                        x.departmentName(),
                        x.handlerName(),
                        x.deadline().toString().replace('T', ' '),
                        x.workingDaysOverdue());
            }
            if (f.overdueCount() > f.overdue().size()) {
                cells(
                        late.createRow(r + 1),
                        null,
                        t.text("dashboard.reports.overdueListed", f.overdue().size()));
            }

            Sheet top = book.createSheet(t.text("dashboard.reports.sheet.mileage"));
            cells(top.createRow(0), bold, t.text("dashboard.reports.section.mileage", f.mileagePeriod()));
            cells(
                    top.createRow(1),
                    bold,
                    t.text("dashboard.reports.rank"),
                    t.text("dashboard.reports.employeeNo"),
                    t.text("dashboard.reports.name"),
                    t.text("dashboard.departments.name"),
                    t.text("dashboard.reports.points"),
                    t.text("dashboard.reports.petitions"));
            r = 2;
            for (MonthlyFigures.Leader l : f.leaders()) {
                cells(
                        top.createRow(r++),
                        null,
                        l.rank(),
                        l.employeeNo(),
                        l.name(),
                        l.departmentName(),
                        l.points(),
                        l.petitions());
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One row: numbers as numeric cells, null as an empty cell, anything else as text. */
    private static void cells(Row row, CellStyle style, Object... values) {
        for (int i = 0; i < values.length; i++) {
            Object v = values[i];
            if (v == null) {
                continue;
            }
            var cell = row.createCell(i);
            if (v instanceof BigDecimal d) {
                cell.setCellValue(d.doubleValue());
            } else if (v instanceof Number n) {
                cell.setCellValue(n.doubleValue());
            } else {
                cell.setCellValue(v.toString());
            }
            if (style != null) {
                cell.setCellStyle(style);
            }
        }
    }
}
