package kr.minwon.portal.staff.control;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import kr.minwon.portal.platform.csv.CsvColumn;
import kr.minwon.portal.platform.csv.CsvProblem;
import kr.minwon.portal.platform.csv.CsvReader;
import kr.minwon.portal.platform.csv.CsvReport;
import kr.minwon.portal.platform.csv.CsvRow;
import kr.minwon.portal.platform.csv.CsvSchema;
import kr.minwon.portal.platform.csv.CsvSheet;
import kr.minwon.portal.platform.csv.CsvValues;
import kr.minwon.portal.platform.text.Texts;
import kr.minwon.portal.staff.entity.UnitKind;

/**
 * The departments file (INTERFACES.md §1): code, name, parent_code, kind, head_no. Every row is read first, then
 * references are resolved against the whole file and the database together, so a team may come before its department.
 * <p>
 * Decisions: a head must already be an employee in the database (a departments file cannot create people); an unknown
 * head is an unknown reference, and the hint says to import staff first. On a first set-up that means departments
 * without heads, then staff, then the departments file again with heads. An optional column missing from the file
 * keeps the stored value; an empty cell in a present column clears it. Units absent from the file are left alone.
 */
public final class DepartmentCsv {

    public static final CsvColumn CODE = CsvColumn.required("code", "부서코드", "unit_code", "department_code");
    public static final CsvColumn NAME = CsvColumn.required("name", "부서명", "unit_name", "department_name");
    public static final CsvColumn PARENT_CODE = CsvColumn.optional("parent_code", "상위부서코드", "parent", "상위부서");
    public static final CsvColumn KIND = CsvColumn.required("kind", "구분", "unit_kind");
    public static final CsvColumn HEAD_NO = CsvColumn.optional("head_no", "부서장사번", "head", "팀장사번");
    public static final CsvSchema SCHEMA = CsvSchema.of(CODE, NAME, PARENT_CODE, KIND, HEAD_NO);

    public static final Map<String, UnitKind> KIND_ALIASES = Map.of(
            "구청",
            UnitKind.OFFICE,
            "본청",
            UnitKind.OFFICE,
            "과",
            UnitKind.DEPARTMENT,
            "부서",
            UnitKind.DEPARTMENT,
            "담당관",
            UnitKind.DEPARTMENT,
            "팀",
            UnitKind.TEAM);

    static final int CODE_LENGTH = 40;
    static final int NAME_LENGTH = 100;
    static final int EMPLOYEE_NO_LENGTH = 20;

    private static final String HIERARCHY_HINT = "csv.hint.hierarchy";
    private static final String NO_PARENT_HINT = "csv.hint.noParent";
    private static final String UNKNOWN_UNIT_HINT = "csv.hint.unknownUnit";
    private static final String UNKNOWN_HEAD_HINT = "csv.hint.unknownHead";
    private static final String SELF_PARENT_HINT = "csv.hint.selfParent";
    private static final String NO_ROWS = "csv.hint.noRows";

    private DepartmentCsv() {}

    /**
     * Reads and checks a whole departments file.
     *
     * @param known      the units in the database by code
     * @param isEmployee whether an employee number is in the database
     * @return the rows parents first (offices, then departments, then teams, each in file order) when accepted
     * @throws IOException when the stream cannot be read
     */
    public static CheckedCsv<DepartmentRow> check(
            InputStream in, Map<String, KnownUnit> known, Predicate<String> isEmployee) throws IOException {
        try (CsvSheet sheet = CsvReader.open(in, SCHEMA)) {
            CsvReport report = sheet.report();
            CsvValues values = new CsvValues(report);
            List<DepartmentRow> drafts = new ArrayList<>();
            for (CsvRow row : sheet) {
                int n = row.number();
                String code = ColumnLimits.within(report, n, CODE, values.uniqueText(row, CODE), CODE_LENGTH);
                String name = ColumnLimits.within(report, n, NAME, values.text(row, NAME), NAME_LENGTH);
                UnitKind kind = values.choice(row, KIND, UnitKind.class, KIND_ALIASES);
                KnownUnit stored = code == null ? null : known.get(code);
                String parent = sheet.hasColumn(PARENT_CODE)
                        ? row.get(PARENT_CODE)
                        : stored == null ? null : stored.parentCode();
                String head = sheet.hasColumn(HEAD_NO) ? row.get(HEAD_NO) : stored == null ? null : stored.headNo();
                head = ColumnLimits.within(report, n, HEAD_NO, head, EMPLOYEE_NO_LENGTH);
                drafts.add(new DepartmentRow(n, code, name, kind, parent, head));
            }
            checkReferences(drafts, known, isEmployee, report);
            List<String> warnings = new ArrayList<>(sheet.warnings());
            if (sheet.headerProblems().isEmpty() && drafts.isEmpty()) {
                warnings.add(Texts.t(NO_ROWS));
            }
            List<DepartmentRow> rows = report.hasErrors()
                    ? List.of()
                    : drafts.stream()
                            .sorted(Comparator.comparing(DepartmentRow::kind))
                            .toList();
            return new CheckedCsv<>(rows, warnings, report);
        }
    }

