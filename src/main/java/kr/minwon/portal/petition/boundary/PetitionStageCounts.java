package kr.minwon.portal.petition.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import kr.minwon.portal.calendar.boundary.OfficeCalendar;
import kr.minwon.portal.calendar.control.WorkingCalendar;
import kr.minwon.portal.petition.control.DeadlineBadge;
import kr.minwon.portal.petition.entity.PetitionStatus;
import kr.minwon.portal.platform.OneConnection;
import kr.minwon.portal.security.boundary.Accounts;
import kr.minwon.portal.staff.entity.Employee;
import kr.minwon.portal.staff.entity.Role;
import kr.minwon.portal.staff.entity.UnitKind;

/** The petition figures of the home page: the caller's own open petitions by notice stage, a manager's units. */
@Stateless
public class PetitionStageCounts {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    OfficeCalendar calendar;

    @Inject
    Accounts accounts;

    @Inject
    PetitionQueries queries;

    @Inject
    Corrections corrections;

    @Resource
    SessionContext session;

    /**
     * The petition cards of the caller's home page, read in one call (issue 16: one transaction instead of three, the
     * caller and the calendar read once): his own open petitions by stage and, for a manager, his units' overdue and
     * at-risk petitions and the corrections waiting for his decision (zero for anyone else, whose page does not show
     * them).
     */
    public record Home(PetitionQueries.Stages stages, UnitRisk unitRisk, int pendingCorrections) {}

    @RolesAllowed({Role.EMPLOYEE_NAME, Role.MANAGER_NAME, Role.AUDITOR_NAME, Role.ADMIN_NAME})
    public Home home() {
        OneConnection.forReads(em);
        LocalDateTime now = LocalDateTime.now(clock);
        WorkingCalendar cal = calendar.calendar();
        PetitionQueries.Stages stages = accounts.callingEmployee()
                .map(me -> stagesOf(me, now, cal))
                .orElseGet(() -> new PetitionQueries.Stages(0, 0, 0, 0, 0));
        if (!session.isCallerInRole(Role.MANAGER_NAME)) {
            return new Home(stages, new UnitRisk(0, 0), 0);
        }
        return new Home(stages, unitsRisk(now, cal), corrections.pendingForMe().size());
    }

    /** The caller's own open petitions by notice stage; hour-counted ones count by their deadline's day too. */
    private PetitionQueries.Stages stagesOf(Employee me, LocalDateTime now, WorkingCalendar cal) {
        long overdue = em.createQuery(
                        "SELECT COUNT(p) FROM Petition p WHERE p.handler.id = :me"
                                + " AND p.status = :open AND p.deadline < :now",
                        Long.class)
                .setParameter("me", me.getId())
                .setParameter("open", PetitionStatus.OPEN)
                .setParameter("now", now)
                .getSingleResult();
        // Everything due within three working days: a handler's week of work, a small list.
        LocalDateTime horizon = cal.addWorkingDays(now.toLocalDate(), 4).atStartOfDay();
        List<LocalDateTime> upcoming = em.createQuery(
                        "SELECT p.deadline FROM Petition p WHERE p.handler.id = :me"
                                + " AND p.status = :open AND p.deadline >= :now AND p.deadline < :horizon",
                        LocalDateTime.class)
                .setParameter("me", me.getId())
                .setParameter("open", PetitionStatus.OPEN)
                .setParameter("now", now)
                .setParameter("horizon", horizon)
                .getResultList();
        long[] byDays = new long[4];
        for (LocalDateTime deadline : upcoming) {
            int left = DeadlineBadge.workingDaysLeft(cal, deadline, now);
            if (left <= 3) {
                byDays[left]++;
            }
        }
        return new PetitionQueries.Stages(overdue, byDays[0], byDays[1], byDays[2], byDays[3]);
    }

    /** A manager's units at a glance: open petitions past their deadline, and those due within three working days. */
    public record UnitRisk(long overdue, long atRisk) {}

    /** The open petitions of the units the caller heads (teams of his department included), for his home card. */
    private UnitRisk unitsRisk(LocalDateTime now, WorkingCalendar cal) {
        List<Long> teams = new ArrayList<>();
        List<Long> departments = new ArrayList<>();
        for (PetitionQueries.UnitChoice u : queries.myUnits()) {
            (u.kind() == UnitKind.TEAM ? teams : departments).add(u.id());
        }
        if (teams.isEmpty() && departments.isEmpty()) {
            return new UnitRisk(0, 0);
        }
        LocalDateTime horizon = cal.addWorkingDays(now.toLocalDate(), 4).atStartOfDay();
        // The petition's own foreign keys: a BitmapOr of the (unit|department, status, deadline) indexes (COLUMN: a
        // path like p.department.id would inner-join the department and drop petitions without one).
        String from = "SELECT COUNT(p) FROM Petition p WHERE p.status = :open";
        String scope = " AND (COLUMN('unit_id', p) IN :teams OR COLUMN('department_id', p) IN :departments)";
        long overdue = em.createQuery(from + " AND p.deadline < :now" + scope, Long.class)
                .setParameter("open", PetitionStatus.OPEN)
                .setParameter("now", now)
                .setParameter("teams", teams.isEmpty() ? List.of(-1L) : teams)
                .setParameter("departments", departments.isEmpty() ? List.of(-1L) : departments)
                .getSingleResult();
        long atRisk = em.createQuery(from + " AND p.deadline >= :now AND p.deadline < :horizon" + scope, Long.class)
                .setParameter("open", PetitionStatus.OPEN)
                .setParameter("now", now)
                .setParameter("horizon", horizon)
                .setParameter("teams", teams.isEmpty() ? List.of(-1L) : teams)
                .setParameter("departments", departments.isEmpty() ? List.of(-1L) : departments)
                .getSingleResult();
        return new UnitRisk(overdue, atRisk);
    }
}
