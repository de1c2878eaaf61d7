package kr.minwon.portal.petition.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import kr.minwon.portal.calendar.boundary.OfficeCalendar;
import kr.minwon.portal.petition.control.FactRules;
import kr.minwon.portal.petition.control.Outcome;
import kr.minwon.portal.petition.control.PetitionInput;
import kr.minwon.portal.petition.control.PetitionRules;
import kr.minwon.portal.petition.entity.Channel;
import kr.minwon.portal.petition.entity.Petition;
import kr.minwon.portal.petition.entity.PetitionCorrection;
import kr.minwon.portal.petition.entity.PetitionStop;
import kr.minwon.portal.petition.entity.PetitionType;
import kr.minwon.portal.platform.text.Texts;
import kr.minwon.portal.security.boundary.Accounts;
import kr.minwon.portal.staff.boundary.Staff;
import kr.minwon.portal.staff.boundary.Units;
import kr.minwon.portal.staff.entity.Employee;
import kr.minwon.portal.staff.entity.Role;
import kr.minwon.portal.staff.entity.Unit;

/**
 * The one write path for petitions: screens, CSV imports and the REST API all come through here, so validation,
 * deadline computation, the timeline and the events that mileage and notices follow are the same for all.
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
public class Petitions {

    public enum Result {
        CREATED,
        UPDATED,
        UNCHANGED
    }

    public record Written(Result result, Petition petition) {}

    @PersistenceContext
    EntityManager em;

    @Inject
    Units units;

    @Inject
    Staff staff;

    @Inject
    Clock clock;

    @Inject
    OfficeCalendar calendar;

    @Inject
    Accounts accounts;

    @Inject
    Event<PetitionChanged> changed;

    @Inject
    Event<PetitionsChanged> changedAll;

    @Resource
    SessionContext session;

    @Inject
    PetitionRecords records;

    /** Creates or replaces a petition record by receipt number; the same record twice changes nothing. */
    @RolesAllowed({Role.EMPLOYEE_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME, "API_PETITIONS", "API_IMPORTS"})
    public Written put(PetitionInput in) {
        LocalDateTime now = LocalDateTime.now(clock);
        List<PetitionRules.Violation> violations = PetitionRules.check(in, databaseLookups(), now);
        if (!violations.isEmpty()) {
            throw new PetitionRejected(violations);
        }
        Optional<Petition> existing = records.byReceiptNo(in.receiptNo());
        if (existing.isPresent()) {
            records.checkMayChange(existing.get());
        }
        Resolved resolved = resolve(in);
        if (!records.isCore()) {
            if (existing.isPresent()) {
                throw new PetitionRejected("receiptNo", Texts.t("petition.msg.useCorrection"));
            }
            checkStaffReceipt(in, resolved, now);
        } else if (existing.isPresent() && in.approvedAt() != null) {
            checkStopsWithin(existing.get(), in.receivedAt(), in.approvedAt());
        }
        return apply(in, existing.orElse(null), resolved, now);
    }

    /**
     * A petition registered on a screen: received now (not before the previous working day's start), not yet
     * decided, and handled by the person registering it or by someone in a unit he leads (ADMINs: anyone).
     */
    private void checkStaffReceipt(PetitionInput in, Resolved r, LocalDateTime now) {
        List<PetitionRules.Violation> v = new ArrayList<>();
        LocalDateTime window = records.staffWindowStart(now);
        if (in.receivedAt().isBefore(window)) {
            v.add(new PetitionRules.Violation(
                    "receivedAt", Texts.t("petition.msg.receiptWindow", FactRules.show(window))));
        }
        if (in.approvedAt() != null || in.closedAt() != null || in.outcome() != null) {
            v.add(new PetitionRules.Violation("approvedAt", Texts.t("petition.msg.Petitions.5")));
        }
        if (!session.isCallerInRole(Role.ADMIN_NAME)) {
            Optional<Employee> me = accounts.callingEmployee();
            boolean own = me.isPresent()
                    && Objects.equals(me.get().getId(), r.handler().getId());
            if (!own && (me.isEmpty() || !leads(me.get(), r.handler()))) {
                v.add(new PetitionRules.Violation(
                        "handlerNo",
                        Texts.t("petition.msg.registerOwnOnly", r.handler().getEmployeeNo())));
            }
        }
        if (!v.isEmpty()) {
            throw new PetitionRejected(v);
        }
    }

    /** Whether {@code manager} leads the unit {@code person} works in (its leader, or the head of its department). */
    static boolean leads(Employee manager, Employee person) {
        if (!manager.holds(Role.MANAGER) || person.getUnit() == null) {
            return false;
        }
        return PetitionRecords.isHead(person.getUnit(), manager)
                || PetitionRecords.isHead(person.getUnit().department(), manager);
    }

    /** Whether {@code e} leads the petition: leader of its team or head of its department. */
    public static boolean leadsPetition(Petition p, Employee e) {
        return e.holds(Role.MANAGER)
                && (PetitionRecords.isHead(p.getUnit(), e) || PetitionRecords.isHead(p.getDepartment(), e));
    }

    /** The core system's completion: every stop lies between receipt and approval (open ones end at approval). */
    private void checkStopsWithin(Petition p, LocalDateTime receivedAt, LocalDateTime approvedAt) {
        for (PetitionStop s : p.getStops()) {
            if (!s.getStartedAt().isBefore(approvedAt)
                    || (s.getEndedAt() != null && s.getEndedAt().isAfter(approvedAt))
                    || s.getStartedAt().isBefore(receivedAt)) {
                throw new PetitionRejected(
                        "approvedAt",
                        Texts.t(
                                "petition.msg.stopOutside",
                                FactRules.show(s.getStartedAt()),
                                FactRules.show(s.getEndedAt()),
                                FactRules.show(approvedAt)));
            }
        }
    }

    /** What the import and {@link #put} share once the input is valid and its references resolved. */
    public Written apply(PetitionInput in, Petition existing, Resolved r, LocalDateTime now) {
        Applied a = applyOne(in, existing, r, now);
        if (a.change() != null) {
            changed.fire(a.change());
        }
        return a.written();
    }

    /** One valid input of a chunk, with the petition it replaces (or null) and its references resolved. */
    public record Item(PetitionInput in, Petition existing, Resolved resolved) {}

    /**
     * {@link #apply} for a chunk of inputs (the CSV import): the same rules, deadline and timeline per petition, then
     * the chunk is flushed and mileage and pre-notices are told once, by {@link PetitionsChanged}, so that they read
     * and write a chunk at a time instead of a petition at a time. Same transaction, same all-or-nothing.
     */
    public List<Written> applyAll(List<Item> items, LocalDateTime now) {
        List<Written> out = new ArrayList<>(items.size());
        List<PetitionChanged> changes = new ArrayList<>();
        for (Item item : items) {
            Applied a = applyOne(item.in(), item.existing(), item.resolved(), now);
            out.add(a.written());
            if (a.change() != null) {
                changes.add(a.change());
            }
        }
        if (!changes.isEmpty()) {
            em.flush();
            changedAll.fire(new PetitionsChanged(List.copyOf(changes)));
        }
        return out;
    }

    private record Applied(Written written, PetitionChanged change) {}

    private Applied applyOne(PetitionInput in, Petition existing, Resolved r, LocalDateTime now) {
        Channel channel = in.channel() == null ? Channel.COUNTER : in.channel();
        boolean compound = in.compound() == null ? r.type().isCompound() : in.compound();
        if (existing == null) {
            Petition p = new Petition(
                    in.receiptNo().trim(),
                    r.type(),
                    in.receivedAt(),
                    r.handler(),
                    r.unit(),
                    channel,
                    in.resident(),
                    compound,
                    now);
            if (in.approvedAt() != null) {
                p.complete(in.approvedAt(), in.closedAt(), in.outcome(), now);
            }
            records.reschedule(p, false);
            em.persist(p);
            if (p.getId() == null) {
                // Sequence ids are assigned on persist; only another id strategy would need the insert first.
                em.flush();
            }
            records.event(p, "RECEIVED", PetitionSummaries.describe(p));
            return new Applied(
                    new Written(Result.CREATED, p),
                    new PetitionChanged(p.getId(), p.getReceiptNo(), PetitionChanged.Change.RECEIVED));
        }
        Petition p = existing;
        if (PetitionSummaries.sameAs(p, in, r, channel, compound)) {
            return new Applied(new Written(Result.UNCHANGED, p), null);
        }
        boolean receiptChanged = !p.getReceivedAt().equals(in.receivedAt())
                || !p.getType().getCode().equals(r.type().getCode());
        boolean wasCompleted = p.isCompleted();
        p.register(r.type(), in.receivedAt(), r.handler(), r.unit(), channel, in.resident(), compound, now);
        if (in.approvedAt() != null) {
            // A completed petition has no open stop: one still open ends at the approval.
            for (PetitionStop s : p.getStops()) {
                if (s.isOpen() && s.getStartedAt().isBefore(in.approvedAt())) {
                    s.end(in.approvedAt());
                }
            }
            p.complete(in.approvedAt(), in.closedAt(), in.outcome(), now);
        } else if (wasCompleted) {
            p.reopen(now);
        }
        records.reschedule(p, !receiptChanged);
        records.event(p, "UPDATED", PetitionSummaries.describe(p));
        PetitionChanged.Change change = in.approvedAt() != null
                ? PetitionChanged.Change.COMPLETED
                : wasCompleted ? PetitionChanged.Change.REOPENED : PetitionChanged.Change.UPDATED;
        return new Applied(new Written(Result.UPDATED, p), new PetitionChanged(p.getId(), p.getReceiptNo(), change));
    }

    /**
     * Transfers a petition (이송): it closes at the sender as TRANSFERRED and starts again as a new receipt at the
     * receiving unit, received at the moment of transfer.
     */
    @RolesAllowed({Role.EMPLOYEE_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME, "API_PETITIONS"})
    public Petition transfer(String receiptNo, String newReceiptNo, String toHandlerNo, String toUnitCode) {
        Petition from = records.forChange(receiptNo, null);
        if (from.isCompleted()) {
            throw new PetitionRejected("receiptNo", Texts.t("petition.msg.Petitions.4"));
        }
        LocalDateTime now = LocalDateTime.now(clock);
        String target = newReceiptNo == null || newReceiptNo.isBlank()
                ? receiptNo + "-T" + now.toLocalDate().toString().replace("-", "")
                : newReceiptNo.trim();
        PetitionInput in = new PetitionInput(
                target,
                from.getType().getCode(),
                now,
                toHandlerNo,
                toUnitCode,
                from.getChannel(),
                from.getResident(),
                null,
                null,
                null,
                from.isCompound());
        List<PetitionRules.Violation> violations = PetitionRules.check(in, databaseLookups(), now);
        if (!violations.isEmpty()) {
            throw new PetitionRejected(violations);
        }
        if (records.byReceiptNo(target).isPresent()) {
            throw new PetitionRejected("newReceiptNo", Texts.t("petition.msg.duplicateReceiptNo", target));
        }
        from.complete(now, now, Outcome.TRANSFERRED, now);
        records.reschedule(from, true);
        records.event(from, "TRANSFERRED", "→ " + target + " (" + toUnitCode + " " + toHandlerNo + ")");
        changed.fire(new PetitionChanged(from.getId(), from.getReceiptNo(), PetitionChanged.Change.TRANSFERRED));
        Petition to = apply(in, null, resolve(in), now).petition();
        to.markTransferredFrom(from.getReceiptNo());
        records.event(to, "TRANSFERRED_IN", "← " + from.getReceiptNo());
        return to;
    }

    /**
     * Applies an approved correction (called by {@link Corrections#approve}, which checked the approver and marked
     * it approved in this transaction): the proposed facts through the same rules as the core system's, one change
     * event whose note names who asked and who approved, so that the ledger's reversal and new score say both.
     */
    @RolesAllowed({Role.EMPLOYEE_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME})
    public Petition applyCorrection(PetitionCorrection c, String note) {
        if (c.getStatus() != kr.minwon.portal.petition.entity.CorrectionStatus.APPROVED
                || !Objects.equals(c.getDecidedBy(), records.callerName())) {
            throw new PetitionAccessDenied(c.getPetition().getReceiptNo());
        }
        Petition p = em.find(Petition.class, c.getPetition().getId());
        em.lock(p, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        LocalDateTime now = LocalDateTime.now(clock);
        PetitionCorrection.Proposal x = c.proposal();
        boolean handlerChanges =
                x.handlerNo() != null && !x.handlerNo().equals(p.getHandler().getEmployeeNo());
        LocalDateTime approvedAt = x.reopen() ? null : x.approvedAt() != null ? x.approvedAt() : p.getApprovedAt();
        Outcome outcome = x.reopen() ? null : x.outcome() != null ? x.outcome() : p.getOutcome();
        if (approvedAt == null && outcome != null && !x.reopen()) {
            throw new PetitionRejected("outcome", Texts.t("petition.msg.Petitions.3"));
        }
        PetitionInput in = new PetitionInput(
                p.getReceiptNo(),
                x.typeCode() != null ? x.typeCode() : p.getType().getCode(),
                x.receivedAt() != null ? x.receivedAt() : p.getReceivedAt(),
                handlerChanges ? x.handlerNo() : p.getHandler().getEmployeeNo(),
                handlerChanges ? null : p.getUnit().getCode(),
                p.getChannel(),
                p.getResident(),
                approvedAt,
                approvedAt == null
                        ? null
                        : p.getClosedAt() != null && !p.getClosedAt().isBefore(approvedAt) ? p.getClosedAt() : null,
                approvedAt == null ? null : outcome,
                x.compound() != null ? x.compound() : p.isCompound());
        List<PetitionRules.Violation> violations = PetitionRules.check(in, databaseLookups(), now);
        if (!violations.isEmpty()) {
            throw new PetitionRejected(violations);
        }
        Resolved r = resolve(in);
        if (x.stopReason() != null) {
            if (x.stopStartedAt() == null) {
                throw new PetitionRejected("startedAt", Texts.t("petition.msg.Petitions.2"));
            }
            records.checkStop(p, x.stopReason(), x.stopStartedAt(), x.stopEndedAt(), null);
            List<PetitionRules.Violation> v =
                    FactRules.coreStop(in.receivedAt(), in.approvedAt(), x.stopStartedAt(), x.stopEndedAt(), now);
            if (!v.isEmpty()) {
                throw new PetitionRejected(v);
            }
            try {
                p.addStop(x.stopReason(), x.stopStartedAt(), x.stopEndedAt(), x.stopNote());
            } catch (IllegalArgumentException e) {
                throw new PetitionRejected("startedAt", Texts.t("petition.msg.Petitions.1"));
            }
        }
        if (in.approvedAt() != null) {
            checkStopsWithin(p, in.receivedAt(), in.approvedAt());
        } else {
            for (PetitionStop s : p.getStops()) {
                if (s.getStartedAt().isBefore(in.receivedAt())) {
                    throw new PetitionRejected(
                            "receivedAt", Texts.t("petition.msg.stopBeforeReceipt", FactRules.show(s.getStartedAt())));
                }
            }
        }
        boolean wasCompleted = p.isCompleted();
        Applied a = applyOne(in, p, r, now);
        if (a.change() == null) {
            // Only a stop was added: the record is the same, the deadline and time used are not.
            records.reschedule(p, true);
        }
        em.flush();
        records.event(p, "CORRECTED", note);
        PetitionChanged.Change kind = a.change() != null
                ? a.change().change()
                : wasCompleted ? PetitionChanged.Change.COMPLETED : PetitionChanged.Change.RESCHEDULED;
        changed.fire(new PetitionChanged(p.getId(), p.getReceiptNo(), kind, note));
        return p;
    }

    /** Records a line on a petition's timeline (the corrections' requests and decisions). */
    public void timelineEvent(Petition p, String kind, String detail) {
        records.event(p, kind, detail);
    }

    /** The references of a valid input, looked up. */
    public record Resolved(PetitionType type, Employee handler, Unit unit) {}

    /** Looks up the references of a valid input (no write; also the re-read after a lost race). */
    public Resolved resolve(PetitionInput in) {
        PetitionType type = em.createQuery("SELECT t FROM PetitionType t WHERE t.code = :c", PetitionType.class)
                .setParameter("c", in.typeCode().trim())
                .getSingleResult();
        Employee handler = staff.byNumber(in.handlerNo().trim()).orElseThrow();
        Unit unit = in.departmentCode() == null || in.departmentCode().isBlank()
                ? handler.getUnit()
                : units.byCode(in.departmentCode().trim()).orElseThrow();
        if (unit == null) {
            throw new PetitionRejected("departmentCode", Texts.t("petition.msg.PetitionImports.1"));
        }
        return new Resolved(type, handler, unit);
    }

    private PetitionRules.Lookups databaseLookups() {
        return new PetitionRules.Lookups() {
            @Override
            public boolean typeExists(String code) {
                return count("SELECT COUNT(t) FROM PetitionType t WHERE t.code = :v", code.trim()) > 0;
            }

            @Override
            public boolean handlerExists(String employeeNo) {
                return staff.byNumber(employeeNo.trim())
                        .filter(Employee::isActive)
                        .isPresent();
            }

            @Override
            public boolean unitExists(String code) {
                return units.byCode(code.trim()).isPresent();
            }
        };
    }

    private long count(String jpql, String value) {
        return em.createQuery(jpql, Long.class).setParameter("v", value).getSingleResult();
    }
}
