package kr.minwon.portal.dashboard.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The report's figures survive JSON, and its PDF and Excel files say them in Korean. */
class MonthlyReportFilesTest {

    private static final ReportLabels KO = ReportLabels.korean();

    /** 민원여권과: 10 completed, 9 on time, legal 60 days, used 24 → 준수율 90.0 %, 단축률 60.0 %. */
    static MonthlyFigures figures() {
        KpiTotals civil = new KpiTotals(10, 9, new BigDecimal("60.0"), new BigDecimal("24.0"));
        KpiTotals house = new KpiTotals(4, 2, new BigDecimal("20.0"), new BigDecimal("15.0"));
        KpiTotals office = new KpiTotals(14, 11, new BigDecimal("80.0"), new BigDecimal("39.0"));
        List<MonthlyFigures.Department> deps = MonthlyFigures.departments(
                List.of(
                        new MonthlyFigures.Department("D-CIVIL", "민원여권과", civil, 0),
                        new MonthlyFigures.Department("D-HOUSE", "주택과", house, 0)),
                Map.of("D-HOUSE", 2L, "D-ROAD", 1L),
                Map.of("D-HOUSE", "주택과", "D-ROAD", "도로과"));
        return new MonthlyFigures(
                YearMonth.of(2026, 5),
                LocalDateTime.of(2026, 6, 1, 9, 0),
                null,
                true,
                office,
                deps,
                3,
                List.of(new MonthlyFigures.Overdue(
                        "2026-0512-0001", "건축허가 신청", "주택과", "홍길동", LocalDateTime.of(2026, 5, 20, 18, 0), 7)),
                "2026-Q2",
                List.of(new MonthlyFigures.Leader(1, "100123", "김민준", "민원여권과", new BigDecimal("42.5"), 17)));
    }

    @Test
    void departments_without_completions_but_with_overdue_petitions_are_listed_after_the_others() {
        List<MonthlyFigures.Department> deps = figures().departments();
        assertThat(deps).extracting(MonthlyFigures.Department::code).containsExactly("D-CIVIL", "D-HOUSE", "D-ROAD");
        assertThat(deps.get(1).overdue()).isEqualTo(2);
        assertThat(deps.get(2).totals().completed()).isZero();
        assertThat(deps.get(2).name()).isEqualTo("도로과");
    }

    @Test
    void figures_survive_their_json() {
        MonthlyFigures f = figures();
        MonthlyFigures back = MonthlyFigures.fromJson(f.toJson());
        assertThat(back).isEqualTo(f);
        assertThat(back.office().complianceRate()).isEqualByComparingTo("78.6");
        assertThat(back.office().reductionRate()).isEqualByComparingTo("51.3");
    }

    @Test
    void the_pdf_shows_korean_text_and_the_numbers() throws IOException {
        byte[] pdf = ReportPdf.render(figures(), KO);
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        String text;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(doc);
        }
        assertThat(text)
                .contains(
                        "2026년 5월 민원 처리 현황 보고",
                        "구 전체",
                        "부서별",
                        "민원여권과",
                        "주택과",
                        "도로과",
                        "준수율",
                        "단축률",
                        "기한 경과",
                        "마일리지 상위",
                        "2026-Q2",
                        "김민준",
                        "42.5",
                        "2026-0512-0001",
                        "건축허가 신청",
                        "홍길동",
                        "자동 작성");
        // Office: 14 completed, 11 on time, 3 late, 78.6 %, 51.3 %; 민원여권과 90.0 % and 60.0 %.
        assertThat(text).contains("78.6%", "51.3%", "90.0%", "60.0%");
        assertThat(text.replaceAll("\\s+", " ")).contains("14 11 3 78.6% 51.3%");
        assertThat(pdf.length).as("a subset of the font, not the whole 4 MB").isLessThan(400_000);
    }

    @Test
    void the_pdf_and_the_workbook_read_in_english_for_an_english_reader() throws IOException {
        ReportLabels en = ReportLabels.of(java.util.Locale.ENGLISH);
        String text;
        try (PDDocument doc = Loader.loadPDF(ReportPdf.render(figures(), en))) {
            text = new PDFTextStripper().getText(doc);
        }
        // Data (unit and people names, petition types) stays as written; the report's own words are English.
        String chrome = text.replaceAll("민원여권과|주택과|도로과|김민준|건축허가 신청|홍길동|[가-힣]+(과|팀)", "");
        assertThat(chrome).contains("78.6%").doesNotContainPattern("[가-힣]");
        assertThat(ReportWorkbook.render(figures(), en)).isNotEmpty();
    }

    @Test
    void the_workbook_has_a_sheet_per_part_with_numbers_as_numbers() throws IOException {
        byte[] xlsx = ReportWorkbook.render(figures(), KO);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(book.getSheetName(0)).isEqualTo("요약");
            assertThat(book.getSheetName(1)).isEqualTo("부서별");
            Sheet deps = book.getSheet("부서별");
            assertThat(deps.getRow(0).getCell(1).getStringCellValue()).isEqualTo("부서");
            assertThat(deps.getRow(1).getCell(1).getStringCellValue()).isEqualTo("민원여권과");
            assertThat(deps.getRow(1).getCell(2).getNumericCellValue()).isEqualTo(10);
            assertThat(deps.getRow(1).getCell(5).getNumericCellValue()).isEqualTo(90.0);
            assertThat(deps.getRow(1).getCell(6).getNumericCellValue()).isEqualTo(60.0);
            assertThat(deps.getRow(3).getCell(9).getNumericCellValue()).isEqualTo(1);
            Sheet summary = book.getSheet("요약");
            assertThat(summary.getRow(8).getCell(0).getNumericCellValue()).isEqualTo(14);
            assertThat(summary.getRow(8).getCell(3).getNumericCellValue()).isEqualTo(78.6);
            assertThat(book.getSheet("마일리지 상위").getRow(2).getCell(2).getStringCellValue())
                    .isEqualTo("김민준");
        }
    }
}
