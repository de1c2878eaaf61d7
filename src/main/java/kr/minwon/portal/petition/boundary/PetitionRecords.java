package kr.minwon.portal.petition.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;
import kr.minwon.portal.calendar.boundary.OfficeCalendar;
import kr.minwon.portal.petition.control.Deadline;
import kr.minwon.portal.petition.control.DeadlineCalculator;
import kr.minwon.portal.petition.control.FactRules;
import kr.minwon.portal.petition.control.StopReason;
import kr.minwon.portal.petition.entity.Petition;
import kr.minwon.portal.petition.entity.PetitionEvent;
import kr.minwon.portal.petition.entity.PetitionStop;
import kr.minwon.portal.platform.text.Texts;
import kr.minwon.portal.security.boundary.Accounts;
import kr.minwon.portal.staff.entity.Employee;
import kr.minwon.portal.staff.entity.Role;
import kr.minwon.portal.staff.entity.Unit;

/**
 * What the petition facades share, not a facade of its own: finding a petition for a change (with the caller's right
 * to change it and the optimistic lock), the stop checks, rescheduling on the office calendar, and the timeline.
 */
@Stateless
@DeclareRoles({
    Role.EMPLOYEE_NAME,
    Role.MANAGER_NAME,
    Role.AUDITOR_NAME,
    Role.ADMIN_NAME,
    "API_READ",
    "API_PETITIONS",
    "API_IMPORTS",
    "API_ADMIN"
})
public class PetitionRecords {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    OfficeCalendar calendar;

    @Inject
    Accounts accounts;

    @Resource
    SessionContext session;

    /**
     * Whether the caller is the core system: an API key with a write scope. The CSV imports (an ADMIN's upload
     * screen included) are core-system files too, but they do not come through the methods that ask this.
     */
    public boolean isCore() {
        return session.isCallerInRole("API_PETITIONS") || session.isCallerInRole("API_IMPORTS");
    }

    /** The earliest moment a person on a screen may record: the start of the previous working day. */
    public LocalDateTime staffWindowStart(LocalDateTime now) {
        return FactRules.staffWindowStart(
                now, calendar.calendar()::isWorkingDay, calendar.hours().dayStart());
    }

    /** What this caller may change: the handler, the leader or head of its unit, admins and API clients. */
    @RolesAllowed({
        Role.EMPLOYEE_NAME,
        Role.MANAGER_NAME,
        Role.AUDITOR_NAME,
        Role.ADMIN_NAME,
        "API_READ",
        "API_PETITIONS"
    })
    public boolean mayChange(Petition p) {
        if (session.isCallerInRole(Role.ADMIN_NAME)
                || session.isCallerInRole("API_PETITIONS")
                || session.isCallerInRole("API_IMPORTS")) {
            return true;
        }
        Optional<Employee> me = accounts.callingEmployee();
        if (me.isEmpty()) {
            return false;
        }
        Employee e = me.get();
        if (Objects.equals(p.getHandler().getId(), e.getId())) {
            return true;
        }
        return e.holds(Role.MANAGER) && (isHead(p.getUnit(), e) || isHead(p.getDepartment(), e));
    }

    public boolean maySee(Petition p) {
        if (session.isCallerInRole(Role.AUDITOR_NAME) || session.isCallerInRole("API_READ")) {
            return true;
        }
        return mayChange(p);
    }

    static boolean isHead(Unit unit, Employee e) {
        return unit != null
                && unit.getHead() != null
                && Objects.equals(unit.getHead().getId(), e.getId());
    }

    public Optional<Petition> byReceiptNo(String receiptNo) {
        if (receiptNo == null) {
            return Optional.empty();
        }
        return em.createQuery("SELECT p FROM Petition p WHERE p.receiptNo = :r", Petition.class)
                .setParameter("r", receiptNo.trim())
                .getResultStream()
                .findFirst();
    }

    public Petition forChange(String receiptNo, Long version) {
        Petition p = byReceiptNo(receiptNo).orElseThrow(() -> new PetitionNotFound(receiptNo));
        checkMayChange(p);
        if (version != null && p.getVersion() != version) {
            throw new jakarta.persistence.OptimisticLockException(Texts.t("petition.msg.PetitionRecords.4"));
        }
        em.lock(p, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        return p;
    }

    public void checkMayChange(Petition p) {
        if (!mayChange(p)) {
            throw new PetitionAccessDenied(p.getReceiptNo());
        }
    }

    public void checkStop(
            Petition p, StopReason reason, LocalDateTime startedAt, LocalDateTime endedAt, PetitionStop self) {
        if (reason == null || startedAt == null) {
            throw new PetitionRejected(
                    reason == null ? "reason" : "startedAt", Texts.t("petition.msg.PetitionRecords.3"));
        }
        LocalDateTime now = LocalDateTime.now(clock);
        if (startedAt.isAfter(now) || (endedAt != null && endedAt.isAfter(now))) {
            throw new PetitionRejected("startedAt", Texts.t("petition.msg.PetitionRecords.2"));
        }
        for (PetitionStop other : p.getStops()) {
            if (other == self) {
                continue;
            }
            LocalDateTime otherEnd = other.getEndedAt() == null ? LocalDateTime.MAX : other.getEndedAt();
            LocalDateTime end = endedAt == null ? LocalDateTime.MAX : endedAt;
            if (startedAt.isBefore(otherEnd) && other.getStartedAt().isBefore(end)) {
                throw new PetitionRejected("startedAt", Texts.t("petition.msg.PetitionRecords.1"));
            }
        }
    }

    public void reschedule(Petition p, boolean keepOriginal) {
        Deadline d = new DeadlineCalculator(calendar.calendar())
                .compute(p.getReceivedAt(), p.period(), p.clockStops(), p.legalExtensions());
        p.schedule(d, keepOriginal);
    }

    public void event(Petition p, String kind, String detail) {
        em.persist(new PetitionEvent(p.getId(), LocalDateTime.now(clock), callerName(), kind, detail));
    }

    public String callerName() {
        String name = session.getCallerPrincipal().getName();
        return "ANONYMOUS".equals(name) ? "system" : name;
    }

    public static String movedText(LocalDateTime before, Petition p) {
        return before.equals(p.getDeadline())
                ? ""
                : Texts.t("petition.event.deadlineMoved", String.valueOf(before), String.valueOf(p.getDeadline()));
    }
}
