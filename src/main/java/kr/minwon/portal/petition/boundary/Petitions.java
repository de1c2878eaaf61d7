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
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import kr.minwon.portal.petition.control.DeadlineCalculator;
import kr.minwon.portal.calendar.boundary.OfficeCalendar;
import kr.minwon.portal.petition.control.Deadline;
import kr.minwon.portal.petition.control.Extension;
import kr.minwon.portal.petition.control.ExtensionRefused;
import kr.minwon.portal.petition.control.ClockStop;
import kr.minwon.portal.petition.control.FactRules;
import kr.minwon.portal.petition.control.PetitionInput;
import kr.minwon.portal.petition.control.PetitionRules;
import kr.minwon.portal.petition.control.StopReason;
import kr.minwon.portal.petition.entity.Channel;
import kr.minwon.portal.petition.entity.Outcome;
import kr.minwon.portal.petition.entity.PetitionCorrection;
import kr.minwon.portal.petition.entity.Petition;
import kr.minwon.portal.petition.entity.PetitionEvent;
import kr.minwon.portal.petition.entity.PetitionStatus;
import kr.minwon.portal.petition.entity.PetitionStop;
import kr.minwon.portal.petition.entity.PetitionType;
import kr.minwon.portal.security.boundary.Accounts;
import kr.minwon.portal.staff.entity.Employee;
import kr.minwon.portal.staff.entity.Role;
import kr.minwon.portal.staff.entity.Unit;

/**
 * The one write path for petitions: screens, CSV imports and the REST API all come through here, so validation,
 * deadline computation, the timeline and the events that mileage and notices follow are the same for all.
 */
@Stateless
@DeclareRoles({Role.EMPLOYEE_NAME, Role.MANAGER_NAME, Role.AUDITOR_NAME, Role.ADMIN_NAME, "API_READ", "API_PETITIONS",
    "API_IMPORTS", "API_ADMIN"})
public class Petitions {

    public enum Result { CREATED, UPDATED, UNCHANGED }

    public record Written(Result result, Petition petition) {}

    @PersistenceContext
    EntityManager em;

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

    // ---------------------------------------------------------------- writing

    /** Creates or replaces a petition record by receipt number; the same record twice changes nothing. */
    @RolesAllowed({Role.EMPLOYEE_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME, "API_PETITIONS", "API_IMPORTS"})
    public Written put(PetitionInput in) {
        LocalDateTime now = LocalDateTime.now(clock);
        List<PetitionRules.Violation> violations = PetitionRules.check(in, databaseLookups(), now);
        if (!violations.isEmpty()) {
            throw new PetitionRejected(violations);
        }
        Optional<Petition> existing = byReceiptNo(in.receiptNo());
        if (existing.isPresent()) {
            checkMayChange(existing.get());
        }
        Resolved resolved = resolve(in);
        if (!isCore()) {
            if (existing.isPresent()) {
                throw new PetitionRejected("receiptNo", "이미 접수된 민원의 기록(담당자, 민원사무, 접수일시, 복합 여부, 결재와 처리결과)은"
                        + " 화면에서 바로 바꿀 수 없습니다. 민원 화면에서 '정정 요청'을 하십시오.");
            }
            checkStaffReceipt(in, resolved, now);
        } else if (existing.isPresent() && in.approvedAt() != null) {
            checkStopsWithin(existing.get(), in.receivedAt(), in.approvedAt());
        }
        return apply(in, existing.orElse(null), resolved, now);
    }

    /**
     * Whether the caller is the core system: an API key with a write scope. The CSV imports (an ADMIN's upload
     * screen included) are core-system files too, but they do not come through the methods that ask this.
     */
    private boolean isCore() {
        return session.isCallerInRole("API_PETITIONS") || session.isCallerInRole("API_IMPORTS");
    }

    /** The earliest moment a person on a screen may record: the start of the previous working day. */
    public LocalDateTime staffWindowStart(LocalDateTime now) {
        return FactRules.staffWindowStart(now, calendar.calendar()::isWorkingDay, calendar.hours().dayStart());
    }

