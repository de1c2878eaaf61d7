package kr.minwon.portal.staff.control;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import kr.minwon.portal.platform.csv.CsvColumn;
import kr.minwon.portal.platform.csv.CsvProblem;
import kr.minwon.portal.platform.csv.CsvReader;
import kr.minwon.portal.platform.csv.CsvReport;
import kr.minwon.portal.platform.csv.CsvRow;
import kr.minwon.portal.platform.csv.CsvSchema;
import kr.minwon.portal.platform.csv.CsvSheet;
import kr.minwon.portal.platform.csv.CsvValues;
import kr.minwon.portal.platform.text.Texts;
import kr.minwon.portal.staff.entity.Role;

/**
 * The staff file (INTERFACES.md §1): employee_no, name, rank, unit_code, email, mobile, roles, active. Every row is
 * checked before anything is written. A unit must already exist (import departments first). An optional column
 * missing from the file keeps the stored value (active defaults to Y for new people); an empty cell clears it.
 */
public final class StaffCsv {

    public static final CsvColumn EMPLOYEE_NO = CsvColumn.required("employee_no", "사번", "employee_number", "직원번호");
    public static final CsvColumn NAME = CsvColumn.required("name", "성명", "이름");
    public static final CsvColumn RANK = CsvColumn.optional("rank", "직급", "rank_title", "직위");
    public static final CsvColumn UNIT_CODE = CsvColumn.required("unit_code", "부서코드", "department_code", "team_code");
    public static final CsvColumn EMAIL = CsvColumn.optional("email", "이메일", "e-mail", "전자우편", "메일");
    public static final CsvColumn MOBILE = CsvColumn.optional("mobile", "휴대전화", "휴대폰", "mobile_phone", "핸드폰");
    public static final CsvColumn ROLES = CsvColumn.required("roles", "역할", "role", "권한");
    public static final CsvColumn ACTIVE = CsvColumn.optional("active", "재직", "재직여부");
    public static final CsvSchema SCHEMA =
            CsvSchema.of(EMPLOYEE_NO, NAME, RANK, UNIT_CODE, EMAIL, MOBILE, ROLES, ACTIVE);

    /** Korean names for roles as offices write them (DOMAIN.md §1); the English constants are accepted as well. */
    public static final Map<String, Role> ROLE_ALIASES = Map.ofEntries(
            Map.entry("직원", Role.EMPLOYEE),
            Map.entry("담당자", Role.EMPLOYEE),
            Map.entry("팀장", Role.MANAGER),
            Map.entry("과장", Role.MANAGER),
            Map.entry("부서장", Role.MANAGER),
            Map.entry("심사위원", Role.REVIEWER),
            Map.entry("민원심사관", Role.AUDITOR),
            Map.entry("감사", Role.AUDITOR),
            Map.entry("관리자", Role.ADMIN),
            Map.entry("시스템관리자", Role.ADMIN));

    static final int NAME_LENGTH = 60;
    static final int RANK_LENGTH = 40;
    static final int EMAIL_LENGTH = 200;
    static final int MOBILE_LENGTH = 30;

    // Deliberately plain: the portal only needs an address the office's relay will take, not RFC 5322 in full.
    private static final Pattern EMAIL_FORMAT =
            Pattern.compile("[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");
    private static final Pattern MOBILE_FORMAT = Pattern.compile("\\+?[0-9 ()-]+");
    private static final String EMAIL_HINT = "csv.hint.email";
    private static final String MOBILE_HINT = "csv.hint.mobile";
    private static final String NO_ROLE_HINT = "csv.hint.noRole";
    private static final String UNKNOWN_UNIT_HINT = "csv.hint.unknownUnitStaff";
    private static final Map<String, Boolean> SERVICE_WORDS = Map.of("재직", true, "퇴직", false);
    private static final String NO_ROWS = "csv.hint.noRows";

    private StaffCsv() {}

