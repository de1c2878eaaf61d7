package kr.minwon.portal.mileage.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import kr.minwon.portal.mileage.control.PeriodKind;
import kr.minwon.portal.mileage.control.PeriodRanks;
import kr.minwon.portal.mileage.control.UnitScore;
import kr.minwon.portal.mileage.entity.MileagePeriod;
import kr.minwon.portal.platform.OneConnection;
import kr.minwon.portal.platform.audit.AuditLog;
import kr.minwon.portal.platform.text.Texts;
import kr.minwon.portal.security.boundary.Accounts;
import kr.minwon.portal.staff.boundary.Units;
import kr.minwon.portal.staff.entity.Employee;
import kr.minwon.portal.staff.entity.Role;
import kr.minwon.portal.staff.entity.Unit;
import kr.minwon.portal.staff.entity.UnitKind;

/**
 * The read side of mileage: a person's points and ranks, monthly points, ledger lines, and the rankings of people and
 * units. Everything is a database aggregate over one period's rows; nothing loads the ledger. Open periods are summed
 * live from the ledger, closed ones read the standings frozen when they closed.
 *
 * <p>Who sees what: everyone his own figures; a manager the people of the units he leads; auditors, admins and API
 * keys with the READ scope everything. Rankings name only the first {@link #PUBLIC_TOP} to everyone else.
 */
@Stateless
@DeclareRoles({
    Role.EMPLOYEE_NAME,
    Role.MANAGER_NAME,
    Role.REVIEWER_NAME,
    Role.AUDITOR_NAME,
    Role.ADMIN_NAME,
    MileageStandings.API_READ
})
public class MileageStandings {

    public static final String API_READ = "API_READ";

    /** How many places of a ranking people outside the unit's leadership see with names. */
    public static final int PUBLIC_TOP = 10;

    public enum Level {
        PERSON,
        TEAM,
        DEPARTMENT
    }

    /** One row per person with points in an open period: totals summed from the ledger, units as they are now. */
    private static final String LIVE = "SELECT t.employee_id, t.total, t.scored, e.unit_id,"
            + " CASE WHEN u.kind = 'TEAM' THEN u.parent_id WHEN u.kind = 'DEPARTMENT' THEN u.id END AS dept_id,"
            + " CAST(NULL AS VARCHAR(12)) AS tier"
            + " FROM (SELECT employee_id, SUM(points) AS total, " + Scored.SQL + " AS scored"
            + " FROM mileage_entry WHERE period_key = ? GROUP BY employee_id) t"
            + " JOIN employee e ON e.id = t.employee_id LEFT JOIN unit u ON u.id = e.unit_id";

    /**
     * Petitions scored in the period, net: a score counts one, the reversal of a score minus one, so a petition re-scored
     * within the period counts once and one reversed after its period closed takes itself back where the points go.
     * A plain sum, because COUNT(DISTINCT) makes the database sort the period's lines.
     */
    private static final class Scored {
        static final String SQL = "SUM(CASE WHEN score_seq IS NOT NULL THEN 1"
                + " WHEN kind = 'REVERSAL' AND petition_id IS NOT NULL THEN -1 ELSE 0 END)";
    }

    /** The same shape from a closed period's frozen standings, units as they were at closing. */
    private static final String FROZEN = "SELECT s.employee_id, s.points AS total, s.petitions AS scored, s.unit_id,"
            + " s.department_id AS dept_id, s.tier FROM mileage_standing s JOIN mileage_period p ON p.id = s.period_id"
            + " WHERE p.period_key = ?";

    private static final String RATIO = "CASE WHEN x.scored > 0 THEN x.total / x.scored ELSE 0 END";

    @PersistenceContext
    EntityManager em;

    @Inject
    Units units;

    @Inject
    MileageLedger ledger;

    @Inject
    Accounts accounts;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    PeriodTotals totals;

    @Resource
    SessionContext session;

    // ------------------------------------------------------------------------------------------------- periods

    @PermitAll
    public String currentPeriod() {
        return ledger.periodKind().keyOf(LocalDate.now(clock));
    }

    /** The current period and the seven before it, plus any period on record, newest first. */
    @PermitAll
    public List<String> periodKeys() {
        PeriodKind kind = ledger.periodKind();
        Set<String> keys = new LinkedHashSet<>();
        LocalDate day = LocalDate.now(clock);
        for (int i = 0; i < 8; i++) {
            String key = kind.keyOf(day);
            keys.add(key);
            day = kind.startOf(key).minusDays(1);
        }
        keys.addAll(em.createQuery("SELECT p.key FROM MileagePeriod p", String.class)
                .getResultList());
        return keys.stream().sorted(java.util.Comparator.reverseOrder()).toList();
    }

