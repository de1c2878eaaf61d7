package kr.minwon.portal.mileage.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kr.minwon.portal.mileage.control.MonthlyPoints;
import kr.minwon.portal.mileage.entity.EntryKind;
import kr.minwon.portal.platform.OneConnection;
import kr.minwon.portal.security.boundary.Accounts;
import kr.minwon.portal.staff.entity.Employee;
import kr.minwon.portal.staff.entity.Role;

/**
 * One person's mileage history: points by month and the ledger lines, for the person himself, the managers of his
 * units and the privileged readers ({@link MileageStandings} decides who may read whom).
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
@RolesAllowed({
    Role.EMPLOYEE_NAME,
    Role.MANAGER_NAME,
    Role.REVIEWER_NAME,
    Role.AUDITOR_NAME,
    Role.ADMIN_NAME,
    MileageStandings.API_READ
})
public class MileageHistory {

    @PersistenceContext
    EntityManager em;

    @Inject
    MileageLedger ledger;

    @Inject
    MileageStandings standings;

    @Inject
    Accounts accounts;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    /**
     * Everything /mileage/mine.xhtml shows when it opens, in one call and one transaction: the periods to choose from,
     * the period shown (the one asked for if it is on record, else the current one), the person's figures and ranks,
     * points by month and the first {@code size} ledger lines with their count. The page used to make six calls, each
     * its own transaction, connection check-out and look-up of the person and the caller (issue 16).
     */
    public MileagePage page(String employeeNo, String periodKey, int size) {
        OneConnection.forReads(em);
        List<String> periods = standings.periodKeys();
        String key = periodKey != null && periods.contains(periodKey) ? periodKey : standings.currentPeriod();
        MyMileage mine = standings.mine(employeeNo, key);
        // mine() has checked the caller may read this person: the rest reads him by number without asking again.
        Employee person = em.createQuery("SELECT e FROM Employee e WHERE e.employeeNo = :n", Employee.class)
                .setParameter("n", mine.employeeNo())
                .getSingleResult();
        return new MileagePage(
                periods,
                mine,
                monthly(person, key),
                countEntries(person, key),
                size <= 0 ? List.of() : entries(person, key, 0, size));
    }

    /** Points by month of the twelve months ending with the period (or this month, if the period is still running). */
    public List<MonthlyPoints.Month> monthly(String employeeNo, String periodKey) {
        return monthly(MileageStandings.readable(em, accounts, session, employeeNo), periodKey);
    }

    private List<MonthlyPoints.Month> monthly(Employee person, String periodKey) {
        LocalDate end = ledger.periodKind().endOf(standings.checkedKey(periodKey));
        YearMonth to = YearMonth.from(end.isAfter(LocalDate.now(clock)) ? LocalDate.now(clock) : end);
        YearMonth from = to.minusMonths(11);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT EXTRACT(YEAR FROM earned_on), EXTRACT(MONTH FROM earned_on),"
                        + " SUM(points) FROM mileage_entry WHERE employee_id = ? AND earned_on BETWEEN ? AND ?"
                        + " GROUP BY EXTRACT(YEAR FROM earned_on), EXTRACT(MONTH FROM earned_on)")
                .setParameter(1, person.getId())
                .setParameter(2, from.atDay(1))
                .setParameter(3, to.atEndOfMonth())
                .getResultList();
        Map<YearMonth, BigDecimal> sums = new HashMap<>();
        for (Object[] r : rows) {
            sums.put(
                    YearMonth.of(((Number) r[0]).intValue(), ((Number) r[1]).intValue()),
                    MileageStandings.decimal(r[2]));
        }
        return MonthlyPoints.fill(from, to, sums);
    }

    /** The ledger lines of a person in a period, newest first (all periods when {@code periodKey} is null). */
    public List<EntryLine> entries(String employeeNo, String periodKey, int first, int size) {
        return entries(MileageStandings.readable(em, accounts, session, employeeNo), periodKey, first, size);
    }

    private List<EntryLine> entries(Employee person, String periodKey, int first, int size) {
        return lines(
                em.createQuery(
                                "SELECT m.id, m.kind, m.points, p.receiptNo, m.explanation, m.earnedOn, m.periodKey,"
                                        + " m.createdAt, m.createdBy FROM MileageEntry m LEFT JOIN m.petition p WHERE m.employee = :e"
                                        + (periodKey == null ? "" : " AND m.periodKey = :k")
                                        + " ORDER BY m.createdAt DESC, m.earnedOn DESC, m.id DESC",
                                Object[].class)
                        .setParameter("e", person),
                periodKey,
                first,
                size,
                person);
    }

    public long countEntries(String employeeNo, String periodKey) {
        return countEntries(MileageStandings.readable(em, accounts, session, employeeNo), periodKey);
    }

    private long countEntries(Employee person, String periodKey) {
        var q = em.createQuery(
                        "SELECT COUNT(m) FROM MileageEntry m WHERE m.employee = :e"
                                + (periodKey == null ? "" : " AND m.periodKey = :k"),
                        Long.class)
                .setParameter("e", person);
        if (periodKey != null) {
            q.setParameter("k", standings.checkedKey(periodKey));
        }
        return q.getSingleResult();
    }

    private List<EntryLine> lines(
            jakarta.persistence.TypedQuery<Object[]> q, String periodKey, int first, int size, Employee person) {
        if (periodKey != null) {
            q.setParameter("k", standings.checkedKey(periodKey));
        }
        List<EntryLine> out = new ArrayList<>();
        for (Object[] r : q.setFirstResult(first).setMaxResults(size).getResultList()) {
            out.add(new EntryLine(
                    (Long) r[0],
                    (EntryKind) r[1],
                    (BigDecimal) r[2],
                    (String) r[3],
                    (String) r[4],
                    (LocalDate) r[5],
                    (String) r[6],
                    (LocalDateTime) r[7],
                    (String) r[8],
                    person.getEmployeeNo(),
                    person.getName()));
        }
        return out;
    }
}