    /**
     * A petition registered on a screen: received now (not before the previous working day's start), not yet
     * decided, and handled by the person registering it or by someone in a unit he leads (ADMINs: anyone).
     */
    private void checkStaffReceipt(PetitionInput in, Resolved r, LocalDateTime now) {
        List<PetitionRules.Violation> v = new ArrayList<>();
        LocalDateTime window = staffWindowStart(now);
        if (in.receivedAt().isBefore(window)) {
            v.add(new PetitionRules.Violation("receivedAt", "화면에서 등록하는 민원의 접수일시는 직전 근무일 시작("
                    + FactRules.show(window) + ") 이후여야 합니다. 그보다 앞선 접수는 기간계 시스템이 보냅니다."));
        }
        if (in.approvedAt() != null || in.closedAt() != null || in.outcome() != null) {
            v.add(new PetitionRules.Violation("approvedAt", "등록할 때는 결재를 적을 수 없습니다. 결재는 민원 화면의 '처리 완료'로 지금 기록합니다."));
        }
        if (!session.isCallerInRole(Role.ADMIN_NAME)) {
            Optional<Employee> me = accounts.callingEmployee();
            boolean own = me.isPresent() && Objects.equals(me.get().getId(), r.handler().getId());
            if (!own && (me.isEmpty() || !leads(me.get(), r.handler()))) {
                v.add(new PetitionRules.Violation("handlerNo", "자기 자신이나 자기가 이끄는 팀·부서 직원의 민원만 등록할 수 있습니다: "
                        + r.handler().getEmployeeNo()));
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
        return isHead(person.getUnit(), manager) || isHead(person.getUnit().department(), manager);
    }

    /** Whether {@code e} leads the petition: leader of its team or head of its department. */
    public static boolean leadsPetition(Petition p, Employee e) {
        return e.holds(Role.MANAGER) && (isHead(p.getUnit(), e) || isHead(p.getDepartment(), e));
    }

    /** The core system's completion: every stop lies between receipt and approval (open ones end at approval). */
    private void checkStopsWithin(Petition p, LocalDateTime receivedAt, LocalDateTime approvedAt) {
        for (PetitionStop s : p.getStops()) {
            if (!s.getStartedAt().isBefore(approvedAt) || (s.getEndedAt() != null && s.getEndedAt().isAfter(approvedAt))
                    || s.getStartedAt().isBefore(receivedAt)) {
                throw new PetitionRejected("approvedAt", "처리정지(" + FactRules.show(s.getStartedAt()) + " ~ "
                        + FactRules.show(s.getEndedAt()) + ")가 접수와 결재(" + FactRules.show(approvedAt) + ") 사이에 있지 않습니다.");
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
            Petition p = new Petition(in.receiptNo().trim(), r.type(), in.receivedAt(), r.handler(), r.unit(), channel,
                    in.resident(), compound, now);
            if (in.approvedAt() != null) {
                p.complete(in.approvedAt(), in.closedAt(), in.outcome(), now);
            }
            reschedule(p, false);
            em.persist(p);
            if (p.getId() == null) {
                // Sequence ids are assigned on persist; only another id strategy would need the insert first.
                em.flush();
            }
            event(p, "RECEIVED", describe(p));
            return new Applied(new Written(Result.CREATED, p),
                    new PetitionChanged(p.getId(), p.getReceiptNo(), PetitionChanged.Change.RECEIVED));
        }
        Petition p = existing;
        if (sameAs(p, in, r, channel, compound)) {
            return new Applied(new Written(Result.UNCHANGED, p), null);
        }
        boolean receiptChanged = !p.getReceivedAt().equals(in.receivedAt()) || !p.getType().getCode().equals(r.type().getCode());
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
        reschedule(p, !receiptChanged);
        event(p, "UPDATED", describe(p));
        PetitionChanged.Change change = in.approvedAt() != null
                ? PetitionChanged.Change.COMPLETED
                : wasCompleted ? PetitionChanged.Change.REOPENED : PetitionChanged.Change.UPDATED;
        return new Applied(new Written(Result.UPDATED, p), new PetitionChanged(p.getId(), p.getReceiptNo(), change));
    }

    /** Records the approval of the decision (결재 완료). */
    @RolesAllowed({Role.EMPLOYEE_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME, "API_PETITIONS"})
    public Petition complete(String receiptNo, long version, LocalDateTime approvedAt, Outcome outcome) {
        Petition p = forChange(receiptNo, version);
        LocalDateTime now = LocalDateTime.now(clock);
        if (!isCore()) {
            // A person records a completion as it happens: the approval time is the office clock's now, not typed.
            if (p.isCompleted()) {
                throw new PetitionRejected("approvedAt", "이미 결재된 민원입니다. 결재일시나 처리결과를 바꾸려면 '정정 요청'을 하십시오.");
            }
            approvedAt = now;
        }
        if (approvedAt == null || approvedAt.isAfter(now)) {
            throw new PetitionRejected("approvedAt", "결재일시는 지금이나 과거여야 합니다.");
        }
        if (approvedAt.isBefore(p.getReceivedAt())) {
            throw new PetitionRejected("approvedAt", "결재일시가 접수일시보다 앞섭니다.");
        }
        for (PetitionStop s : p.getStops()) {
            if (!s.getStartedAt().isBefore(approvedAt) || (s.getEndedAt() != null && s.getEndedAt().isAfter(approvedAt))) {
                throw new PetitionRejected("approvedAt", "처리정지(" + FactRules.show(s.getStartedAt()) + " ~ "
                        + FactRules.show(s.getEndedAt()) + ")가 결재일시 뒤까지 이어집니다.");
            }
        }
        for (PetitionStop s : p.getStops()) {
            if (s.isOpen()) {
                s.end(approvedAt);
            }
        }
        p.complete(approvedAt, null, outcome, now);
        reschedule(p, true);
        event(p, "COMPLETED", "결재 " + approvedAt + " · " + p.getOutcome() + " · 사용 " + p.getUsedDays() + "일 / 법정 " + p.getLegalDays() + "일");
        changed.fire(new PetitionChanged(p.getId(), p.getReceiptNo(), PetitionChanged.Change.COMPLETED));
        return p;
    }

    @RolesAllowed({Role.EMPLOYEE_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME, "API_PETITIONS"})
    public Petition reopen(String receiptNo, long version) {
        Petition p = forChange(receiptNo, version);
        if (!isCore()) {
            throw new PetitionRejected("receiptNo", "결재된 민원을 다시 여는 것은 정정입니다. '정정 요청'을 하십시오.");
        }
        p.reopen(LocalDateTime.now(clock));
        reschedule(p, true);
        event(p, "REOPENED", null);
        changed.fire(new PetitionChanged(p.getId(), p.getReceiptNo(), PetitionChanged.Change.REOPENED));
        return p;
    }

    /** Stops the clock (보완 요청 etc.); an end of null means it is still stopped. */
    @RolesAllowed({Role.EMPLOYEE_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME, "API_PETITIONS", "API_IMPORTS"})
    public PetitionStop addStop(String receiptNo, StopReason reason, LocalDateTime startedAt, LocalDateTime endedAt, String note) {
        Petition p = forChange(receiptNo, null);
        checkStop(p, reason, startedAt, endedAt, null);
        checkStopFacts(p, startedAt, endedAt, isCore());
        return recordStop(p, reason, startedAt, endedAt, note);
    }

    /** A stop from a stops file (the core system's, by an ADMIN's upload or an IMPORTS key): the core rules. */
    @RolesAllowed({Role.ADMIN_NAME, "API_IMPORTS"})
    public PetitionStop importStop(String receiptNo, StopReason reason, LocalDateTime startedAt, LocalDateTime endedAt, String note) {
        Petition p = forChange(receiptNo, null);
        checkStop(p, reason, startedAt, endedAt, null);
        checkStopFacts(p, startedAt, endedAt, true);
        return recordStop(p, reason, startedAt, endedAt, note);
    }

    /** A changed stop from a stops file: the core rules. */
    @RolesAllowed({Role.ADMIN_NAME, "API_IMPORTS"})
    public PetitionStop importStopChange(String receiptNo, long stopId, StopReason reason, LocalDateTime startedAt,
            LocalDateTime endedAt, String note) {
        Petition p = forChange(receiptNo, null);
        PetitionStop stop = p.getStops().stream().filter(s -> s.getId() == stopId).findFirst()
                .orElseThrow(() -> new PetitionRejected("stopId", "이 민원에 그런 처리정지가 없습니다."));
        checkStop(p, reason, startedAt, endedAt, stop);
        checkStopFacts(p, startedAt, endedAt, true);
        return rewriteStop(p, stop, reason, startedAt, endedAt, note);
    }

    private void checkStopFacts(Petition p, LocalDateTime startedAt, LocalDateTime endedAt, boolean core) {
        LocalDateTime now = LocalDateTime.now(clock);
        List<PetitionRules.Violation> v = core
                ? FactRules.coreStop(p.getReceivedAt(), p.getApprovedAt(), startedAt, endedAt, now)
                : FactRules.staffStop(p.isCompleted(), p.getReceivedAt(), startedAt, endedAt, now, staffWindowStart(now));
        if (!v.isEmpty()) {
            throw new PetitionRejected(v);
        }
    }

    private PetitionStop recordStop(Petition p, StopReason reason, LocalDateTime startedAt, LocalDateTime endedAt, String note) {
        PetitionStop stop;
        try {
            stop = p.addStop(reason, startedAt, endedAt, note);
        } catch (IllegalArgumentException e) {
            throw new PetitionRejected("startedAt", "처리정지는 접수 이후에 시작하고, 끝은 시작보다 뒤여야 합니다.");
        }
        LocalDateTime before = p.getDeadline();
        reschedule(p, true);
        em.flush();
        event(p, "STOPPED", reason + " " + startedAt + " ~ " + (endedAt == null ? "진행 중" : endedAt) + movedText(before, p));
        changed.fire(new PetitionChanged(p.getId(), p.getReceiptNo(), PetitionChanged.Change.RESCHEDULED));
        return stop;
    }

    /** Changes a stop, typically to record when the corrected filing arrived (resume). */
    @RolesAllowed({Role.EMPLOYEE_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME, "API_PETITIONS", "API_IMPORTS"})
    public PetitionStop changeStop(String receiptNo, long stopId, StopReason reason, LocalDateTime startedAt, LocalDateTime endedAt, String note) {
        Petition p = forChange(receiptNo, null);
        PetitionStop stop = p.getStops().stream().filter(s -> s.getId() == stopId).findFirst()
                .orElseThrow(() -> new PetitionRejected("stopId", "이 민원에 그런 처리정지가 없습니다."));
        checkStop(p, reason, startedAt, endedAt, stop);
        boolean core = isCore();
        if (!core && !FactRules.onlyEnds(stop.getReason(), stop.getStartedAt(), stop.getEndedAt(), reason, startedAt, endedAt)) {
            throw new PetitionRejected("startedAt", "화면에서는 진행 중인 처리정지의 끝(재개)만 기록할 수 있습니다."
                    + " 사유나 시작을 바꾸거나 끝난 정지를 고치는 것은 '정정 요청'으로 하십시오.");
        }
        checkStopFacts(p, startedAt, endedAt, core);
        return rewriteStop(p, stop, reason, startedAt, endedAt, note);
    }

    private PetitionStop rewriteStop(Petition p, PetitionStop stop, StopReason reason, LocalDateTime startedAt,
            LocalDateTime endedAt, String note) {
        try {
            stop.change(reason, startedAt, endedAt, note);
        } catch (IllegalArgumentException e) {
            throw new PetitionRejected("endedAt", "처리정지의 끝은 시작보다 뒤여야 합니다.");
        }
        LocalDateTime before = p.getDeadline();
        reschedule(p, true);
        event(p, endedAt != null ? "RESUMED" : "STOP_CHANGED", reason + " " + startedAt + " ~ " + (endedAt == null ? "진행 중" : endedAt) + movedText(before, p));
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
        Petition p = forChange(receiptNo, null);
        LocalDateTime now = LocalDateTime.now(clock);
        if (decidedAt != null && !isCore()) {
            throw new PetitionRejected("decidedAt", "화면에서는 지금 결정한 연장만 기록합니다. 지난 연장은 '정정 요청'으로 하십시오.");
        }
        LocalDateTime decided = decidedAt == null ? now : decidedAt;
        if (p.isCompleted()) {
            throw new PetitionRejected("receiptNo", "처리가 끝난 민원은 연장할 수 없습니다.");
        }
        if (reason == null || reason.isBlank()) {
            throw new PetitionRejected("reason", "연장 사유를 적어야 합니다.");
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
            throw new PetitionRejected("amount", "연장 기간이 올바르지 않습니다.");
        }
        checkExtensionDecision(p, decided, now);
        LocalDateTime before = p.getDeadline();
        p.addExtension(extension, now, callerName(), decided);
        reschedule(p, true);
        p.recordExtendedDeadline();
        event(p, "EXTENDED", amount + " 연장 (" + (consent ? "동의" : "동의 없음") + "): " + reason + movedText(before, p));
        changed.fire(new PetitionChanged(p.getId(), p.getReceiptNo(), PetitionChanged.Change.RESCHEDULED));
        return p;
    }

    /** The deadline in force at {@code decided}: the stops begun by then (open if they ended later), the earlier extensions. */
    private void checkExtensionDecision(Petition p, LocalDateTime decided, LocalDateTime now) {
        List<ClockStop> then = new ArrayList<>();
        for (PetitionStop s : p.getStops()) {
            if (!s.getStartedAt().isAfter(decided)) {
                then.add(s.getEndedAt() == null || s.getEndedAt().isAfter(decided)
                        ? ClockStop.open(s.getReason(), s.getStartedAt()) : s.toClockStop());
            }
        }
        Deadline d = new DeadlineCalculator(calendar.calendar()).compute(p.getReceivedAt(), p.period(), then, p.legalExtensions());
        LocalDateTime previous = p.getExtensions().isEmpty() ? null
                : p.getExtensions().get(p.getExtensions().size() - 1).getDecidedAt();
        List<PetitionRules.Violation> v = FactRules.extensionDecision(decided, p.getReceivedAt(), previous, d.deadline(),
                d.suspended(), now);
        if (!v.isEmpty()) {
            throw new PetitionRejected(v);
        }
    }

    /**
     * Transfers a petition (이송): it closes at the sender as TRANSFERRED and starts again as a new receipt at the
     * receiving unit, received at the moment of transfer.
     */
    @RolesAllowed({Role.EMPLOYEE_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME, "API_PETITIONS"})
    public Petition transfer(String receiptNo, String newReceiptNo, String toHandlerNo, String toUnitCode) {
        Petition from = forChange(receiptNo, null);
        if (from.isCompleted()) {
            throw new PetitionRejected("receiptNo", "처리가 끝난 민원은 이송할 수 없습니다.");
        }
        LocalDateTime now = LocalDateTime.now(clock);
        String target = newReceiptNo == null || newReceiptNo.isBlank() ? receiptNo + "-T" + now.toLocalDate().toString().replace("-", "") : newReceiptNo.trim();
        PetitionInput in = new PetitionInput(target, from.getType().getCode(), now, toHandlerNo, toUnitCode,
                from.getChannel(), from.getResident(), null, null, null, from.isCompound());
        List<PetitionRules.Violation> violations = PetitionRules.check(in, databaseLookups(), now);
        if (!violations.isEmpty()) {
            throw new PetitionRejected(violations);
        }
        if (byReceiptNo(target).isPresent()) {
            throw new PetitionRejected("newReceiptNo", "이미 있는 접수번호입니다: " + target);
        }
        from.complete(now, now, Outcome.TRANSFERRED, now);
        reschedule(from, true);
        event(from, "TRANSFERRED", "→ " + target + " (" + toUnitCode + " " + toHandlerNo + ")");
        changed.fire(new PetitionChanged(from.getId(), from.getReceiptNo(), PetitionChanged.Change.TRANSFERRED));
        Petition to = apply(in, null, resolve(in), now).petition();
        to.markTransferredFrom(from.getReceiptNo());
        event(to, "TRANSFERRED_IN", "← " + from.getReceiptNo());
        return to;
    }

    /**
     * After a calendar change on {@code day}: recomputes the open petitions whose period spans that day, keeping each
     * one's original deadline, leaving completed ones alone. Returns how many deadlines moved.
     */
    @RolesAllowed({Role.ADMIN_NAME, "API_ADMIN"})
    public int rescheduleAround(LocalDate day) {
        List<Petition> open = em.createQuery("SELECT p FROM Petition p WHERE p.status IN :openStates"
                        + " AND p.receivedAt < :after AND p.deadline >= :from", Petition.class)
                .setParameter("openStates", List.of(PetitionStatus.OPEN, PetitionStatus.SUSPENDED))
                .setParameter("after", day.plusDays(1).atStartOfDay())
                .setParameter("from", day.minusDays(1).atStartOfDay())
                .getResultList();
        int moved = 0;
        for (Petition p : open) {
            LocalDateTime before = p.getDeadline();
            reschedule(p, true);
            if (!before.equals(p.getDeadline())) {
                moved++;
                event(p, "DEADLINE_MOVED", "달력 변경 (" + day + "): " + before + " → " + p.getDeadline());
                changed.fire(new PetitionChanged(p.getId(), p.getReceiptNo(), PetitionChanged.Change.RESCHEDULED));
            }
        }
        return moved;
    }

    // ---------------------------------------------------------------- reading

    @RolesAllowed({Role.EMPLOYEE_NAME, Role.MANAGER_NAME, Role.AUDITOR_NAME, Role.ADMIN_NAME, "API_READ", "API_PETITIONS"})
    public Petition find(String receiptNo) {
        Petition p = byReceiptNo(receiptNo).orElseThrow(() -> new PetitionNotFound(receiptNo));
        if (!maySee(p)) {
            throw new PetitionNotFound(receiptNo);
        }
        return p;
    }

    @RolesAllowed({Role.EMPLOYEE_NAME, Role.MANAGER_NAME, Role.AUDITOR_NAME, Role.ADMIN_NAME, "API_READ", "API_PETITIONS"})
    public List<PetitionEvent> timeline(String receiptNo) {
        Petition p = find(receiptNo);
        return em.createQuery("SELECT e FROM PetitionEvent e WHERE e.petitionId = :p ORDER BY e.occurredAt, e.id", PetitionEvent.class)
                .setParameter("p", p.getId()).getResultList();
    }

    /**
     * Applies an approved correction (called by {@link Corrections#approve}, which checked the approver and marked
     * it approved in this transaction): the proposed facts through the same rules as the core system's, one change
     * event whose note names who asked and who approved, so that the ledger's reversal and new score say both.
     */
    @RolesAllowed({Role.EMPLOYEE_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME})
    public Petition applyCorrection(PetitionCorrection c, String note) {
        if (c.getStatus() != kr.minwon.portal.petition.entity.CorrectionStatus.APPROVED
                || !Objects.equals(c.getDecidedBy(), callerName())) {
            throw new PetitionAccessDenied(c.getPetition().getReceiptNo());
        }
        Petition p = em.find(Petition.class, c.getPetition().getId());
        em.lock(p, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        LocalDateTime now = LocalDateTime.now(clock);
        PetitionCorrection.Proposal x = c.proposal();
        boolean handlerChanges = x.handlerNo() != null && !x.handlerNo().equals(p.getHandler().getEmployeeNo());
        LocalDateTime approvedAt = x.reopen() ? null : x.approvedAt() != null ? x.approvedAt() : p.getApprovedAt();
        Outcome outcome = x.reopen() ? null : x.outcome() != null ? x.outcome() : p.getOutcome();
        if (approvedAt == null && outcome != null && !x.reopen()) {
            throw new PetitionRejected("outcome", "결재되지 않은 민원의 처리결과는 바꿀 수 없습니다. 결재일시도 주십시오.");
        }
        PetitionInput in = new PetitionInput(p.getReceiptNo(), x.typeCode() != null ? x.typeCode() : p.getType().getCode(),
                x.receivedAt() != null ? x.receivedAt() : p.getReceivedAt(),
                handlerChanges ? x.handlerNo() : p.getHandler().getEmployeeNo(),
                handlerChanges ? null : p.getUnit().getCode(), p.getChannel(), p.getResident(), approvedAt,
                approvedAt == null ? null : p.getClosedAt() != null && !p.getClosedAt().isBefore(approvedAt) ? p.getClosedAt() : null,
                approvedAt == null ? null : outcome, x.compound() != null ? x.compound() : p.isCompound());
        List<PetitionRules.Violation> violations = PetitionRules.check(in, databaseLookups(), now);
        if (!violations.isEmpty()) {
            throw new PetitionRejected(violations);
        }
        Resolved r = resolve(in);
        if (x.stopReason() != null) {
            if (x.stopStartedAt() == null) {
                throw new PetitionRejected("startedAt", "처리정지 시작일시가 있어야 합니다.");
            }
            checkStop(p, x.stopReason(), x.stopStartedAt(), x.stopEndedAt(), null);
            List<PetitionRules.Violation> v = FactRules.coreStop(in.receivedAt(), in.approvedAt(), x.stopStartedAt(),
                    x.stopEndedAt(), now);
            if (!v.isEmpty()) {
                throw new PetitionRejected(v);
            }
            try {
                p.addStop(x.stopReason(), x.stopStartedAt(), x.stopEndedAt(), x.stopNote());
            } catch (IllegalArgumentException e) {
                throw new PetitionRejected("startedAt", "처리정지는 접수 이후에 시작해야 합니다.");
            }
        }
        if (in.approvedAt() != null) {
            checkStopsWithin(p, in.receivedAt(), in.approvedAt());
        } else {
            for (PetitionStop s : p.getStops()) {
                if (s.getStartedAt().isBefore(in.receivedAt())) {
                    throw new PetitionRejected("receivedAt", "처리정지(" + FactRules.show(s.getStartedAt()) + ")가 새 접수일시보다 앞섭니다.");
                }
            }
        }
        boolean wasCompleted = p.isCompleted();
        Applied a = applyOne(in, p, r, now);
        if (a.change() == null) {
            // Only a stop was added: the record is the same, the deadline and time used are not.
            reschedule(p, true);
        }
        em.flush();
        event(p, "CORRECTED", note);
        PetitionChanged.Change kind = a.change() != null ? a.change().change()
                : wasCompleted ? PetitionChanged.Change.COMPLETED : PetitionChanged.Change.RESCHEDULED;
        changed.fire(new PetitionChanged(p.getId(), p.getReceiptNo(), kind, note));
        return p;
    }

    /** Records a line on a petition's timeline (the corrections' requests and decisions). */
    public void timelineEvent(Petition p, String kind, String detail) {
        event(p, kind, detail);
    }

    /** What this caller may change: the handler, the leader or head of its unit, admins and API clients. */
    @RolesAllowed({Role.EMPLOYEE_NAME, Role.MANAGER_NAME, Role.AUDITOR_NAME, Role.ADMIN_NAME, "API_READ", "API_PETITIONS"})
    public boolean mayChange(Petition p) {
        if (session.isCallerInRole(Role.ADMIN_NAME) || session.isCallerInRole("API_PETITIONS")
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

    private boolean maySee(Petition p) {
        if (session.isCallerInRole(Role.AUDITOR_NAME) || session.isCallerInRole("API_READ")) {
            return true;
        }
        return mayChange(p);
    }

    private static boolean isHead(Unit unit, Employee e) {
        return unit != null && unit.getHead() != null && Objects.equals(unit.getHead().getId(), e.getId());
    }

    // ---------------------------------------------------------------- shared

    /** The references of a valid input, looked up. */
    public record Resolved(PetitionType type, Employee handler, Unit unit) {}

    private Resolved resolve(PetitionInput in) {
        PetitionType type = em.createQuery("SELECT t FROM PetitionType t WHERE t.code = :c", PetitionType.class)
                .setParameter("c", in.typeCode().trim()).getSingleResult();
        Employee handler = em.createQuery("SELECT e FROM Employee e WHERE e.employeeNo = :n", Employee.class)
                .setParameter("n", in.handlerNo().trim()).getSingleResult();
        Unit unit = in.departmentCode() == null || in.departmentCode().isBlank()
                ? handler.getUnit()
                : em.createQuery("SELECT u FROM Unit u WHERE u.code = :c", Unit.class)
                        .setParameter("c", in.departmentCode().trim()).getSingleResult();
        if (unit == null) {
            throw new PetitionRejected("departmentCode", "담당자에게 부서가 없으니 부서코드를 주어야 합니다.");
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
                return count("SELECT COUNT(e) FROM Employee e WHERE e.employeeNo = :v AND e.active = TRUE", employeeNo.trim()) > 0;
            }

            @Override
            public boolean unitExists(String code) {
                return count("SELECT COUNT(u) FROM Unit u WHERE u.code = :v", code.trim()) > 0;
            }
        };
    }

    private long count(String jpql, String value) {
        return em.createQuery(jpql, Long.class).setParameter("v", value).getSingleResult();
    }

    private static boolean sameAs(Petition p, PetitionInput in, Resolved r, Channel channel, boolean compound) {
        return p.getType().getCode().equals(r.type().getCode())
                && p.getReceivedAt().equals(in.receivedAt())
                && Objects.equals(p.getHandler().getId(), r.handler().getId())
                && Objects.equals(p.getUnit().getId(), r.unit().getId())
                && p.getChannel() == channel
                && p.getResident() == in.resident()
                && p.isCompound() == compound
                && Objects.equals(p.getApprovedAt(), in.approvedAt())
                && Objects.equals(p.getClosedAt(), in.closedAt())
                && (in.approvedAt() == null || p.getOutcome() == (in.outcome() == null ? Outcome.GRANTED : in.outcome()));
    }

    public Optional<Petition> byReceiptNo(String receiptNo) {
        if (receiptNo == null) {
            return Optional.empty();
        }
        return em.createQuery("SELECT p FROM Petition p WHERE p.receiptNo = :r", Petition.class)
                .setParameter("r", receiptNo.trim()).getResultStream().findFirst();
    }

    private Petition forChange(String receiptNo, Long version) {
        Petition p = byReceiptNo(receiptNo).orElseThrow(() -> new PetitionNotFound(receiptNo));
        checkMayChange(p);
        if (version != null && p.getVersion() != version) {
            throw new jakarta.persistence.OptimisticLockException("다른 사람이 먼저 이 민원을 바꾸었습니다. 새로 읽은 뒤 다시 하십시오.");
        }
        em.lock(p, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        return p;
    }

    private void checkMayChange(Petition p) {
        if (!mayChange(p)) {
            throw new PetitionAccessDenied(p.getReceiptNo());
        }
    }

    private void checkStop(Petition p, StopReason reason, LocalDateTime startedAt, LocalDateTime endedAt, PetitionStop self) {
        if (reason == null || startedAt == null) {
            throw new PetitionRejected(reason == null ? "reason" : "startedAt", "처리정지 사유와 시작일시가 있어야 합니다.");
        }
        LocalDateTime now = LocalDateTime.now(clock);
        if (startedAt.isAfter(now) || (endedAt != null && endedAt.isAfter(now))) {
            throw new PetitionRejected("startedAt", "처리정지 일시는 미래일 수 없습니다.");
        }
        for (PetitionStop other : p.getStops()) {
            if (other == self) {
                continue;
            }
            LocalDateTime otherEnd = other.getEndedAt() == null ? LocalDateTime.MAX : other.getEndedAt();
            LocalDateTime end = endedAt == null ? LocalDateTime.MAX : endedAt;
            if (startedAt.isBefore(otherEnd) && other.getStartedAt().isBefore(end)) {
                throw new PetitionRejected("startedAt", "다른 처리정지 기간과 겹칩니다.");
            }
        }
    }

    private void reschedule(Petition p, boolean keepOriginal) {
        Deadline d = new DeadlineCalculator(calendar.calendar()).compute(p.getReceivedAt(), p.period(), p.clockStops(), p.legalExtensions());
        p.schedule(d, keepOriginal);
    }

    private void event(Petition p, String kind, String detail) {
        em.persist(new PetitionEvent(p.getId(), LocalDateTime.now(clock), callerName(), kind, detail));
    }

    private String callerName() {
        String name = session.getCallerPrincipal().getName();
        return "ANONYMOUS".equals(name) ? "system" : name;
    }

    private static String movedText(LocalDateTime before, Petition p) {
        return before.equals(p.getDeadline()) ? "" : " · 처리기한 " + before + " → " + p.getDeadline();
    }

    private static String describe(Petition p) {
        return p.getType().getCode() + " " + p.getType().getName() + " · 접수 " + p.getReceivedAt() + " · 담당 "
                + p.getHandler().getEmployeeNo() + " · 처리기한 " + p.getDeadline() + " (" + p.getMode() + ")"
                + (p.isCompleted() ? " · 결재 " + p.getApprovedAt() + " " + p.getOutcome() : "");
    }
}