    @PermitAll
    public boolean isClosed(String periodKey) {
        return ledger.period(periodKey).map(MileagePeriod::isClosed).orElse(false);
    }

    /** Refuses a key that is not written the way the office cuts its periods ("2026-Q3"). */
    @PermitAll
    public String checkedKey(String periodKey) {
        if (!ledger.periodKind().isKey(periodKey)) {
            throw new MileageRefused("period", Texts.t("mileage.msg.badPeriodExample", currentPeriod(), periodKey));
        }
        return periodKey;
    }

    // ------------------------------------------------------------------------------------------------- one person

    @RolesAllowed({
        Role.EMPLOYEE_NAME,
        Role.MANAGER_NAME,
        Role.REVIEWER_NAME,
        Role.AUDITOR_NAME,
        Role.ADMIN_NAME,
        API_READ
    })
    public MyMileage mine(String employeeNo, String periodKey) {
        OneConnection.forReads(em);
        Employee person = readable(employeeNo);
        String key = checkedKey(periodKey);
        boolean closed = isClosed(key);
        String source = closed ? FROZEN : LIVE;
        // One person's own line: straight from the (period, employee) index when live, not through the whole period.
        List<?> mineRows = closed
                ? em.createNativeQuery("SELECT x.total, x.scored, x.tier, x.unit_id, x.dept_id FROM (" + FROZEN
                                + ") x WHERE x.employee_id = ?")
                        .setParameter(1, key)
                        .setParameter(2, person.getId())
                        .getResultList()
                : em
                        .createNativeQuery("SELECT SUM(points), " + Scored.SQL + ", CAST(NULL AS VARCHAR(12)), COUNT(*)"
                                + " FROM mileage_entry WHERE period_key = ? AND employee_id = ?")
                        .setParameter(1, key)
                        .setParameter(2, person.getId())
                        .getResultList()
                        .stream()
                        .filter(r -> ((Number) ((Object[]) r)[3]).longValue() > 0)
                        .toList();
        Unit unit = person.getUnit();
        Unit dept = unit == null ? null : unit.department();
        long unitId = unit == null ? -1 : unit.getId();
        long deptId = dept == null ? -1 : dept.getId();
        BigDecimal points = BigDecimal.ZERO;
        int scored = 0;
        String tier = null;
        if (!mineRows.isEmpty()) {
            Object[] r = (Object[]) mineRows.get(0);
            points = decimal(r[0]);
            scored = ((Number) r[1]).intValue();
            tier = (String) r[2];
            if (closed) {
                // A closed period ranks people in the units they were in when it closed.
                unitId = r[3] == null ? -1 : ((Number) r[3]).longValue();
                deptId = r[4] == null ? -1 : ((Number) r[4]).longValue();
            }
        }
        List<PeriodRanks.Line> lines =
                totals.lines(key, closed, "SELECT x.total, x.unit_id, x.dept_id FROM (" + source + ") x");
        PeriodRanks ranks = PeriodRanks.of(points, unitId, deptId, !mineRows.isEmpty(), lines);
        BigDecimal allTime =
                decimal(em.createNativeQuery("SELECT COALESCE(SUM(points), 0) FROM mileage_entry WHERE employee_id = ?")
                        .setParameter(1, person.getId())
                        .getSingleResult());
        return new MyMileage(
                person.getEmployeeNo(),
                person.getName(),
                unit == null ? null : unit.getName(),
                dept == null ? null : dept.getName(),
                key,
                closed,
                points,
                allTime,
                scored,
                ranks.team(),
                ranks.teamSize(),
                ranks.department(),
                ranks.departmentSize(),
                ranks.office(),
                ranks.officeSize(),
                tier);
    }

    // ------------------------------------------------------------------------------------------------- rankings

    /**
     * People ranked in a period, best first, optionally within a team or department ({@code unitCode}); by points or
     * by points per scored petition. Callers who may not see the whole scope get its first {@link #PUBLIC_TOP} places.
     */
    @RolesAllowed({
        Role.EMPLOYEE_NAME,
        Role.MANAGER_NAME,
        Role.REVIEWER_NAME,
        Role.AUDITOR_NAME,
        Role.ADMIN_NAME,
        API_READ
    })
    public List<PersonStanding> people(String periodKey, String unitCode, boolean perPetition, int first, int size) {
        Unit scope = scope(unitCode);
        return people(checkedKey(periodKey), scope, seesAll(scope), perPetition, first, size);
    }

