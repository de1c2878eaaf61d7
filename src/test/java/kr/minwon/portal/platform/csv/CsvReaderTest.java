package kr.minwon.portal.platform.csv;

import static kr.minwon.portal.platform.csv.PetitionColumns.CHANNEL;
import static kr.minwon.portal.platform.csv.PetitionColumns.HANDLER_NO;
import static kr.minwon.portal.platform.csv.PetitionColumns.RECEIPT_NO;
import static kr.minwon.portal.platform.csv.PetitionColumns.RECEIVED_AT;
import static kr.minwon.portal.platform.csv.PetitionColumns.SCHEMA;
import static kr.minwon.portal.platform.csv.PetitionColumns.TYPE_CODE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReaderTest {

    private static final Charset CP949 = Charset.forName("x-windows-949");

    @Test
    void readsUtf8WithBom() throws IOException {
        byte[] text = "receipt_no,type_code,received_at,handler_no\nA-1,T01,2026-05-29 15:00,100200\n"
                .getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[text.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(text, 0, bytes, 3, text.length);

        try (CsvSheet sheet = open(bytes)) {
            List<CsvRow> rows = rows(sheet);

            assertThat(sheet.encoding()).contains(CsvEncoding.UTF_8_WITH_BOM);
            assertThat(sheet.headerProblems()).isEmpty();
            assertThat(rows)
                    .singleElement()
                    .satisfies(row -> assertThat(row.get(RECEIPT_NO)).isEqualTo("A-1"));
        }
    }

    @Test
    void readsUtf8WithoutBomAndKoreanValues() throws IOException {
        try (CsvSheet sheet = open("접수번호,민원사무코드,접수일시,담당자사번,접수경로\nA-1,T01,2026-05-29 15:00,100200,방문\n")) {
            List<CsvRow> rows = rows(sheet);

            assertThat(sheet.charset()).contains(StandardCharsets.UTF_8);
            assertThat(rows)
                    .singleElement()
                    .satisfies(row -> assertThat(row.get(CHANNEL)).isEqualTo("방문"));
        }
    }

    @Test
    void readsCp949WithKoreanHeadersAndValues() throws IOException {
        byte[] bytes = ("접수번호,민원사무코드,접수일시,담당자사번,접수경로\r\n" + "2026-0001,가족관계증명,2026-05-29 15:00,100200,무인발급\r\n")
                .getBytes(CP949);

        try (CsvSheet sheet = open(bytes)) {
            List<CsvRow> rows = rows(sheet);

            assertThat(sheet.encoding()).contains(CsvEncoding.CP949);
            assertThat(sheet.headerProblems()).isEmpty();
            assertThat(rows).singleElement().satisfies(row -> {
                assertThat(row.get(TYPE_CODE)).isEqualTo("가족관계증명");
                assertThat(row.get(CHANNEL)).isEqualTo("무인발급");
            });
        }
    }

    @Test
    void matchesEnglishAndKoreanHeadersInAnyOrder() throws IOException {
        try (CsvSheet sheet = open("담당자사번,Received At,접수번호,TYPE_CODE\n100200,2026-05-29 15:00,A-1,T01\n")) {
            CsvRow row = rows(sheet).get(0);

            assertThat(sheet.headerProblems()).isEmpty();
            assertThat(row.get(RECEIPT_NO)).isEqualTo("A-1");
            assertThat(row.get(TYPE_CODE)).isEqualTo("T01");
            assertThat(row.get(RECEIVED_AT)).isEqualTo("2026-05-29 15:00");
            assertThat(row.get(HANDLER_NO)).isEqualTo("100200");
        }
    }

    @Test
    void ignoresExtraColumnsWithAWarningNamingThem() throws IOException {
        try (CsvSheet sheet =
                open("receipt_no,메모,type_code,received_at,handler_no,비고\nA-1,급함,T01,2026-05-29 15:00,1,\n")) {
            assertThat(sheet.headerProblems()).isEmpty();
            assertThat(sheet.warnings())
                    .hasSize(2)
                    .anySatisfy(w -> assertThat(w).contains("메모"))
                    .anySatisfy(w -> assertThat(w).contains("비고"));
            assertThat(rows(sheet)).hasSize(1);
        }
    }

    @Test
    void aMissingRequiredColumnRejectsTheFileAtTheHeader() throws IOException {
        try (CsvSheet sheet = open("receipt_no,type_code,handler_no\nA-1,T01,100200\n")) {
            assertThat(sheet.headerProblems())
                    .extracting(CsvProblem::rowNumber, CsvProblem::column, CsvProblem::reason)
                    .containsExactly(tuple(1, "received_at", CsvProblem.Reason.MISSING_COLUMN));
            assertThat(sheet.headerProblems().get(0).message()).contains("received_at", "접수일시");
            assertThat(sheet.report().hasErrors()).isTrue();
            assertThat(rows(sheet)).isEmpty();
        }
    }

    @Test
    void aColumnGivenTwiceRejectsTheFile() throws IOException {
        try (CsvSheet sheet = open("receipt_no,접수번호,type_code,received_at,handler_no\n")) {
            assertThat(sheet.headerProblems())
                    .extracting(CsvProblem::column, CsvProblem::value, CsvProblem::reason)
                    .containsExactly(tuple("receipt_no", "접수번호", CsvProblem.Reason.DUPLICATE_COLUMN));
        }
    }

    @Test
    void anOptionalColumnMayBeLeftOut() throws IOException {
        try (CsvSheet sheet = open("receipt_no,type_code,received_at,handler_no\nA-1,T01,2026-05-29 15:00,1\n")) {
            CsvRow row = rows(sheet).get(0);

            assertThat(sheet.hasColumn(CHANNEL)).isFalse();
            assertThat(row.get(CHANNEL)).isNull();
            assertThat(row.has(CHANNEL)).isFalse();
        }
    }

    @Test
    void keepsCommasQuotesAndLineBreaksInsideQuotedValues() throws IOException {
        String csv = "receipt_no,type_code,received_at,handler_no\n"
                + "\"A-1\",\"민원, 복합\",\"2026-05-29 15:00\",\"줄1\n줄2 \"\"인용\"\"\"\n"
                + "A-2,T01,2026-05-29 16:00,2\n";

        try (CsvSheet sheet = open(csv)) {
            List<CsvRow> rows = rows(sheet);

            assertThat(rows).extracting(CsvRow::number).containsExactly(2, 3);
            assertThat(rows.get(0).get(TYPE_CODE)).isEqualTo("민원, 복합");
            assertThat(rows.get(0).get(HANDLER_NO)).isEqualTo("줄1\n줄2 \"인용\"");
        }
    }

    @Test
    void skipsBlankLinesButNumbersRowsAsASpreadsheetShowsThem() throws IOException {
        String csv = "\nreceipt_no,type_code,received_at,handler_no\r\n"
                + "A-1,T01,2026-05-29 15:00,1\r\n"
                + "\r\n"
                + ",,,\r\n"
                + "A-2,T01,2026-05-29 15:00,1\r\n"
                + "\r\n";

        try (CsvSheet sheet = open(csv)) {
            List<CsvRow> rows = rows(sheet);

            assertThat(rows)
                    .extracting(CsvRow::number, row -> row.get(RECEIPT_NO))
                    .containsExactly(tuple(3, "A-1"), tuple(6, "A-2"));
            assertThat(sheet.rowsRead()).isEqualTo(2);
            assertThat(sheet.report().hasErrors()).isFalse();
        }
    }

    @Test
    void trimsCellsAndTurnsEmptyOnesIntoNull() throws IOException {
        try (CsvSheet sheet =
                open("receipt_no,type_code,received_at,handler_no,channel\n  A-1 ,T01,2026-05-29 15:00,1,   \n")) {
            CsvRow row = rows(sheet).get(0);

            assertThat(row.get(RECEIPT_NO)).isEqualTo("A-1");
            assertThat(row.get(CHANNEL)).isNull();
        }
    }

    @Test
    void reportsARowWithMoreCellsThanTheHeader() throws IOException {
        String csv = "receipt_no,type_code,received_at,handler_no\n"
                + "A-1,T01,2026-05-29 15:00,1,,\n"
                + "A-2,T01,2026-05-29 15:00,1,shifted\n";

        try (CsvSheet sheet = open(csv)) {
            List<CsvRow> rows = rows(sheet);

            assertThat(rows).extracting(CsvRow::hasProblems).containsExactly(false, true);
            assertThat(sheet.report().problems())
                    .extracting(CsvProblem::rowNumber, CsvProblem::value, CsvProblem::reason)
                    .containsExactly(tuple(3, "shifted", CsvProblem.Reason.TOO_MANY_CELLS));
        }
    }

    @Test
    void refusesAFileInAnUnknownEncoding() throws IOException {
        byte[] bytes = "receipt_no,type_code,received_at,handler_no\nA-1,T01,2026-05-29 15:00,1\n"
                .getBytes(StandardCharsets.UTF_16);

        try (CsvSheet sheet = open(bytes)) {
            assertThat(sheet.charset()).isEmpty();
            assertThat(sheet.headerProblems()).singleElement().satisfies(problem -> {
                assertThat(problem.rowNumber()).isZero();
                assertThat(problem.reason()).isEqualTo(CsvProblem.Reason.BAD_ENCODING);
                assertThat(problem.message()).startsWith("파일 인코딩을 알 수 없습니다");
            });
            assertThat(rows(sheet)).isEmpty();
        }
    }

    @Test
    void reportsBytesThatBreakTheEncodingAfterTheSampleInTheirRowAndColumn() throws IOException {
        StringBuilder csv = new StringBuilder("receipt_no,type_code,received_at,handler_no\n");
        int goodRows = CsvEncoding.SAMPLE_SIZE / 20;
        for (int i = 0; i < goodRows; i++) {
            csv.append("A-").append(i).append(",T01,2026-05-29 15:00,1\n");
        }
        byte[] good = csv.toString().getBytes(StandardCharsets.UTF_8);
        byte[] bad = "B-1,민원".getBytes(CP949);
        byte[] tail = ",2026-05-29 15:00,1\n".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = concat(good, bad, tail);

        try (CsvSheet sheet = open(bytes)) {
            List<CsvRow> rows = rows(sheet);

            assertThat(sheet.encoding()).contains(CsvEncoding.UTF_8);
            assertThat(rows).hasSize(goodRows + 1);
            assertThat(sheet.report().problems())
                    .extracting(CsvProblem::rowNumber, CsvProblem::column, CsvProblem::reason)
                    .containsExactly(tuple(goodRows + 2, "type_code", CsvProblem.Reason.UNREADABLE_TEXT));
        }
    }

    @Test
    void anUnclosedQuoteStopsReadingWithAProblemAtThatRow() throws IOException {
        String csv = "receipt_no,type_code,received_at,handler_no\n"
                + "A-1,T01,2026-05-29 15:00,1\n"
                + "A-2,\"T01,2026-05-29 15:00,1\n"
                + "A-3,T01,2026-05-29 15:00,1\n";

        try (CsvSheet sheet = open(csv)) {
            List<CsvRow> rows = rows(sheet);

            assertThat(rows).extracting(row -> row.get(RECEIPT_NO)).containsExactly("A-1");
            assertThat(sheet.report().problems())
                    .extracting(CsvProblem::rowNumber, CsvProblem::reason)
                    .containsExactly(tuple(3, CsvProblem.Reason.BAD_QUOTING));
        }
    }

    @Test
    void anEmptyFileHasNoHeader() throws IOException {
        try (CsvSheet sheet = open("\n\n")) {
            assertThat(sheet.headerProblems())
                    .extracting(CsvProblem::reason)
                    .containsExactly(CsvProblem.Reason.MISSING_HEADER);
        }
    }

    @Test
    void aSheetStreamsItsRowsOnlyOnce() throws IOException {
        try (CsvSheet sheet = open("receipt_no,type_code,received_at,handler_no\n")) {
            rows(sheet);

            assertThatThrownBy(sheet::iterator).isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void streamsAHundredThousandRowsWithoutHoldingThem() throws IOException {
        int total = 100_000;
        InputStream generated = new GeneratedRows(total);

        try (CsvSheet sheet = CsvReader.open(generated, SCHEMA)) {
            long count = 0;
            String last = null;
            for (CsvRow row : sheet) {
                count++;
                last = row.get(RECEIPT_NO);
            }

            assertThat(count).isEqualTo(total);
            assertThat(sheet.rowsRead()).isEqualTo(total);
            assertThat(last).isEqualTo("2026-" + (total - 1));
            assertThat(sheet.report().hasErrors()).isFalse();
        }
    }

    private static CsvSheet open(String csv) throws IOException {
        return open(csv.getBytes(StandardCharsets.UTF_8));
    }

    private static CsvSheet open(byte[] bytes) throws IOException {
        return CsvReader.open(new ByteArrayInputStream(bytes), SCHEMA);
    }

    private static List<CsvRow> rows(CsvSheet sheet) {
        List<CsvRow> rows = new ArrayList<>();
        sheet.forEach(rows::add);
        return rows;
    }

    private static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }

    /** Produces a large petition file line by line, so the test itself never holds the whole file either. */
    private static final class GeneratedRows extends InputStream {

        private final int total;
        private int next = -1;
        private byte[] line = new byte[0];
        private int position;

        GeneratedRows(int total) {
            this.total = total;
        }

        @Override
        public int read() {
            if (position == line.length && !nextLine()) {
                return -1;
            }
            return line[position++] & 0xFF;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (length == 0) {
                return 0;
            }
            if (position == line.length && !nextLine()) {
                return -1;
            }
            int count = Math.min(length, line.length - position);
            System.arraycopy(line, position, buffer, offset, count);
            position += count;
            return count;
        }

        private boolean nextLine() {
            if (next >= total) {
                return false;
            }
            String text = next < 0
                    ? "접수번호,민원사무코드,접수일시,담당자사번,접수경로\n"
                    : "2026-" + next + ",T01,2026-05-29 15:00,100200,\"방문, 야간\"\n";
            next++;
            line = text.getBytes(StandardCharsets.UTF_8);
            position = 0;
            return true;
        }
    }
}
