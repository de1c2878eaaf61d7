package kr.minwon.portal.staff.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import kr.minwon.portal.platform.audit.AuditLog;
import kr.minwon.portal.platform.csv.ImportResult;
import kr.minwon.portal.staff.control.AdminRoleGuard;
import kr.minwon.portal.staff.control.CheckedCsv;
import kr.minwon.portal.staff.control.DepartmentCsv;
import kr.minwon.portal.staff.control.DepartmentRow;
import kr.minwon.portal.staff.control.KnownEmployee;
import kr.minwon.portal.staff.control.KnownUnit;
import kr.minwon.portal.staff.control.RowChange;
import kr.minwon.portal.staff.control.StaffCsv;
import kr.minwon.portal.staff.control.StaffRow;
import kr.minwon.portal.staff.entity.Employee;
import kr.minwon.portal.staff.entity.Role;
import kr.minwon.portal.staff.entity.Unit;
import kr.minwon.portal.staff.entity.UnitKind;

/**
 * The departments and staff CSV imports, for the upload screen and the API alike. Each is all-or-nothing: the whole
 * file is checked against the database first ({@link DepartmentCsv}, {@link StaffCsv}), and only a file without a
 * single problem is written, in this one transaction. Rows equal to what is stored are not touched, so the same file
 * again writes nothing and bumps no version. Each accepted import is one audit event with its counts.
 */
@Stateless
@DeclareRoles({Role.ADMIN_NAME, StaffImports.API_IMPORTS, StaffImports.API_ADMIN})
@RolesAllowed({Role.ADMIN_NAME, StaffImports.API_IMPORTS})
public class StaffImports {

    /** The role an API key with the IMPORTS scope carries (ApiScope.IMPORTS.roleName()). */
    public static final String API_IMPORTS = "API_IMPORTS";
    /** The role of an ADMIN-scoped key, the only keys that may grant or remove ADMIN. */
    public static final String API_ADMIN = "API_ADMIN";

    private static final int AUDITED_KEYS = 100;

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog audit;

    @Resource
    SessionContext context;

    /**
     * Creates and updates units from a departments file; units the file does not name stay as they are.
     *
     * @throws ImportRejected with every problem when any row is wrong; nothing is written then
     */
    public ImportResult importDepartments(InputStream in) {
        Map<String, KnownUnit> known = knownUnits();
        Set<String> employeeNumbers = new HashSet<>(em.createQuery("SELECT e.employeeNo FROM Employee e", String.class)
                .getResultList());
        CheckedCsv<DepartmentRow> checked = read(() -> DepartmentCsv.check(in, known, employeeNumbers::contains));
        if (!checked.accepted()) {
            throw new ImportRejected(checked);
        }
        Map<String, Unit> units = em.createQuery("SELECT u FROM Unit u", Unit.class)
                .getResultStream()
                .collect(Collectors.toMap(Unit::getCode, Function.identity()));
        Map<String, Employee> heads =
                employees(checked.rows().stream().map(DepartmentRow::headNo).toList());
        Tally tally = new Tally();
        // Rows come parents first (office, department, team), so a parent defined later in the file already exists.
        for (DepartmentRow row : checked.rows()) {
            RowChange change = row.changeFrom(known.get(row.code()));
            tally.count(change, row.code());
            if (change == RowChange.UNCHANGED) {
                continue;
            }
            Unit parent = row.parentCode() == null ? null : units.get(row.parentCode());
            Unit unit = units.get(row.code());
            if (change == RowChange.CREATED) {
                unit = new Unit(row.code(), row.name(), row.kind(), parent);
                em.persist(unit);
                units.put(unit.getCode(), unit);
            } else {
                unit.rename(row.name());
                unit.changeKind(row.kind(), parent);
            }
            unit.appointHead(row.headNo() == null ? null : heads.get(row.headNo()));
        }
        audit.record("UNITS_IMPORTED", "CSV", tally.describe());
        return tally.result(checked.warnings());
    }

    /**
     * Creates and updates employees from a staff file; people the file does not name stay as they are.
     *
     * @throws ImportRejected with every problem when any row is wrong; nothing is written then
     */
    public ImportResult importStaff(InputStream in) {
        Set<String> unitCodes = new HashSet<>(
                em.createQuery("SELECT u.code FROM Unit u", String.class).getResultList());
        Map<String, KnownEmployee> known = knownEmployees();
        CheckedCsv<StaffRow> checked = read(() -> StaffCsv.check(in, unitCodes, known));
        // Making or unmaking an administrator needs an ADMIN session or an ADMIN-scoped key, not the IMPORTS scope.
        boolean mayManageAdmins = context.isCallerInRole(Role.ADMIN_NAME) || context.isCallerInRole(API_ADMIN);
        AdminRoleGuard.problems(checked.rows(), known, mayManageAdmins).forEach(checked.report()::add);
        if (!checked.accepted()) {
            throw new ImportRejected(checked);
        }
        Map<String, RowChange> changes = new HashMap<>();
        List<String> updatedNumbers = new ArrayList<>();
        for (StaffRow row : checked.rows()) {
            RowChange change = row.changeFrom(known.get(row.employeeNo()));
            changes.put(row.employeeNo(), change);
            if (change == RowChange.UPDATED) {
                updatedNumbers.add(row.employeeNo());
            }
        }
        Map<String, Employee> stored = employees(updatedNumbers);
        Map<String, Unit> units = em.createQuery("SELECT u FROM Unit u", Unit.class)
                .getResultStream()
                .collect(Collectors.toMap(Unit::getCode, Function.identity()));
        Tally tally = new Tally();
        for (StaffRow row : checked.rows()) {
            RowChange change = changes.get(row.employeeNo());
            tally.count(change, row.employeeNo());
            if (change == RowChange.UNCHANGED) {
                continue;
            }
            Unit unit = units.get(row.unitCode());
            Employee employee = change == RowChange.CREATED
                    ? new Employee(row.employeeNo(), row.name(), unit)
                    : stored.get(row.employeeNo());
            employee.describe(row.name(), row.rank(), unit, row.email(), row.mobile());
            if (!employee.getRoles().equals(EnumSet.copyOf(row.roles()))) {
                employee.assignRoles(row.roles());
            }
            if (row.active()) {
                employee.activate();
            } else {
                employee.deactivate();
            }
            if (change == RowChange.CREATED) {
                em.persist(employee);
            }
        }
        audit.record("STAFF_IMPORTED", "CSV", tally.describe());
        return tally.result(checked.warnings());
    }