    private static void checkReferences(
            List<DepartmentRow> drafts, Map<String, KnownUnit> known, Predicate<String> isEmployee, CsvReport report) {
        // The first row with a code wins; later ones are already reported as duplicates and have no code.
        Map<String, DepartmentRow> inFile = new LinkedHashMap<>();
        for (DepartmentRow d : drafts) {
            if (d.code() != null) {
                inFile.putIfAbsent(d.code(), d);
            }
        }
        for (DepartmentRow d : drafts) {
            checkParent(d, inFile, known, report);
            if (d.headNo() != null && !isEmployee.test(d.headNo())) {
                report.add(CsvProblem.of(
                        d.row(), HEAD_NO, d.headNo(), CsvProblem.Reason.UNKNOWN_REFERENCE, Texts.t(UNKNOWN_HEAD_HINT)));
            }
        }
        // A stored unit the file does not mention keeps its parent; that parent must still be allowed above it.
        for (KnownUnit child : known.values()) {
            DepartmentRow parent = child.parentCode() == null ? null : inFile.get(child.parentCode());
            if (!inFile.containsKey(child.code())
                    && parent != null
                    && parent.kind() != null
                    && !child.kind().mayHaveParent(parent.kind())) {
                report.add(CsvProblem.of(
                        parent.row(),
                        KIND,
                        parent.kind().name(),
                        CsvProblem.Reason.OTHER,
                        Texts.t("csv.hint.hasChildren", child.code(), child.name())));
            }
        }
    }

    private static void checkParent(
            DepartmentRow d, Map<String, DepartmentRow> inFile, Map<String, KnownUnit> known, CsvReport report) {
        if (d.parentCode() == null) {
            if (d.kind() != null && !d.kind().mayHaveParent(null)) {
                report.add(
                        CsvProblem.of(d.row(), PARENT_CODE, null, CsvProblem.Reason.REQUIRED, Texts.t(NO_PARENT_HINT)));
            }
            return;
        }
        if (d.parentCode().equals(d.code())) {
            report.add(CsvProblem.of(
                    d.row(), PARENT_CODE, d.parentCode(), CsvProblem.Reason.OTHER, Texts.t(SELF_PARENT_HINT)));
            return;
        }
        UnitKind parentKind;
        if (inFile.containsKey(d.parentCode())) {
            parentKind = inFile.get(d.parentCode()).kind();
        } else if (known.containsKey(d.parentCode())) {
            parentKind = known.get(d.parentCode()).kind();
        } else {
            report.add(CsvProblem.of(
                    d.row(),
                    PARENT_CODE,
                    d.parentCode(),
                    CsvProblem.Reason.UNKNOWN_REFERENCE,
                    Texts.t(UNKNOWN_UNIT_HINT)));
            return;
        }
        // An unreadable kind on either row is reported there already; judging the pair would only repeat it.
        if (d.kind() != null && parentKind != null && !d.kind().mayHaveParent(parentKind)) {
            report.add(CsvProblem.of(
                    d.row(), PARENT_CODE, d.parentCode(), CsvProblem.Reason.OTHER, Texts.t(HIERARCHY_HINT)));
        }
    }
}
