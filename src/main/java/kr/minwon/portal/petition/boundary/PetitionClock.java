package kr.minwon.portal.petition.boundary;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import kr.minwon.portal.calendar.boundary.OfficeCalendar;
import kr.minwon.portal.petition.control.ClockStop;
import kr.minwon.portal.petition.control.Deadline;
import kr.minwon.portal.petition.control.DeadlineCalculator;
import kr.minwon.portal.petition.control.Extension;
import kr.minwon.portal.petition.control.ExtensionRefused;
import kr.minwon.portal.petition.control.FactRules;
import kr.minwon.portal.petition.control.PetitionRules;
import kr.minwon.portal.petition.control.StopReason;
import kr.minwon.portal.petition.entity.Petition;
import kr.minwon.portal.petition.entity.PetitionStatus;
import kr.minwon.portal.petition.entity.PetitionStop;
import kr.minwon.portal.platform.text.Texts;
import kr.minwon.portal.staff.entity.Role;

/**
 * The petition's clock: stops (보완 요청 etc.) and their ends, extensions (연장), and moving open deadlines when the
 * office calendar changes. Each change reschedules the deadline, writes the timeline and fires {@link PetitionChanged}.
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
public class PetitionClock {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    OfficeCalendar calendar;

    @Inject
    Event<PetitionChanged> changed;

    @Inject
    PetitionRecords records;

    /** Stops the clock (보완 요청 etc.); an end of null means it is still stopped. */
    @RolesAllowed({Role.EMPLOYEE_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME, "API_PETITIONS", "API_IMPORTS"})
    public PetitionStop addStop(
            String receiptNo, StopReason reason, LocalDateTime startedAt, LocalDateTime endedAt, String note) {
        Petition p = records.forChange(receiptNo, null);
        records.checkStop(p, reason, startedAt, endedAt, null);
        checkStopFacts(p, startedAt, endedAt, records.isCore());
        return recordStop(p, reason, startedAt, endedAt, note);
    }

    /** A stop from a stops file (the core system's, by an ADMIN's upload or an IMPORTS key): the core rules. */
    @RolesAllowed({Role.ADMIN_NAME, "API_IMPORTS"})
    public PetitionStop importStop(
            String receiptNo, StopReason reason, LocalDateTime startedAt, LocalDateTime endedAt, String note) {
        Petition p = records.forChange(receiptNo, null);
        records.checkStop(p, reason, startedAt, endedAt, null);
        checkStopFacts(p, startedAt, endedAt, true);
        return recordStop(p, reason, startedAt, endedAt, note);
    }

    /** A changed stop from a stops file: the core rules. */
    @RolesAllowed({Role.ADMIN_NAME, "API_IMPORTS"})
    public PetitionStop importStopChange(
            String receiptNo,
            long stopId,
            StopReason reason,
            LocalDateTime startedAt,
            LocalDateTime endedAt,
            String note) {
        Petition p = records.forChange(receiptNo, null);
        PetitionStop stop = p.getStops().stream()
                .filter(s -> s.getId() == stopId)
                .findFirst()
                .orElseThrow(() -> new PetitionRejected("stopId", Texts.t("petition.msg.PetitionClock.8")));
        records.checkStop(p, reason, startedAt, endedAt, stop);
        checkStopFacts(p, startedAt, endedAt, true);
        return rewriteStop(p, stop, reason, startedAt, endedAt, note);
    }

    private void checkStopFacts(Petition p, LocalDateTime startedAt, LocalDateTime endedAt, boolean core) {
        LocalDateTime now = LocalDateTime.now(clock);
        List<PetitionRules.Violation> v = core
                ? FactRules.coreStop(p.getReceivedAt(), p.getApprovedAt(), startedAt, endedAt, now)
                : FactRules.staffStop(
                        p.isCompleted(), p.getReceivedAt(), startedAt, endedAt, now, records.staffWindowStart(now));
        if (!v.isEmpty()) {
            throw new PetitionRejected(v);
        }
    }

    private PetitionStop recordStop(
            Petition p, StopReason reason, LocalDateTime startedAt, LocalDateTime endedAt, String note) {
        PetitionStop stop;
        try {
            stop = p.addStop(reason, startedAt, endedAt, note);
        } catch (IllegalArgumentException e) {
            throw new PetitionRejected("startedAt", Texts.t("petition.msg.PetitionClock.9"));
        }
        LocalDateTime before = p.getDeadline();
        records.reschedule(p, true);
        em.flush();
        records.event(
                p,
                "STOPPED",
                reason + " " + startedAt + " ~ " + (endedAt == null ? Texts.t("petition.msg.Corrections.1") : endedAt)
                        + PetitionRecords.movedText(before, p));
        changed.fire(new PetitionChanged(p.getId(), p.getReceiptNo(), PetitionChanged.Change.RESCHEDULED));
        return stop;
    }

    /** Changes a stop, typically to record when the corrected filing arrived (resume). */
    @RolesAllowed({Role.EMPLOYEE_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME, "API_PETITIONS", "API_IMPORTS"})
    public PetitionStop changeStop(
            String receiptNo,
            long stopId,
            StopReason reason,
            LocalDateTime startedAt,
            LocalDateTime endedAt,
            String note) {
        Petition p = records.forChange(receiptNo, null);
        PetitionStop stop = p.getStops().stream()
                .filter(s -> s.getId() == stopId)
                .findFirst()
                .orElseThrow(() -> new PetitionRejected("stopId", Texts.t("petition.msg.PetitionClock.8")));
        records.checkStop(p, reason, startedAt, endedAt, stop);
        boolean core = records.isCore();
        if (!core
                && !FactRules.onlyEnds(
                        stop.getReason(), stop.getStartedAt(), stop.getEndedAt(), reason, startedAt, endedAt)) {
            throw new PetitionRejected("startedAt", Texts.t("petition.msg.onlyEndOfOngoingStop"));
        }
        checkStopFacts(p, startedAt, endedAt, core);
        return rewriteStop(p, stop, reason, startedAt, endedAt, note);
    }

    private PetitionStop rewriteStop(
            Petition p,
            PetitionStop stop,
            StopReason reason,
            LocalDateTime startedAt,
            LocalDateTime endedAt,
            String note) {
        try {
            stop.change(reason, startedAt, endedAt, note);
        } catch (IllegalArgumentException e) {
            throw new PetitionRejected("endedAt", Texts.t("petition.msg.PetitionClock.7"));
        }
        LocalDateTime before = p.getDeadline();
        records.reschedule(p, true);
        records.event(
                p,
                endedAt != null ? "RESUMED" : "STOP_CHANGED",
                reason + " " + startedAt + " ~ " + (endedAt == null ? Texts.t("petition.msg.Corrections.1") : endedAt)
                        + PetitionRecords.movedText(before, p));
        changed.fire(new PetitionChanged(p.getId(), p.getReceiptNo(), PetitionChanged.Change.RESCHEDULED));
        return stop;
    }

    /** Extends the period (연장): once up to the original period; a second time only with the applicant's consent. */
    @RolesAllowed({Role.EMPLOYEE_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME, "API_PETITIONS"})
    public Petition extend(String receiptNo, int amount, String reason, boolean consent) {
        return extend(receiptNo, amount, reason, consent, null);
    }

    /**
     * An extension decided at {@code decidedAt} (office-local; the core system's back-fill) or, without it, now. Only
     * the core system gives a time; a person extends now, before the deadline.
     */
    @RolesAllowed({Role.EMPLOYEE_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME, "API_PETITIONS"})
    public Petition extend(String receiptNo, int amount, String reason, boolean consent, LocalDateTime decidedAt) {
        Petition p = records.forChange(receiptNo, null);
        LocalDateTime now = LocalDateTime.now(clock);
        if (decidedAt != null && !records.isCore()) {
            throw new PetitionRejected("decidedAt", Texts.t("petition.msg.PetitionClock.6"));
        }
        LocalDateTime decided = decidedAt == null ? now : decidedAt;
        if (p.isCompleted()) {
            throw new PetitionRejected("receiptNo", Texts.t("petition.msg.PetitionClock.5"));
        }
        if (reason == null || reason.isBlank()) {
            throw new PetitionRejected("reason", Texts.t("petition.msg.PetitionClock.4"));
        }
        Extension extension;
        try {
            extension = new Extension(amount, reason.trim(), consent);
            List<Extension> all = new ArrayList<>(p.legalExtensions());
            all.add(extension);
            Extension.requireAllowed(p.period(), all);
        } catch (ExtensionRefused e) {
            throw new PetitionRejected("amount", e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new PetitionRejected("amount", Texts.t("petition.msg.PetitionClock.3"));
        }
        checkExtensionDecision(p, decided, now);
        LocalDateTime before = p.getDeadline();
        p.addExtension(extension, now, records.callerName(), decided);
        records.reschedule(p, true);
        p.recordExtendedDeadline();
        records.event(
                p,
                "EXTENDED",
                Texts.t(
                                "petition.event.extended",
                                String.valueOf(amount),
                                consent
                                        ? Texts.t("petition.msg.PetitionClock.2")
                                        : Texts.t("petition.msg.PetitionClock.1"),
                                reason)
                        + PetitionRecords.movedText(before, p));
        changed.fire(new PetitionChanged(p.getId(), p.getReceiptNo(), PetitionChanged.Change.RESCHEDULED));
        return p;
    }

    /** The deadline in force at {@code decided}: the stops begun by then (open if they ended later), the earlier extensions. */
    private void checkExtensionDecision(Petition p, LocalDateTime decided, LocalDateTime now) {
        List<ClockStop> then = new ArrayList<>();
        for (PetitionStop s : p.getStops()) {
            if (!s.getStartedAt().isAfter(decided)) {
                then.add(
                        s.getEndedAt() == null || s.getEndedAt().isAfter(decided)
                                ? ClockStop.open(s.getReason(), s.getStartedAt())
                                : s.toClockStop());
            }
        }
        Deadline d = new DeadlineCalculator(calendar.calendar())
                .compute(p.getReceivedAt(), p.period(), then, p.legalExtensions());
        LocalDateTime previous = p.getExtensions().isEmpty()
                ? null
                : p.getExtensions().get(p.getExtensions().size() - 1).getDecidedAt();
        List<PetitionRules.Violation> v =
                FactRules.extensionDecision(decided, p.getReceivedAt(), previous, d.deadline(), d.suspended(), now);
        if (!v.isEmpty()) {
            throw new PetitionRejected(v);
        }
    }

    /**
     * After a calendar change on {@code day}: recomputes the open petitions whose period spans that day, keeping each
     * one's original deadline, leaving completed ones alone. Returns how many deadlines moved.
     */
    @RolesAllowed({Role.ADMIN_NAME, "API_ADMIN"})
    public int rescheduleAround(LocalDate day) {
        List<Petition> open = em.createQuery(
                        "SELECT p FROM Petition p WHERE p.status IN :openStates"
                                + " AND p.receivedAt < :after AND p.deadline >= :from",
                        Petition.class)
                .setParameter("openStates", List.of(PetitionStatus.OPEN, PetitionStatus.SUSPENDED))
                .setParameter("after", day.plusDays(1).atStartOfDay())
                .setParameter("from", day.minusDays(1).atStartOfDay())
                .getResultList();
        int moved = 0;
        for (Petition p : open) {
            LocalDateTime before = p.getDeadline();
            records.reschedule(p, true);
            if (!before.equals(p.getDeadline())) {
                moved++;
                records.event(
                        p,
                        "DEADLINE_MOVED",
                        Texts.t(
                                "petition.event.calendarChanged",
                                String.valueOf(day),
                                String.valueOf(before),
                                String.valueOf(p.getDeadline())));
                changed.fire(new PetitionChanged(p.getId(), p.getReceiptNo(), PetitionChanged.Change.RESCHEDULED));
            }
        }
        return moved;
    }
}