    /**
     * What the ranking page shows of people when it opens, in one call and one transaction: how many there are, the
     * first {@code size} places, and whether the caller sees every name. The page asked three times before, each
     * looking up the scope and the caller again (issue 16).
     */
    @RolesAllowed({
        Role.EMPLOYEE_NAME,
        Role.MANAGER_NAME,
        Role.REVIEWER_NAME,
        Role.AUDITOR_NAME,
        Role.ADMIN_NAME,
        API_READ
    })
    public PeopleOpened peopleOpened(String periodKey, String unitCode, boolean perPetition, int size) {
        OneConnection.forReads(em);
        String key = checkedKey(periodKey);
        Unit scope = scope(unitCode);
        boolean all = seesAll(scope);
        return new PeopleOpened(countPeople(key, scope, all), people(key, scope, all, perPetition, 0, size), all);
    }

    /** See {@link #peopleOpened}. */
    public record PeopleOpened(long count, List<PersonStanding> first, boolean seesAll) implements Serializable {

        public PeopleOpened {
            first = List.copyOf(first);
        }
    }

    private List<PersonStanding> people(
            String key, Unit scope, boolean seesAll, boolean perPetition, int first, int size) {
        if (!seesAll) {
            if (first >= PUBLIC_TOP) {
                return List.of();
            }
            size = Math.min(size, PUBLIC_TOP - first);
        }
        String order = perPetition ? RATIO : "x.total";
        Query q =
                em.createNativeQuery("SELECT e.employee_no, e.name, u.name AS unit_name, d.name AS dept_name, x.total,"
                        + " x.scored, RANK() OVER (ORDER BY " + order + " DESC) AS rk, x.tier"
                        + " FROM (" + source(key) + ") x JOIN employee e ON e.id = x.employee_id"
                        + " LEFT JOIN unit u ON u.id = x.unit_id LEFT JOIN unit d ON d.id = x.dept_id"
                        + scopeFilter(scope) + " ORDER BY " + order + " DESC, e.employee_no LIMIT ? OFFSET ?");
        int i = 1;
        q.setParameter(i++, key);
        if (scopeFilter(scope).length() > 0) {
            q.setParameter(i++, scope.getId());
        }
        q.setParameter(i++, size).setParameter(i, first);
        List<PersonStanding> out = new ArrayList<>();
        for (Object r0 : q.getResultList()) {
            Object[] r = (Object[]) r0;
            BigDecimal total = decimal(r[4]);
            int scored = ((Number) r[5]).intValue();
            out.add(new PersonStanding(
                    ((Number) r[6]).intValue(),
                    (String) r[0],
                    (String) r[1],
                    (String) r[2],
                    (String) r[3],
                    total,
                    scored,
                    UnitScore.perPetition(total, scored),
                    (String) r[7]));
        }
        return out;
    }

    /**
     * The office's first places of a period, as every signed-in person sees them on the ranking page (at most
     * {@link #PUBLIC_TOP}): for the monthly status report and its scheduled run, which has no caller.
     */
    @PermitAll
    public List<PersonStanding> leaders(String periodKey, int size) {
        return people(periodKey, null, false, 0, Math.min(size, PUBLIC_TOP));
    }

    /** The period a day falls in, as the office cuts its periods ("2026-Q2"). */
    @PermitAll
    public String periodOf(LocalDate day) {
        return ledger.periodKind().keyOf(day);
    }

    @RolesAllowed({
        Role.EMPLOYEE_NAME,
        Role.MANAGER_NAME,
        Role.REVIEWER_NAME,
        Role.AUDITOR_NAME,
        Role.ADMIN_NAME,
        API_READ
    })
    public long countPeople(String periodKey, String unitCode) {
        Unit scope = scope(unitCode);
        return countPeople(checkedKey(periodKey), scope, seesAll(scope));
    }