    private Map<String, KnownUnit> knownUnits() {
        Map<String, KnownUnit> known = new HashMap<>();
        for (Object[] u : em.createQuery(
                        "SELECT u.code, u.name, u.kind, p.code, h.employeeNo FROM Unit u"
                                + " LEFT JOIN u.parent p LEFT JOIN u.head h",
                        Object[].class)
                .getResultList()) {
            known.put(
                    (String) u[0],
                    new KnownUnit((String) u[0], (String) u[1], (UnitKind) u[2], (String) u[3], (String) u[4]));
        }
        return known;
    }

    /** Two queries for the whole staff instead of one per person (roles are an element collection). */
    private Map<String, KnownEmployee> knownEmployees() {
        Map<String, Set<Role>> roles = new HashMap<>();
        for (Object[] r : em.createQuery("SELECT e.employeeNo, r FROM Employee e JOIN e.roles r", Object[].class)
                .getResultList()) {
            roles.computeIfAbsent((String) r[0], no -> EnumSet.noneOf(Role.class))
                    .add((Role) r[1]);
        }
        Map<String, KnownEmployee> known = new HashMap<>();
        for (Object[] e : em.createQuery(
                        "SELECT e.employeeNo, e.name, e.rankTitle, u.code, e.email, e.mobile, e.active"
                                + " FROM Employee e LEFT JOIN e.unit u",
                        Object[].class)
                .getResultList()) {
            String no = (String) e[0];
            known.put(
                    no,
                    new KnownEmployee(
                            no,
                            (String) e[1],
                            (String) e[2],
                            (String) e[3],
                            (String) e[4],
                            (String) e[5],
                            roles.getOrDefault(no, Set.of()),
                            (Boolean) e[6]));
        }
        return known;
    }

    private Map<String, Employee> employees(Collection<String> numbers) {
        Set<String> wanted = numbers.stream().filter(n -> n != null).collect(Collectors.toSet());
        Map<String, Employee> found = new HashMap<>();
        // Chunks keep the IN list within what every database accepts.
        List<String> all = new ArrayList<>(wanted);
        for (int i = 0; i < all.size(); i += 500) {
            em.createQuery("SELECT e FROM Employee e WHERE e.employeeNo IN :nos", Employee.class)
                    .setParameter("nos", all.subList(i, Math.min(all.size(), i + 500)))
                    .getResultStream()
                    .forEach(e -> found.put(e.getEmployeeNo(), e));
        }
        return found;
    }

    private static <T> CheckedCsv<T> read(CsvCheck<T> check) {
        try {
            return check.run();
        } catch (IOException e) {
            throw new UncheckedIOException("The uploaded file could not be read", e);
        }
    }

    @FunctionalInterface
    private interface CsvCheck<T> {
        CheckedCsv<T> run() throws IOException;
    }

    /** Counts per change, and the keys created and updated (the first hundred) for the audit line. */
    private static final class Tally {
        private final Map<RowChange, Integer> counts = new HashMap<>();
        private final List<String> created = new ArrayList<>();
        private final List<String> updated = new ArrayList<>();

        void count(RowChange change, String key) {
            counts.merge(change, 1, Integer::sum);
            List<String> keys = change == RowChange.CREATED ? created : change == RowChange.UPDATED ? updated : null;
            if (keys != null && keys.size() < AUDITED_KEYS) {
                keys.add(key);
            }
        }

        int of(RowChange change) {
            return counts.getOrDefault(change, 0);
        }

        String describe() {
            return "created " + of(RowChange.CREATED) + ", updated " + of(RowChange.UPDATED) + ", unchanged "
                    + of(RowChange.UNCHANGED) + (created.isEmpty() ? "" : "; created " + String.join(",", created))
                    + (updated.isEmpty() ? "" : "; updated " + String.join(",", updated));
        }

        ImportResult result(List<String> warnings) {
            return new ImportResult(of(RowChange.CREATED), of(RowChange.UPDATED), of(RowChange.UNCHANGED), warnings);
        }
    }
}
