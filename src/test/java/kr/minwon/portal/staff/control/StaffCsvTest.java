package kr.minwon.portal.staff.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import kr.minwon.portal.platform.csv.CsvProblem;
import kr.minwon.portal.platform.csv.CsvProblem.Reason;
import kr.minwon.portal.staff.entity.Role;
import org.junit.jupiter.api.Test;

class StaffCsvTest {

    private static final Charset CP949 = Charset.forName("x-windows-949");
    private static final Set<String> UNITS = Set.of("D-CIVIL", "T-CIVIL-1");
    private static final String HEADER = "사번,성명,직급,부서코드,이메일,휴대전화,역할,재직\n";

    @Test
    void acceptsAGoodFileWithKoreanHeadersAndRoleNames() throws IOException {
        CheckedCsv<StaffRow> checked = check(HEADER
                + "100001,홍길동,주무관,T-CIVIL-1,hong@example.go.kr,010-1234-5678,직원;팀장,Y\n"
                + "100002,김영희,,D-CIVIL,,,EMPLOYEE; REVIEWER,N\n");

        assertThat(checked.accepted()).isTrue();
        assertThat(checked.rows())
                .containsExactly(
                        new StaffRow(
                                2,
                                "100001",
                                "홍길동",
                                "주무관",
                                "T-CIVIL-1",
                                "hong@example.go.kr",
                                "010-1234-5678",
                                Set.of(Role.EMPLOYEE, Role.MANAGER),
                                true),
                        new StaffRow(
                                3,
                                "100002",
                                "김영희",
                                null,
                                "D-CIVIL",
                                null,
                                null,
                                Set.of(Role.EMPLOYEE, Role.REVIEWER),
                                false));
    }

    @Test
    void readsKoreanHeadersAndNamesFromCp949Bytes() throws IOException {
        byte[] bytes = (HEADER.replace("\n", "\r\n") + "100001,홍길동,주무관,T-CIVIL-1,,,민원심사관;관리자,재직\r\n").getBytes(CP949);

        CheckedCsv<StaffRow> checked = StaffCsv.check(new ByteArrayInputStream(bytes), UNITS, Map.of());

        assertThat(checked.accepted()).isTrue();
        assertThat(checked.rows()).singleElement().satisfies(row -> {
            assertThat(row.name()).isEqualTo("홍길동");
            assertThat(row.roles()).containsExactlyInAnyOrder(Role.AUDITOR, Role.ADMIN);
            assertThat(row.active()).isTrue();
        });
    }

    @Test
    void refusesAFileInAnEncodingItCannotRead() throws IOException {
        byte[] bytes = (HEADER + "100001,홍길동,주무관,T-CIVIL-1,,,직원,Y\n").getBytes(StandardCharsets.UTF_16);

        CheckedCsv<StaffRow> checked = StaffCsv.check(new ByteArrayInputStream(bytes), UNITS, Map.of());

        assertThat(checked.accepted()).isFalse();
        assertThat(checked.rows()).isEmpty();
        assertThat(checked.problemsByRow())
                .extracting(CsvProblem::rowNumber, CsvProblem::reason)
                .containsExactly(tuple(0, Reason.BAD_ENCODING));
    }

    @Test
    void namesAMissingRequiredColumn() throws IOException {
        CheckedCsv<StaffRow> checked = check("사번,성명,부서코드\n100001,홍길동,T-CIVIL-1\n");

        assertThat(checked.accepted()).isFalse();
        assertThat(checked.problemsByRow())
                .extracting(CsvProblem::column, CsvProblem::reason)
                .containsExactly(tuple("roles", Reason.MISSING_COLUMN));
    }