    private long countPeople(String key, Unit scope, boolean seesAll) {
        boolean live = !isClosed(key);
        // The whole office of an open period is one index range of (period, employee): no need to sum anything.
        Query q = live && scopeFilter(scope).isEmpty()
                ? em.createNativeQuery("SELECT COUNT(DISTINCT employee_id) FROM mileage_entry WHERE period_key = ?")
                : em.createNativeQuery("SELECT COUNT(*) FROM (" + (live ? LIVE : FROZEN) + ") x" + scopeFilter(scope));
        q.setParameter(1, key);
        if (scopeFilter(scope).length() > 0) {
            q.setParameter(2, scope.getId());
        }
        long count = ((Number) q.getSingleResult()).longValue();
        return seesAll ? count : Math.min(count, PUBLIC_TOP);
    }

    /** Whether the caller sees every name of the ranking in this scope (null = the whole office). */
    @PermitAll
    public boolean seesAllOf(String unitCode) {
        return seesAll(scope(unitCode));
    }

    /** The units the calling manager leads: his own, and the teams of a department he heads. */
    @PermitAll
    public List<Unit> myUnits() {
        Optional<Employee> me = accounts.callingEmployee();
        if (me.isEmpty() || !session.isCallerInRole(Role.MANAGER_NAME)) {
            return List.of();
        }
        return em.createQuery(
                        "SELECT u FROM Unit u WHERE u.active = true AND (u.head = :me OR u.parent.head = :me)"
                                + " ORDER BY u.kind, u.name",
                        Unit.class)
                .setParameter("me", me.get())
                .getResultList();
    }

    // ------------------------------------------------------------------------------------------------- access

    private Employee readable(String employeeNo) {
        return readable(em, accounts, session, employeeNo);
    }

    /** The person behind a number if the caller may read his mileage; shared with {@link MileageHistory}. */
    static Employee readable(EntityManager em, Accounts accounts, SessionContext session, String employeeNo) {
        Optional<Employee> found = em.createQuery(
                        "SELECT e FROM Employee e LEFT JOIN FETCH e.unit WHERE e.employeeNo = :n", Employee.class)
                .setParameter("n", employeeNo)
                .getResultStream()
                .findFirst();
        if (privileged(session)) {
            return found.orElseThrow(() -> new MileageNotFound(Texts.t("general.msg.noSuchEmployee", employeeNo)));
        }
        Optional<Employee> me = accounts.callingEmployee();
        if (found.isPresent()
                && me.isPresent()
                && (Objects.equals(me.get().getId(), found.get().getId())
                        || MileageLedger.leads(me.get(), found.get()))) {
            return found.get();
        }
        // The same answer whether the number exists or not: nobody learns who works here by asking.
        throw new MileageAccessDenied(Texts.t("mileage.msg.MileageStandings.1"));
    }

    private boolean privileged() {
        return privileged(session);
    }

    static boolean privileged(SessionContext session) {
        return session.isCallerInRole(Role.AUDITOR_NAME)
                || session.isCallerInRole(Role.ADMIN_NAME)
                || session.isCallerInRole(API_READ);
    }

    private boolean seesAll(Unit scope) {
        if (privileged()) {
            return true;
        }
        if (scope == null || scope.getKind() == UnitKind.OFFICE || !session.isCallerInRole(Role.MANAGER_NAME)) {
            return false;
        }
        Optional<Employee> me = accounts.callingEmployee();
        return me.isPresent() && (heads(scope, me.get()) || heads(scope.department(), me.get()));
    }

    private static boolean heads(Unit unit, Employee e) {
        return unit != null
                && unit.getHead() != null
                && Objects.equals(unit.getHead().getId(), e.getId());
    }

    private Unit scope(String unitCode) {
        return unitCode == null || unitCode.isBlank()
                ? null
                : units.byCode(unitCode)
                        .orElseThrow(() -> new MileageRefused("unit", Texts.t("general.msg.noSuchUnit", unitCode)));
    }

    private static String scopeFilter(Unit scope) {
        if (scope == null || scope.getKind() == UnitKind.OFFICE) {
            return "";
        }
        return scope.getKind() == UnitKind.TEAM ? " WHERE x.unit_id = ?" : " WHERE x.dept_id = ?";
    }

    private String source(String key) {
        return source(isClosed(key));
    }

    /** The rows of a period, one per person: frozen standings when closed, ledger sums when open. */
    static String source(boolean closed) {
        return closed ? FROZEN : LIVE;
    }

    static BigDecimal decimal(Object o) {
        if (o == null) {
            return BigDecimal.ZERO.setScale(1);
        }
        BigDecimal d = o instanceof BigDecimal b ? b : new BigDecimal(o.toString());
        return d.setScale(1, RoundingMode.HALF_UP);
    }
}
