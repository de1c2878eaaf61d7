package kr.minwon.portal.platform.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class XlsxSheetTest {

    @Test
    void writesKoreanHeadersAndTypedCells() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XlsxSheet sheet = XlsxSheet.open("직원", List.of("사번", "성명", "재직", "등록"))) {
            sheet.row("E0001", "홍길동", true, LocalDateTime.of(2025, 3, 4, 9, 30));
            sheet.row("E0002", null, false, null);
            assertThat(sheet.rows()).isEqualTo(2);
            sheet.writeTo(out);
        }
        try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet s = read.getSheet("직원");
            assertThat(s.getRow(0).getCell(1).getStringCellValue()).isEqualTo("성명");
            assertThat(s.getRow(1).getCell(1).getStringCellValue()).isEqualTo("홍길동");
            assertThat(s.getRow(1).getCell(2).getBooleanCellValue()).isTrue();
            assertThat(s.getRow(1).getCell(3).getLocalDateTimeCellValue())
                    .isEqualTo(LocalDateTime.of(2025, 3, 4, 9, 30));
            assertThat(s.getRow(2).getCell(1)).isNull();
            assertThat(s.getLastRowNum()).isEqualTo(2);
        }
    }

    @Test
    void keepsOnlyAWindowOfRowsInMemoryForLongLists() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XlsxSheet sheet = XlsxSheet.open("long", List.of("n"))) {
            for (int i = 0; i < 5_000; i++) {
                sheet.row(i);
            }
            sheet.writeTo(out);
        }
        try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(read.getSheetAt(0).getLastRowNum()).isEqualTo(5_000);
            assertThat(read.getSheetAt(0).getRow(5_000).getCell(0).getNumericCellValue())
                    .isEqualTo(4_999);
        }
    }
}
