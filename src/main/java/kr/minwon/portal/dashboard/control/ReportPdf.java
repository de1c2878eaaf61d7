package kr.minwon.portal.dashboard.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The monthly status report as an A4 PDF: summary, departments, overdue petitions, mileage leaders. Korean needs a
 * font the reader may not have, so the bundled NanumBarunGothic (SIL OFL) is embedded as a subset of the glyphs used:
 * the file stays small and shows the same text on any machine.
 */
public final class ReportPdf {

    /** The bundled font, beside its licence (fonts/OFL.txt). */
    public static final String FONT = "/kr/minwon/portal/dashboard/fonts/NanumBarunGothic.ttf";

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final float MARGIN = 40;
    private static final float LINE = 14;

    private ReportPdf() {}

    public static byte[] render(MonthlyFigures f, ReportLabels t) {
        try (PDDocument doc = new PDDocument();
                InputStream fontFile = ReportPdf.class.getResourceAsStream(FONT)) {
            if (fontFile == null) {
                throw new IllegalStateException("The bundled report font is missing: " + FONT);
            }
            PDType0Font font = PDType0Font.load(doc, fontFile, true);
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(t.text(
                    "dashboard.reports.file.title",
                    f.month().getYear(),
                    f.month().getMonthValue()));
            try (Pages pages = new Pages(doc, font)) {
                write(f, t, pages);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(MonthlyFigures f, ReportLabels t, Pages p) throws IOException {
        p.text(
                16,
                t.text(
                        "dashboard.reports.file.title",
                        f.month().getYear(),
                        f.month().getMonthValue()));
        p.gap(4);
        p.text(
                9,
                t.text(
                        "dashboard.reports.file.range",
                        f.month().atDay(1).toString(),
                        f.month().atEndOfMonth().toString()));
        p.text(
                9,
                t.text(
                        "dashboard.reports.file.made",
                        f.generatedAt().format(MINUTE),
                        f.automatic() ? t.text("dashboard.reports.automatic") : f.generatedBy()));
        p.text(9, t.text("dashboard.reports.file.basis"));
        p.gap(8);

        KpiTotals o = f.office();
        p.text(12, t.text("dashboard.reports.section.office"));
        p.row(
                new float[] {90, 90, 90, 90, 90},
                List.of(
                        t.text("dashboard.completed"),
                        t.text("dashboard.onTime"),
                        t.text("dashboard.late"),
                        t.text("dashboard.complianceRate"),
                        t.text("dashboard.reductionRate")),
                true);
        p.row(
                new float[] {90, 90, 90, 90, 90},
                List.of(
                        String.valueOf(o.completed()),
                        String.valueOf(o.onTime()),
                        String.valueOf(o.late()),
                        t.rate(o.complianceRate()),
                        t.rate(o.reductionRate())),
                false);
        p.gap(8);

        float[] dep = {130, 55, 55, 55, 65, 65, 70};
        p.text(12, t.text("dashboard.reports.section.departments"));
        p.row(
                dep,
                List.of(
                        t.text("dashboard.departments.name"),
                        t.text("dashboard.completed"),
                        t.text("dashboard.onTime"),
                        t.text("dashboard.late"),
                        t.text("dashboard.complianceRate"),
                        t.text("dashboard.reductionRate"),
                        t.text("dashboard.reports.overdue")),
                true);
        for (MonthlyFigures.Department d : f.departments()) {
            KpiTotals x = d.totals();
            p.row(
                    dep,
                    List.of(
                            d.name() == null ? t.text("dashboard.departments.none") : d.name(),
                            String.valueOf(x.completed()),
                            String.valueOf(x.onTime()),
                            String.valueOf(x.late()),
                            t.rate(x.complianceRate()),
                            t.rate(x.reductionRate()),
                            String.valueOf(d.overdue())),
                    false);
        }
        p.gap(8);

        float[] late = {100, 115, 85, 55, 85, 75};
        p.text(12, t.text("dashboard.reports.section.overdue", f.overdueCount()));
        if (f.overdueCount() > f.overdue().size()) {
            p.text(9, t.text("dashboard.reports.overdueListed", f.overdue().size()));
        }
        p.row(
                late,
                List.of(
                        t.text("dashboard.reports.receiptNo"),
                        t.text("dashboard.reports.type"),
                        t.text("dashboard.departments.name"),
                        t.text("dashboard.reports.handler"),
                        t.text("dashboard.reports.deadline"),
                        t.text("dashboard.reports.daysOverdue")),
                true);
        for (MonthlyFigures.Overdue x : f.overdue()) {
            p.row(
                    late,
                    List.of(
                            x.receiptNo(),
                            nz(x.typeName()),
                            nz(x.departmentName()),
                            nz(x.handlerName()),
                            x.deadline().format(MINUTE),
                            String.valueOf(x.workingDaysOverdue())),
                    false);
        }
        p.gap(8);

        float[] top = {40, 70, 80, 140, 70, 70};
        p.text(12, t.text("dashboard.reports.section.mileage", nz(f.mileagePeriod())));
        p.row(
                top,
                List.of(
                        t.text("dashboard.reports.rank"),
                        t.text("dashboard.reports.employeeNo"),
                        t.text("dashboard.reports.name"),
                        t.text("dashboard.departments.name"),
                        t.text("dashboard.reports.points"),
                        t.text("dashboard.reports.petitions")),
                true);
        for (MonthlyFigures.Leader l : f.leaders()) {
            p.row(
                    top,
                    List.of(
                            String.valueOf(l.rank()),
                            l.employeeNo(),
                            nz(l.name()),
                            nz(l.departmentName()),
                            l.points().toPlainString(),
                            String.valueOf(l.petitions())),
                    false);
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /** A cursor down A4 pages: a new page when the next line would cross the bottom margin. */
    private static final class Pages implements AutoCloseable {
        private final PDDocument doc;
        private final PDType0Font font;
        private PDPageContentStream stream;
        private float y;

        Pages(PDDocument doc, PDType0Font font) throws IOException {
            this.doc = doc;
            this.font = font;
            newPage();
        }

        private void newPage() throws IOException {
            if (stream != null) {
                stream.close();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            stream = new PDPageContentStream(doc, page);
            y = page.getMediaBox().getHeight() - MARGIN;
        }

        private void room(float height) throws IOException {
            if (y - height < MARGIN) {
                newPage();
            }
        }

        void gap(float height) {
            y -= height;
        }

        void text(float size, String text) throws IOException {
            room(size + 6);
            y -= size + 4;
            show(MARGIN, y, size, text);
        }

        /** One table row, each cell cut to its column's width; a header row is underlined. */
        void row(float[] widths, List<String> cells, boolean header) throws IOException {
            room(LINE);
            y -= LINE;
            float x = MARGIN;
            for (int i = 0; i < widths.length && i < cells.size(); i++) {
                show(x, y, 9, fit(cells.get(i), widths[i] - 4, 9));
                x += widths[i];
            }
            if (header) {
                stream.setLineWidth(0.5f);
                stream.moveTo(MARGIN, y - 3);
                stream.lineTo(x, y - 3);
                stream.stroke();
            }
        }

        private void show(float x, float atY, float size, String text) throws IOException {
            stream.beginText();
            stream.setFont(font, size);
            stream.newLineAtOffset(x, atY);
            stream.showText(printable(text));
            stream.endText();
        }

        /** The text with line breaks flattened and any character the font lacks shown as "?", never a failed file. */
        private String printable(String text) {
            String flat = text.replaceAll("\\s", " ");
            try {
                font.encode(flat);
                return flat;
            } catch (IllegalArgumentException | IOException e) {
                StringBuilder out = new StringBuilder();
                flat.codePoints().forEach(cp -> {
                    String one = new String(Character.toChars(cp));
                    try {
                        font.encode(one);
                        out.append(one);
                    } catch (IllegalArgumentException | IOException missing) {
                        out.append('?');
                    }
                });
                return out.toString();
            }
        }

        private String fit(String text, float width, float size) throws IOException {
            if (font.getStringWidth(printable(text)) / 1000 * size <= width) {
                return text;
            }
            List<Integer> cps = new ArrayList<>(text.codePoints().boxed().toList());
            while (!cps.isEmpty()) {
                cps.remove(cps.size() - 1);
                String cut = new String(cps.stream().mapToInt(Integer::intValue).toArray(), 0, cps.size()) + "…";
                if (font.getStringWidth(printable(cut)) / 1000 * size <= width) {
                    return cut;
                }
            }
            return "";
        }

        @Override
        public void close() throws IOException {
            stream.close();
        }
    }
}
