package kr.minwon.portal.petition.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import kr.minwon.portal.petition.entity.Channel;
import kr.minwon.portal.petition.entity.Residence;
import kr.minwon.portal.platform.csv.CsvProblem;
import kr.minwon.portal.platform.csv.CsvReader;
import kr.minwon.portal.platform.csv.CsvReport;
import kr.minwon.portal.platform.csv.CsvRow;
import kr.minwon.portal.platform.csv.CsvSheet;
import kr.minwon.portal.platform.csv.CsvValues;
import org.junit.jupiter.api.Test;

class PetitionCsvTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 7, 1, 12, 0);

    private static final PetitionRules.Lookups OFFICE = new PetitionRules.Lookups() {
        @Override
        public boolean typeExists(String code) {
            return Set.of("C0004", "G0002").contains(code);
        }

        @Override
        public boolean handlerExists(String employeeNo) {
            return Set.of("900001", "100001").contains(employeeNo);
        }

        @Override
        public boolean unitExists(String code) {
            return Set.of("T-CIVIL-1", "D-CIVIL").contains(code);
        }
    };

    private record Read(List<PetitionInput> inputs, CsvReport report) {}

    private static Read read(byte[] file) throws IOException {
        List<PetitionInput> inputs = new ArrayList<>();
        try (CsvSheet sheet = CsvReader.open(new ByteArrayInputStream(file), PetitionCsv.SCHEMA)) {
            CsvValues values = new CsvValues(sheet.report());
            for (CsvRow row : sheet) {
                PetitionInput in = PetitionCsv.read(row, values, sheet.report(), OFFICE, NOW);
                if (in != null) {
                    inputs.add(in);
                }
            }
            return new Read(inputs, sheet.report());
        }
    }

    @Test
    void readsACp949FileWithKoreanHeadersInAnyOrderAndKoreanValues() throws IOException {
        String text = "담당자사번,접수번호,민원사무코드,접수일시,접수경로,관내여부,결재일시,처리결과,복합민원\r\n"
                + "900001,2026-0000001,C0004,2026-05-29 15:00,방문,관외,2026-06-01 10:00,인용,N\r\n"
                + "100001,2026-0000002,G0002,2026-06-02T09:30,365,관내,,,\r\n";

        Read read = read(text.getBytes(Charset.forName("MS949")));

        assertThat(read.report().hasErrors()).isFalse();
        assertThat(read.inputs())
                .containsExactly(
                        new PetitionInput(
                                "2026-0000001",
                                "C0004",
                                LocalDateTime.of(2026, 5, 29, 15, 0),
                                "900001",
                                null,
                                Channel.COUNTER,
                                Residence.OUT,
                                LocalDateTime.of(2026, 6, 1, 10, 0),
                                null,
                                Outcome.GRANTED,
                                false),
                        new PetitionInput(
                                "2026-0000002",
                                "G0002",
                                LocalDateTime.of(2026, 6, 2, 9, 30),
                                "100001",
                                null,
                                Channel.OFFICE365,
                                Residence.IN,
                                null,
                                null,
                                null,
                                null));
    }

    @Test
    void readsEnglishHeadersInUtf8WithBom() throws IOException {
        String text = "\uFEFFreceipt_no,type_code,received_at,handler_no,department_code,channel\n"
                + "A-1,C0004,2026-05-29T15:00,900001,D-CIVIL,ONLINE\n";

        Read read = read(text.getBytes(StandardCharsets.UTF_8));

        assertThat(read.report().hasErrors()).isFalse();
        assertThat(read.inputs()).singleElement().satisfies(in -> {
            assertThat(in.departmentCode()).isEqualTo("D-CIVIL");
            assertThat(in.channel()).isEqualTo(Channel.ONLINE);
        });
    }

    @Test
    void refusesARepeatedReceiptNumberNamingBothRows() throws IOException {
        String text = "receipt_no,type_code,received_at,handler_no\n"
                + "A-1,C0004,2026-05-29 15:00,900001\n"
                + "A-2,C0004,2026-05-29 15:00,900001\n"
                + "A-1,G0002,2026-05-30 10:00,900001\n";

        Read read = read(text.getBytes(StandardCharsets.UTF_8));

        assertThat(read.report().problems()).singleElement().satisfies(p -> {
            assertThat(p.rowNumber()).isEqualTo(4);
            assertThat(p.column()).isEqualTo("receipt_no");
            assertThat(p.reason()).isEqualTo(CsvProblem.Reason.DUPLICATE_KEY);
            assertThat(p.message()).contains("2");
        });
    }

    @Test
    void namesEachBadRowAndColumn() throws IOException {
        String text = "receipt_no,type_code,received_at,handler_no,department_code,channel,approved_at\n"
                + "A-1,X9999,2026-05-29 15:00,900001,,,\n" // unknown type
                + "A-2,C0004,2026-13-29 15:00,900001,,,\n" // impossible date
                + "A-3,C0004,2026-05-29 15:00,424242,,,\n" // unknown handler
                + "A-4,C0004,2026-08-01 10:00,900001,,,\n" // received in the future
                + "A-5,C0004,2026-05-29 15:00,900001,D-NONE,,\n" // unknown department
                + "A-6,C0004,2026-05-29 15:00,900001,,PIGEON,\n" // unknown channel
                + "A-7,C0004,2026-05-29 15:00,900001,,,2026-05-28 10:00\n" // approved before receipt
                + ",C0004,2026-05-29 15:00,900001,,,\n" // no receipt number
                + "A-9,C0004,2026-05-29 15:00,900001,,,\n"; // fine

        Read read = read(text.getBytes(StandardCharsets.UTF_8));

        assertThat(read.report().problems())
                .extracting(p -> p.rowNumber() + ":" + p.column())
                .containsExactly(
                        "2:type_code",
                        "3:received_at",
                        "4:handler_no",
                        "5:received_at",
                        "6:department_code",
                        "7:channel",
                        "8:approved_at",
                        "9:receipt_no");
        assertThat(read.inputs()).extracting(PetitionInput::receiptNo).containsExactly("A-9");
        assertThat(read.report().problems().get(0).value()).isEqualTo("X9999");
    }
}