    /**
     * Reads and checks a whole staff file.
     *
     * @param unitCodes the unit codes in the database
     * @param known     the employees in the database by number (for the columns a file leaves out)
     * @throws IOException when the stream cannot be read
     */
    public static CheckedCsv<StaffRow> check(InputStream in, Set<String> unitCodes, Map<String, KnownEmployee> known)
            throws IOException {
        try (CsvSheet sheet = CsvReader.open(in, SCHEMA)) {
            CsvReport report = sheet.report();
            CsvValues values = new CsvValues(report);
            List<StaffRow> rows = new ArrayList<>();
            for (CsvRow row : sheet) {
                int n = row.number();
                int before = report.totalProblems();
                String number = ColumnLimits.within(
                        report, n, EMPLOYEE_NO, values.uniqueText(row, EMPLOYEE_NO), DepartmentCsv.EMPLOYEE_NO_LENGTH);
                KnownEmployee stored = number == null ? null : known.get(number);
                String name = ColumnLimits.within(report, n, NAME, values.text(row, NAME), NAME_LENGTH);
                String rank = sheet.hasColumn(RANK)
                        ? ColumnLimits.within(report, n, RANK, row.get(RANK), RANK_LENGTH)
                        : stored == null ? null : stored.rank();
                String unit = values.text(row, UNIT_CODE);
                if (unit != null && !unitCodes.contains(unit)) {
                    report.add(CsvProblem.of(
                            n, UNIT_CODE, unit, CsvProblem.Reason.UNKNOWN_REFERENCE, Texts.t(UNKNOWN_UNIT_HINT)));
                }
                String email = sheet.hasColumn(EMAIL) ? email(report, row) : stored == null ? null : stored.email();
                String mobile = sheet.hasColumn(MOBILE) ? mobile(report, row) : stored == null ? null : stored.mobile();
                List<Role> roles = values.choices(row, ROLES, Role.class, ROLE_ALIASES);
                if (roles != null && roles.isEmpty()) {
                    report.add(
                            CsvProblem.of(n, ROLES, row.get(ROLES), CsvProblem.Reason.REQUIRED, Texts.t(NO_ROLE_HINT)));
                }
                Boolean active = sheet.hasColumn(ACTIVE) ? active(values, row) : stored == null || stored.active();
                if (report.totalProblems() == before && !row.hasProblems()) {
                    rows.add(new StaffRow(
                            n, number, name, rank, unit, email, mobile, Set.copyOf(roles), active == null || active));
                }
            }
            List<String> warnings = new ArrayList<>(sheet.warnings());
            if (sheet.headerProblems().isEmpty() && sheet.rowsRead() == 0) {
                warnings.add(Texts.t(NO_ROWS));
            }
            return new CheckedCsv<>(report.hasErrors() ? List.of() : rows, warnings, report);
        }
    }

    private static String email(CsvReport report, CsvRow row) {
        String value = ColumnLimits.within(report, row.number(), EMAIL, row.get(EMAIL), EMAIL_LENGTH);
        if (value != null && !EMAIL_FORMAT.matcher(value).matches()) {
            report.add(CsvProblem.of(row.number(), EMAIL, value, CsvProblem.Reason.BAD_FORMAT, Texts.t(EMAIL_HINT)));
            return null;
        }
        return value;
    }

    private static String mobile(CsvReport report, CsvRow row) {
        String value = ColumnLimits.within(report, row.number(), MOBILE, row.get(MOBILE), MOBILE_LENGTH);
        if (value == null) {
            return null;
        }
        long digits = value.chars().filter(Character::isDigit).count();
        if (!MOBILE_FORMAT.matcher(value).matches() || digits < 9 || digits > 15) {
            report.add(CsvProblem.of(row.number(), MOBILE, value, CsvProblem.Reason.BAD_FORMAT, Texts.t(MOBILE_HINT)));
            return null;
        }
        return value;
    }

    /** Y/N as everywhere, plus 재직/퇴직, the words a personnel export uses in this very column. */
    private static Boolean active(CsvValues values, CsvRow row) {
        String value = row.get(ACTIVE);
        if (value != null && SERVICE_WORDS.containsKey(value)) {
            return SERVICE_WORDS.get(value);
        }
        Boolean parsed = values.yesNo(row, ACTIVE);
        return parsed == null ? Boolean.TRUE : parsed;
    }
}