    @Test
    void reportsARepeatedEmployeeNumberAtTheLaterRowAndNamesTheFirst() throws IOException {
        CheckedCsv<StaffRow> checked =
                check(HEADER + "100001,홍길동,,T-CIVIL-1,,,직원,Y\n" + "100001,홍길순,,T-CIVIL-1,,,직원,Y\n");

        assertThat(checked.accepted()).isFalse();
        assertThat(checked.problemsByRow()).singleElement().satisfies(p -> {
            assertThat(p.rowNumber()).isEqualTo(3);
            assertThat(p.column()).isEqualTo("employee_no");
            assertThat(p.value()).isEqualTo("100001");
            assertThat(p.reason()).isEqualTo(Reason.DUPLICATE_KEY);
            assertThat(p.message()).contains("2");
        });
    }

    @Test
    void reportsADepartmentThatIsNotRegistered() throws IOException {
        CheckedCsv<StaffRow> checked = check(HEADER + "100001,홍길동,,D-NOWHERE,,,직원,Y\n");

        assertThat(checked.problemsByRow())
                .extracting(CsvProblem::rowNumber, CsvProblem::column, CsvProblem::value, CsvProblem::reason)
                .containsExactly(tuple(2, "unit_code", "D-NOWHERE", Reason.UNKNOWN_REFERENCE));
    }

    @Test
    void reportsARoleItDoesNotKnowAndAnEmptyRoleList() throws IOException {
        CheckedCsv<StaffRow> checked =
                check(HEADER + "100001,홍길동,,T-CIVIL-1,,,직원;구청장,Y\n" + "100002,김영희,,T-CIVIL-1,,,;,Y\n");

        assertThat(checked.problemsByRow())
                .extracting(CsvProblem::rowNumber, CsvProblem::column, CsvProblem::value, CsvProblem::reason)
                .containsExactly(
                        tuple(2, "roles", "구청장", Reason.UNKNOWN_VALUE), tuple(3, "roles", ";", Reason.REQUIRED));
    }

    @Test
    void checksEveryRowAndNamesEachBadCell() throws IOException {
        CheckedCsv<StaffRow> checked = check(HEADER
                + "100001,홍길동,,T-CIVIL-1,not-an-address,010-1234-5678,직원,Y\n"
                + "100002,김영희,,T-CIVIL-1,kim@example.go.kr,전화없음,직원,Y\n"
                + "100003,,,T-CIVIL-1,,,직원,아마도\n"
                + "100004,이철수,,T-CIVIL-1,,,직원,Y\n");

        assertThat(checked.rows()).isEmpty();
        assertThat(checked.problemsByRow())
                .extracting(CsvProblem::rowNumber, CsvProblem::column, CsvProblem::reason)
                .containsExactly(
                        tuple(2, "email", Reason.BAD_FORMAT),
                        tuple(3, "mobile", Reason.BAD_FORMAT),
                        tuple(4, "name", Reason.REQUIRED),
                        tuple(4, "active", Reason.BAD_FORMAT));
    }

    @Test
    void keepsStoredValuesForOptionalColumnsTheFileLeavesOut() throws IOException {
        KnownEmployee stored = new KnownEmployee(
                "100001", "홍길동", "주무관", "D-CIVIL", "hong@example.go.kr", "010-1234-5678", Set.of(Role.EMPLOYEE), false);

        CheckedCsv<StaffRow> checked = StaffCsv.check(
                new ByteArrayInputStream("employee_no,name,unit_code,roles\n100001,홍길동,D-CIVIL,EMPLOYEE\n"
                        .getBytes(StandardCharsets.UTF_8)),
                UNITS,
                Map.of("100001", stored));

        assertThat(checked.rows())
                .singleElement()
                .satisfies(row -> assertThat(row.changeFrom(stored)).isEqualTo(RowChange.UNCHANGED));
    }

    @Test
    void warnsAboutColumnsItIgnoresAndAFileWithoutRows() throws IOException {
        CheckedCsv<StaffRow> checked = check("사번,성명,부서코드,역할,비고\n");

        assertThat(checked.accepted()).isTrue();
        assertThat(checked.warnings()).hasSize(2).anySatisfy(w -> assertThat(w).contains("비고"));
    }

    private static CheckedCsv<StaffRow> check(String text) throws IOException {
        return StaffCsv.check(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), UNITS, Map.of());
    }
}
