package kr.minwon.portal.staff.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kr.minwon.portal.platform.csv.CsvProblem;
import kr.minwon.portal.platform.text.Texts;
import kr.minwon.portal.staff.entity.Role;

/**
 * Who may make or unmake an administrator through a staff file: only an ADMIN session or a key with the ADMIN scope.
 * For any other caller (a key with the IMPORTS scope), a row that grants ADMIN, removes it, or deactivates an active
 * administrator is a problem, and like any problem it refuses the whole file.
 */
public final class AdminRoleGuard {

    static final String GRANT = "staff.msg.onlyAdminGrants";
    static final String DEACTIVATE = "staff.msg.onlyAdminDeactivates";

    private AdminRoleGuard() {}

    public static List<CsvProblem> problems(
            List<StaffRow> rows, Map<String, KnownEmployee> known, boolean mayManageAdmins) {
        List<CsvProblem> problems = new ArrayList<>();
        if (mayManageAdmins) {
            return problems;
        }
        for (StaffRow row : rows) {
            KnownEmployee before = known.get(row.employeeNo());
            boolean wasAdmin = before != null && before.roles().contains(Role.ADMIN);
            boolean isAdmin = row.roles().contains(Role.ADMIN);
            if (wasAdmin != isAdmin) {
                problems.add(CsvProblem.of(
                        row.row(),
                        StaffCsv.ROLES,
                        String.valueOf(row.roles()),
                        CsvProblem.Reason.UNKNOWN_VALUE,
                        Texts.t(GRANT)));
            } else if (wasAdmin && before.active() && !row.active()) {
                problems.add(CsvProblem.of(
                        row.row(), StaffCsv.ACTIVE, "false", CsvProblem.Reason.UNKNOWN_VALUE, Texts.t(DEACTIVATE)));
            }
        }
        return problems;
    }
}
