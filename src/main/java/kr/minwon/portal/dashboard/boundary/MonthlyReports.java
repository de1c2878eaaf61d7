package kr.minwon.portal.dashboard.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kr.minwon.portal.calendar.boundary.OfficeCalendar;
import kr.minwon.portal.calendar.control.WorkingCalendar;
import kr.minwon.portal.dashboard.control.KpiTotals;
import kr.minwon.portal.dashboard.control.MonthlyFigures;
import kr.minwon.portal.dashboard.entity.MonthlyReport;
import kr.minwon.portal.mileage.boundary.MileageStandings;
import kr.minwon.portal.mileage.boundary.PersonStanding;
import kr.minwon.portal.notice.boundary.Inbox;
import kr.minwon.portal.platform.audit.AuditLog;
import kr.minwon.portal.platform.rest.InputRejected;
import kr.minwon.portal.platform.rest.Problem;
import kr.minwon.portal.platform.text.Text;
import kr.minwon.portal.platform.text.Texts;
import kr.minwon.portal.security.boundary.Accounts;
import kr.minwon.portal.staff.entity.Employee;
import kr.minwon.portal.staff.entity.Role;
import kr.minwon.portal.staff.entity.UnitKind;

/**
 * The monthly status reports (시행령 제22조): made once per month by the scheduled run, read and downloaded by the
 * head of office, auditors and admins, remade on demand by auditors and admins (who is recorded on the row and in the
 * audit log). The KPIs come from {@link Kpis#office}, the mileage leaders from {@link MileageStandings#leaders}: the
 * report shows what the dashboard and the ranking show for the same month.
 *
 * <p>Who receives it: the head of the office unit, if one is appointed, and every active auditor (민원심사관, who owns
 * the KPI reports in DOMAIN.md §1); when the office has neither, the admins, so the report never goes unseen.
 */
@Stateless
@DeclareRoles({Role.MANAGER_NAME, Role.AUDITOR_NAME, Role.ADMIN_NAME, MonthlyReports.API_READ, MonthlyReports.API_ADMIN
})
public class MonthlyReports {

    static final String API_READ = "API_READ";
    static final String API_ADMIN = "API_ADMIN";

    /** Petitions counted overdue at a month's end: open then, past their deadline. Two index-friendly halves. */
    private static final String STILL_OPEN =
            "p.status IN ('OPEN', 'SUSPENDED') AND p.deadline < ?1 AND p.received_at < ?1";

    private static final String CLOSED_LATER = "p.status = 'COMPLETED' AND p.approved_at >= ?1 AND p.deadline < ?1"
            + " AND p.received_at < ?1 AND (p.outcome IS NULL OR p.outcome NOT IN ('WITHDRAWN', 'TRANSFERRED'))";

    /** One month on the reports page: its stored report's facts, or only the month when none was made yet. */
    public record Summary(
            YearMonth month,
            boolean made,
            LocalDateTime generatedAt,
            String generatedBy,
            boolean automatic,
            int regenerations,
            KpiTotals office,
            long overdueCount)
            implements Serializable {}

    /** A stored report: its row's facts and its figures. */
    public record Stored(
            YearMonth month,
            LocalDateTime generatedAt,
            String generatedBy,
            boolean automatic,
            int regenerations,
            MonthlyFigures figures)
            implements Serializable {}

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Kpis kpis;

    @Inject
    MileageStandings standings;

    @Inject
    Inbox inbox;

    @Inject
    OfficeCalendar calendar;

    @Inject
    Accounts accounts;

    @Inject
    AuditLog audit;

    @Resource
    SessionContext session;

    // ---------------------------------------------------------------- reading

