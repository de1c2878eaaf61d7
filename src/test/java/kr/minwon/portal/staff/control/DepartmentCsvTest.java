package kr.minwon.portal.staff.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import kr.minwon.portal.platform.csv.CsvProblem;
import kr.minwon.portal.platform.csv.CsvProblem.Reason;
import kr.minwon.portal.staff.entity.UnitKind;
import org.junit.jupiter.api.Test;

class DepartmentCsvTest {

    private static final Map<String, KnownUnit> STORED = Map.of(
            "OFFICE", new KnownUnit("OFFICE", "미래구청", UnitKind.OFFICE, null, null),
            "D-CIVIL", new KnownUnit("D-CIVIL", "민원여권과", UnitKind.DEPARTMENT, "OFFICE", "900006"),
            "T-CIVIL-1", new KnownUnit("T-CIVIL-1", "민원1팀", UnitKind.TEAM, "D-CIVIL", "900002"));
    private static final Set<String> EMPLOYEES = Set.of("900002", "900006");
    private static final String HEADER = "부서코드,부서명,상위부서코드,구분,부서장사번\n";

    @Test
    void acceptsATeamBeforeItsDepartmentAndHandsRowsOutParentsFirst() throws IOException {
        CheckedCsv<DepartmentRow> checked = check(HEADER + "T-NEW-1,새1팀,D-NEW,팀,\n" + "D-NEW,새과,OFFICE,과,900002\n");

        assertThat(checked.accepted()).isTrue();
        assertThat(checked.rows())
                .extracting(DepartmentRow::code, DepartmentRow::kind)
                .containsExactly(tuple("D-NEW", UnitKind.DEPARTMENT), tuple("T-NEW-1", UnitKind.TEAM));
    }

    @Test
    void reportsAParentThatIsNeitherInTheFileNorStored() throws IOException {
        CheckedCsv<DepartmentRow> checked = check(HEADER + "T-NEW-1,새1팀,D-GONE,팀,\n");

        assertThat(checked.problemsByRow())
                .extracting(CsvProblem::rowNumber, CsvProblem::column, CsvProblem::value, CsvProblem::reason)
                .containsExactly(tuple(2, "parent_code", "D-GONE", Reason.UNKNOWN_REFERENCE));
    }

    @Test
    void keepsOfficeAboveDepartmentAboveTeam() throws IOException {
        CheckedCsv<DepartmentRow> checked = check(HEADER
                + "T-NEW-1,새1팀,OFFICE,팀,\n"
                + "D-NEW,새과,,과,\n"
                + "O-NEW,새구청,OFFICE,구청,\n"
                + "D-SELF,자기과,D-SELF,과,\n");

        assertThat(checked.problemsByRow())
                .extracting(CsvProblem::rowNumber, CsvProblem::column)
                .containsExactly(
                        tuple(2, "parent_code"),
                        tuple(3, "parent_code"),
                        tuple(4, "parent_code"),
                        tuple(5, "parent_code"));
    }

    @Test
    void reportsAHeadWhoIsNotAnEmployeeYet() throws IOException {
        CheckedCsv<DepartmentRow> checked =
                check(HEADER + "D-NEW,새과,OFFICE,과,123456\n" + "D-OTHER,다른과,OFFICE,과,900006\n");

        assertThat(checked.problemsByRow())
                .extracting(CsvProblem::rowNumber, CsvProblem::column, CsvProblem::value, CsvProblem::reason)
                .containsExactly(tuple(2, "head_no", "123456", Reason.UNKNOWN_REFERENCE));
        assertThat(checked.problemsByRow().get(0).message()).contains("직원 CSV");
    }

    @Test
    void reportsARepeatedCodeAndAnUnknownKind() throws IOException {
        CheckedCsv<DepartmentRow> checked =
                check(HEADER + "D-NEW,새과,OFFICE,과,\n" + "D-NEW,새과 또,OFFICE,과,\n" + "D-X,엑스,OFFICE,국,\n");

        assertThat(checked.problemsByRow())
                .extracting(CsvProblem::rowNumber, CsvProblem::column, CsvProblem::reason)
                .containsExactly(tuple(3, "code", Reason.DUPLICATE_KEY), tuple(4, "kind", Reason.UNKNOWN_VALUE));
    }

    @Test
    void refusesToTurnADepartmentWithStoredTeamsIntoATeam() throws IOException {
        CheckedCsv<DepartmentRow> checked = check(HEADER + "D-NEW,새과,OFFICE,과,\n" + "D-CIVIL,민원여권과,D-NEW,팀,\n");

        assertThat(checked.problemsByRow())
                .extracting(CsvProblem::rowNumber, CsvProblem::column)
                .containsExactly(tuple(3, "kind"));
        assertThat(checked.problemsByRow().get(0).message()).contains("T-CIVIL-1");
    }

    @Test
    void acceptsEnglishHeadersAndKindsAndKeepsTheStoredHeadWhenTheColumnIsAbsent() throws IOException {
        CheckedCsv<DepartmentRow> checked = check("code,name,parent_code,kind\nD-CIVIL,민원여권과,OFFICE,DEPARTMENT\n");

        assertThat(checked.rows()).singleElement().satisfies(row -> {
            assertThat(row.headNo()).isEqualTo("900006");
            assertThat(row.changeFrom(STORED.get("D-CIVIL"))).isEqualTo(RowChange.UNCHANGED);
        });
    }

    private static CheckedCsv<DepartmentRow> check(String text) throws IOException {
        return DepartmentCsv.check(
                new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), STORED, EMPLOYEES::contains);
    }
}