    /** The {@code count} months before the current one, newest first, each with its report if one was made. */
    @RolesAllowed({Role.MANAGER_NAME, Role.AUDITOR_NAME, Role.ADMIN_NAME, API_READ})
    public List<Summary> recent(int count) {
        checkReader();
        YearMonth last = YearMonth.now(clock).minusMonths(1);
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < Math.min(Math.max(count, 1), 120); i++) {
            keys.add(last.minusMonths(i).toString());
        }
        Map<String, MonthlyReport> made = new HashMap<>();
        for (MonthlyReport r : em.createQuery(
                        "SELECT r FROM MonthlyReport r WHERE r.month IN :keys", MonthlyReport.class)
                .setParameter("keys", keys)
                .getResultList()) {
            made.put(r.getMonth().toString(), r);
        }
        List<Summary> out = new ArrayList<>();
        for (String key : keys) {
            MonthlyReport r = made.get(key);
            if (r == null) {
                out.add(new Summary(YearMonth.parse(key), false, null, null, false, 0, null, 0));
            } else {
                MonthlyFigures f = MonthlyFigures.fromJson(r.getFiguresJson());
                out.add(new Summary(
                        r.getMonth(),
                        true,
                        r.getGeneratedAt(),
                        r.getGeneratedBy(),
                        r.isAutomatic(),
                        r.getRegenerations(),
                        f.office(),
                        f.overdueCount()));
            }
        }
        return out;
    }

    @RolesAllowed({Role.MANAGER_NAME, Role.AUDITOR_NAME, Role.ADMIN_NAME, API_READ})
    public Optional<Stored> find(YearMonth month) {
        checkReader();
        return row(month).map(MonthlyReports::stored);
    }

    /** Whether the caller may remake reports (the page shows the button only then). */
    @PermitAll
    public boolean mayRegenerate() {
        return session.isCallerInRole(Role.AUDITOR_NAME)
                || session.isCallerInRole(Role.ADMIN_NAME)
                || session.isCallerInRole(API_ADMIN);
    }

    // ---------------------------------------------------------------- making

    /**
     * Makes a month's report again from today's data, or for the first time if it was never made; the caller is
     * recorded as its maker. Only months that have ended.
     */
    @RolesAllowed({Role.AUDITOR_NAME, Role.ADMIN_NAME, API_ADMIN})
    public Stored regenerate(YearMonth month) {
        LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
        if (!month.isBefore(YearMonth.from(now))) {
            String reason = Texts.t("dashboard.msg.monthNotOver", String.valueOf(month));
            throw new InputRejected(
                    InputRejected.BAD_REQUEST, reason, List.of(new Problem.FieldError("month", null, reason)));
        }
        String by = audit.callerName();
        Optional<MonthlyReport> existing = row(month);
        MonthlyFigures figures = figures(month, now, by);
        MonthlyReport report;
        if (existing.isPresent()) {
            report = existing.get();
            report.regenerate(figures.toJson(), by, now);
        } else {
            report = new MonthlyReport(month, figures.toJson(), by, now);
            em.persist(report);
        }
        em.flush();
        audit.record(
                existing.isPresent() ? "REPORT_REGENERATED" : "REPORT_GENERATED",
                month.toString(),
                existing.isPresent()
                        ? Texts.t("dashboard.event.regenerated", report.getRegenerations())
                        : Texts.t("dashboard.event.generated"));
        return stored(report);
    }

    /**
     * The scheduled run's step: makes the month's report if none exists, and sends its inbox message, in a
     * transaction of its own. Another node or an overlapping run that made it first wins on the unique month: this
     * one then rolls back, message included, and answers empty.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<Stored> makeIfMissing(YearMonth month, LocalDateTime now) {
        if (row(month).isPresent()) {
            return Optional.empty();
        }
        MonthlyFigures figures = figures(month, now.truncatedTo(ChronoUnit.SECONDS), null);
        MonthlyReport report = new MonthlyReport(month, figures.toJson(), null, figures.generatedAt());
        try {
            em.persist(report);
            em.flush();
        } catch (PersistenceException madeElsewhere) {
            session.setRollbackOnly();
            return Optional.empty();
        }
        // Worded by the inbox in each recipient's language.
        Text title = new Text("dashboard.reports.inbox.title", month.toString());
        KpiTotals o = figures.office();
        Text body = new Text(
                "dashboard.reports.inbox.body",
                month.toString(),
                o.completed(),
                rate(o.complianceRate()),
                rate(o.reductionRate()),
                figures.overdueCount());
        for (Long recipient : recipients()) {
            inbox.post(recipient, Inbox.REPORT, title, body, "/dashboard/reports.xhtml?month=" + month);
        }
        audit.recordAs("system", "REPORT_GENERATED", month.toString(), Texts.t("dashboard.msg.MonthlyReports.2"));
        return Optional.of(stored(report));
    }

    private static Text rate(java.math.BigDecimal rate) {
        return rate == null ? new Text("dashboard.noRate") : Text.plain(rate.toPlainString() + "%");
    }

    // ---------------------------------------------------------------- building

    /** The month's figures: the office KPIs and departments, the overdue at its end, the mileage leaders now. */
    private MonthlyFigures figures(YearMonth month, LocalDateTime now, String by) {
        KpiReport kpi = kpis.office(month.atDay(1), month.atEndOfMonth());
        LocalDateTime end = month.plusMonths(1).atDay(1).atStartOfDay();

        Map<String, Long> overdueByCode = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        long overdueCount = 0;
        for (String part : List.of(STILL_OPEN, CLOSED_LATER)) {
            for (Object[] r : rows(
                    "SELECT d.code, d.name, COUNT(*) FROM petition p LEFT JOIN unit d ON d.id = p.department_id"
                            + " WHERE " + part + " GROUP BY d.code, d.name",
                    end,
                    0)) {
                long n = ((Number) r[2]).longValue();
                overdueByCode.merge((String) r[0], n, Long::sum);
                names.put((String) r[0], (String) r[1]);
                overdueCount += n;
            }
        }
        WorkingCalendar cal = calendar.calendar();
        List<MonthlyFigures.Overdue> overdue = new ArrayList<>();
        for (String part : List.of(STILL_OPEN, CLOSED_LATER)) {
            for (Object[] r : rows(
                    "SELECT p.receipt_no, t.name, d.name, h.name, p.deadline FROM petition p"
                            + " JOIN petition_type t ON t.id = p.type_id JOIN employee h ON h.id = p.handler_id"
                            + " LEFT JOIN unit d ON d.id = p.department_id WHERE " + part
                            + " ORDER BY p.deadline, p.receipt_no",
                    end,
                    MonthlyFigures.OVERDUE_LISTED)) {
                LocalDateTime deadline = timestamp(r[4]);
                overdue.add(new MonthlyFigures.Overdue(
                        (String) r[0],
                        (String) r[1],
                        (String) r[2],
                        (String) r[3],
                        deadline,
                        workingDaysOverdue(cal, deadline, month.atEndOfMonth())));
            }
        }
        overdue.sort(Comparator.comparing(MonthlyFigures.Overdue::deadline)
                .thenComparing(MonthlyFigures.Overdue::receiptNo));
        overdue = overdue.subList(0, Math.min(overdue.size(), MonthlyFigures.OVERDUE_LISTED));

        List<MonthlyFigures.Department> withKpis = kpi.byDepartment().stream()
                .map(l -> new MonthlyFigures.Department(l.code(), l.name(), l.totals(), 0))
                .toList();

        String period = standings.periodOf(month.atEndOfMonth());
        List<MonthlyFigures.Leader> leaders = new ArrayList<>();
        for (PersonStanding s : standings.leaders(period, MileageStandings.PUBLIC_TOP)) {
            leaders.add(new MonthlyFigures.Leader(
                    s.rank(), s.employeeNo(), s.name(), s.departmentName(), s.points(), s.petitions()));
        }
        return new MonthlyFigures(
                month,
                now,
                by,
                by == null,
                kpi.totals(),
                MonthlyFigures.departments(withKpis, overdueByCode, names),
                overdueCount,
                overdue,
                period,
                leaders);
    }

    /**
     * Working days past the deadline by the month's last day: the days after the deadline's day, plus that day itself
     * when the deadline fell before its end (a part of a day counts whole, as for mileage penalties).
     */
    static int workingDaysOverdue(WorkingCalendar cal, LocalDateTime deadline, LocalDate lastDay) {
        LocalDate day = deadline.toLocalDate();
        int after = cal.workingDaysBetween(day.plusDays(1), lastDay);
        boolean partOfDay = cal.isWorkingDay(day) && deadline.isBefore(cal.endOfWorkingDay(day));
        return after + (partOfDay ? 1 : 0);
    }

    /** Office head and active auditors; the admins when there are neither. */
    private List<Long> recipients() {
        Set<Long> ids = new LinkedHashSet<>(em.createQuery(
                        "SELECT u.head.id FROM Unit u WHERE u.kind = :office"
                                + " AND u.head IS NOT NULL AND u.head.active = TRUE",
                        Long.class)
                .setParameter("office", UnitKind.OFFICE)
                .getResultList());
        ids.addAll(holders(Role.AUDITOR));
        if (ids.isEmpty()) {
            ids.addAll(holders(Role.ADMIN));
        }
        return List.copyOf(ids);
    }

    private List<Long> holders(Role role) {
        return em.createQuery(
                        "SELECT DISTINCT e.id FROM Employee e JOIN e.roles r WHERE r = :role AND e.active = TRUE",
                        Long.class)
                .setParameter("role", role)
                .getResultList();
    }

    // ---------------------------------------------------------------- access

    /** Auditors, admins and API readers read every report; a manager only if he heads the office unit. */
    private void checkReader() {
        if (session.isCallerInRole(Role.AUDITOR_NAME)
                || session.isCallerInRole(Role.ADMIN_NAME)
                || session.isCallerInRole(API_READ)) {
            return;
        }
        Optional<Employee> me = accounts.callingEmployee();
        boolean headOfOffice = me.isPresent()
                && em.createQuery(
                                        "SELECT COUNT(u) FROM Unit u WHERE u.kind = :office" + " AND u.head.id = :me",
                                        Long.class)
                                .setParameter("office", UnitKind.OFFICE)
                                .setParameter("me", me.get().getId())
                                .getSingleResult()
                        > 0;
        if (!headOfOffice) {
            throw new ReportAccessDenied(Texts.t("dashboard.msg.MonthlyReports.1"));
        }
    }

    private Optional<MonthlyReport> row(YearMonth month) {
        return em.createQuery("SELECT r FROM MonthlyReport r WHERE r.month = :m", MonthlyReport.class)
                .setParameter("m", month.toString())
                .getResultStream()
                .findFirst();
    }

    private static Stored stored(MonthlyReport r) {
        return new Stored(
                r.getMonth(),
                r.getGeneratedAt(),
                r.getGeneratedBy(),
                r.isAutomatic(),
                r.getRegenerations(),
                MonthlyFigures.fromJson(r.getFiguresJson()));
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, LocalDateTime end, int limit) {
        var q = em.createNativeQuery(sql).setParameter(1, end);
        if (limit > 0) {
            q.setMaxResults(limit);
        }
        return q.getResultList();
    }

    private static LocalDateTime timestamp(Object o) {
        if (o instanceof LocalDateTime t) {
            return t;
        }
        if (o instanceof java.sql.Timestamp t) {
            return t.toLocalDateTime();
        }
        return LocalDateTime.parse(o.toString().replace(' ', 'T'));
    }
}
