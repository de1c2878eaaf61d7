package kr.minwon.portal.petition.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import kr.minwon.portal.petition.control.CorrectionRules;
import kr.minwon.portal.petition.control.FactRules;
import kr.minwon.portal.petition.entity.CorrectionStatus;
import kr.minwon.portal.petition.entity.Petition;
import kr.minwon.portal.petition.entity.PetitionCorrection;
import kr.minwon.portal.platform.audit.AuditLog;
import kr.minwon.portal.platform.text.Texts;
import kr.minwon.portal.security.boundary.Accounts;
import kr.minwon.portal.staff.boundary.Staff;
import kr.minwon.portal.staff.entity.Employee;
import kr.minwon.portal.staff.entity.Role;

/**
 * Corrections of a petition's facts (issue 13): whoever may change a petition (its handler, the leader of its team,
 * the head of its department, an ADMIN) asks with a reason; the leader of its team, the head of its department or an
 * ADMIN who is neither the one asking nor a person it scores (the handler before and after) approves — the change is
 * applied then, through {@link Petitions#applyCorrection} — or refuses with a reason. Request and decision go to the
 * audit log and the petition's timeline; the rows stay, whatever the decision.
 */
@Stateless
@DeclareRoles({Role.EMPLOYEE_NAME, Role.MANAGER_NAME, Role.AUDITOR_NAME, Role.ADMIN_NAME})
public class Corrections {

    /** A correction as the screens show it. */
    public record Row(
            long id,
            String receiptNo,
            CorrectionStatus status,
            String summary,
            String reason,
            String requestedBy,
            LocalDateTime requestedAt,
            String handlerBefore,
            String handlerAfter,
            String decidedBy,
            LocalDateTime decidedAt,
            String decisionNote,
            boolean mayDecide,
            String whyNot)
            implements Serializable {

        /** The message key of its status. */
        public String statusKey() {
            return "correction.status." + status.name();
        }
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Staff staff;

    @Inject
    Petitions petitions;

    @Inject
    PetitionLookup lookup;

    @Inject
    Accounts accounts;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    /** Asks for a correction of a petition the caller may change; nothing changes until someone else approves. */
    @RolesAllowed({Role.EMPLOYEE_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME})
    public Row request(String receiptNo, PetitionCorrection.Proposal proposal, String reason) {
        Petition p = lookup.find(receiptNo);
        if (!lookup.mayChange(p)) {
            throw new PetitionAccessDenied(receiptNo);
        }
        List<kr.minwon.portal.petition.control.PetitionRules.Violation> v = new ArrayList<>();
        if (reason == null || reason.trim().length() < 2) {
            v.add(new kr.minwon.portal.petition.control.PetitionRules.Violation(
                    "reason", Texts.t("petition.msg.Corrections.11")));
        } else if (reason.length() > 1000) {
            v.add(new kr.minwon.portal.petition.control.PetitionRules.Violation(
                    "reason", Texts.t("petition.msg.Corrections.10")));
        }
        if (proposal.isEmpty()) {
            v.add(new kr.minwon.portal.petition.control.PetitionRules.Violation(
                    "handlerNo", Texts.t("petition.msg.Corrections.9")));
        }
        if (proposal.stopReason() != null && proposal.stopStartedAt() == null) {
            v.add(new kr.minwon.portal.petition.control.PetitionRules.Violation(
                    "stopStartedAt", Texts.t("petition.msg.Corrections.8")));
        }
        if (proposal.stopReason() == null && proposal.stopStartedAt() != null) {
            v.add(new kr.minwon.portal.petition.control.PetitionRules.Violation(
                    "stopReason", Texts.t("petition.msg.Corrections.7")));
        }
        if (proposal.reopen() && (proposal.approvedAt() != null || proposal.outcome() != null)) {
            v.add(new kr.minwon.portal.petition.control.PetitionRules.Violation(
                    "reopen", Texts.t("petition.msg.Corrections.6")));
        }
        if (proposal.reopen() && !p.isCompleted()) {
            v.add(new kr.minwon.portal.petition.control.PetitionRules.Violation(
                    "reopen", Texts.t("petition.msg.Corrections.5")));
        }
        if (proposal.handlerNo() != null
                && staff.byNumber(proposal.handlerNo())
                        .filter(Employee::isActive)
                        .isEmpty()) {
            v.add(new kr.minwon.portal.petition.control.PetitionRules.Violation(
                    "handlerNo", Texts.t("petition.msg.noActiveEmployee", proposal.handlerNo())));
        }
        if (!v.isEmpty()) {
            throw new PetitionRejected(v);
        }
        LocalDateTime now = LocalDateTime.now(clock);
        PetitionCorrection c =
                new PetitionCorrection(p, proposal, reason.trim(), describe(p, proposal), audit.callerName(), now);
        em.persist(c);
        em.flush();
        audit.record(
                "CORRECTION_REQUESTED",
                p.getReceiptNo(),
                CorrectionRules.NOTE_PREFIX + c.getId() + " " + c.getSummary()
                        + Texts.t("petition.correction.reason", c.getReason()));
        petitions.timelineEvent(
                p,
                "CORRECTION_REQUESTED",
                CorrectionRules.NOTE_PREFIX
                        + c.getId()
                        + Texts.t("petition.correction.requested", c.getSummary(), c.getReason()));
        return row(c);
    }

    /** Approves and applies a correction; refused (and nothing written) if the caller may not decide it. */
    @RolesAllowed({Role.EMPLOYEE_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME})
    public Row approve(long id, String note) {
        PetitionCorrection c = pending(id);
        checkDecider(c);
        String by = audit.callerName();
        c.decide(true, by, LocalDateTime.now(clock), blankToNull(note));
        String text = CorrectionRules.NOTE_PREFIX
                + c.getId()
                + Texts.t("petition.correction.approved", c.getRequestedBy(), by, c.getReason());
        petitions.applyCorrection(c, text.length() <= 480 ? text : text.substring(0, 480));
        audit.record(
                "CORRECTION_APPROVED",
                c.getPetition().getReceiptNo(),
                CorrectionRules.NOTE_PREFIX
                        + c.getId()
                        + Texts.t("petition.correction.by", c.getRequestedBy(), c.getSummary())
                        + (c.getDecisionNote() == null ? "" : " · " + c.getDecisionNote()));
        return row(c);
    }

    /** Refuses a correction with a reason; the petition stays as it is. */
    @RolesAllowed({Role.EMPLOYEE_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME})
    public Row refuse(long id, String note) {
        PetitionCorrection c = pending(id);
        checkDecider(c);
        if (note == null || note.trim().length() < 2) {
            throw new PetitionRejected("note", Texts.t("petition.msg.Corrections.4"));
        }
        c.decide(false, audit.callerName(), LocalDateTime.now(clock), note.trim());
        audit.record(
                "CORRECTION_REFUSED",
                c.getPetition().getReceiptNo(),
                CorrectionRules.NOTE_PREFIX
                        + c.getId()
                        + Texts.t(
                                "petition.correction.refusedBy",
                                c.getRequestedBy(),
                                c.getSummary(),
                                c.getDecisionNote()));
        petitions.timelineEvent(
                c.getPetition(),
                "CORRECTION_REFUSED",
                CorrectionRules.NOTE_PREFIX + c.getId() + Texts.t("petition.correction.refused", c.getDecisionNote()));
        return row(c);
    }

    /** The pending corrections the caller may decide. */
    @RolesAllowed({Role.EMPLOYEE_NAME, Role.MANAGER_NAME, Role.AUDITOR_NAME, Role.ADMIN_NAME})
    public List<Row> pendingForMe() {
        // The caller once for the whole list (it was read again for every pending correction).
        Optional<Employee> me = accounts.callingEmployee();
        return em
                .createQuery(
                        "SELECT c FROM PetitionCorrection c WHERE c.status = :s ORDER BY c.requestedAt, c.id",
                        PetitionCorrection.class)
                .setParameter("s", CorrectionStatus.PENDING)
                .setMaxResults(500)
                .getResultList()
                .stream()
                .filter(c -> whyNot(c, me).isEmpty())
                .map(this::row)
                .toList();
    }

    /** The corrections the caller asked for, newest first. */
    @RolesAllowed({Role.EMPLOYEE_NAME, Role.MANAGER_NAME, Role.AUDITOR_NAME, Role.ADMIN_NAME})
    public List<Row> mine() {
        return em
                .createQuery(
                        "SELECT c FROM PetitionCorrection c WHERE c.requestedBy = :me ORDER BY c.requestedAt DESC, c.id DESC",
                        PetitionCorrection.class)
                .setParameter("me", audit.callerName())
                .setMaxResults(200)
                .getResultList()
                .stream()
                .map(this::row)
                .toList();
    }

    /** The decided corrections the caller decided, or all of them for auditors and admins, newest first. */
    @RolesAllowed({Role.EMPLOYEE_NAME, Role.MANAGER_NAME, Role.AUDITOR_NAME, Role.ADMIN_NAME})
    public List<Row> decided() {
        boolean all = session.isCallerInRole(Role.AUDITOR_NAME) || session.isCallerInRole(Role.ADMIN_NAME);
        jakarta.persistence.TypedQuery<PetitionCorrection> q = em.createQuery(
                        "SELECT c FROM PetitionCorrection c WHERE c.status <> :s"
                                + (all ? "" : " AND c.decidedBy = :me") + " ORDER BY c.decidedAt DESC, c.id DESC",
                        PetitionCorrection.class)
                .setParameter("s", CorrectionStatus.PENDING);
        if (!all) {
            q.setParameter("me", audit.callerName());
        }
        return q.setMaxResults(200).getResultList().stream().map(this::row).toList();
    }

    /** The corrections of one petition the caller may see, newest first. */
    @RolesAllowed({Role.EMPLOYEE_NAME, Role.MANAGER_NAME, Role.AUDITOR_NAME, Role.ADMIN_NAME})
    public List<Row> ofPetition(String receiptNo) {
        Petition p = lookup.find(receiptNo);
        return em
                .createQuery(
                        "SELECT c FROM PetitionCorrection c WHERE c.petition = :p ORDER BY c.requestedAt DESC, c.id DESC",
                        PetitionCorrection.class)
                .setParameter("p", p)
                .getResultList()
                .stream()
                .map(this::row)
                .toList();
    }

    /** One correction, to those who may see its petition or decide it. */
    @RolesAllowed({Role.EMPLOYEE_NAME, Role.MANAGER_NAME, Role.AUDITOR_NAME, Role.ADMIN_NAME})
    public Optional<Row> find(long id) {
        PetitionCorrection c = em.find(PetitionCorrection.class, id);
        if (c == null) {
            return Optional.empty();
        }
        try {
            lookup.find(c.getPetition().getReceiptNo());
        } catch (PetitionNotFound e) {
            if (whyNot(c).isPresent()) {
                return Optional.empty();
            }
        }
        return Optional.of(row(c));
    }

    // ---------------------------------------------------------------- shared

    private PetitionCorrection pending(long id) {
        PetitionCorrection c = em.find(PetitionCorrection.class, id);
        if (c == null) {
            throw new PetitionRejected("id", Texts.t("petition.msg.noSuchCorrection", String.valueOf(id)));
        }
        if (!c.isPending()) {
            throw new PetitionRejected("id", Texts.t("petition.msg.correctionDecided", String.valueOf(id)));
        }
        return c;
    }

    private void checkDecider(PetitionCorrection c) {
        Optional<String> why = whyNot(c);
        if (why.isPresent()) {
            throw new PetitionRejected("approver", why.get());
        }
    }

    /** Why the caller may not decide {@code c}; empty if he may. */
    private Optional<String> whyNot(PetitionCorrection c) {
        return whyNot(c, accounts.callingEmployee());
    }

    /** Why the caller, who is {@code me}, may not decide {@code c}; empty if he may. */
    private Optional<String> whyNot(PetitionCorrection c, Optional<Employee> me) {
        Long after = c.getHandlerNo() == null
                ? c.getHandlerBefore().getId()
                : staff.byNumber(c.getHandlerNo()).map(Employee::getId).orElse(null);
        return CorrectionRules.refusal(
                new CorrectionRules.Approver(
                        audit.callerName(),
                        me.map(Employee::getId).orElse(null),
                        session.isCallerInRole(Role.ADMIN_NAME),
                        me.isPresent() && Petitions.leadsPetition(c.getPetition(), me.get())),
                new CorrectionRules.Subject(
                        c.getRequestedBy(), c.getHandlerBefore().getId(), after));
    }

    private Row row(PetitionCorrection c) {
        Optional<String> why = c.isPending() ? whyNot(c) : Optional.of("");
        return new Row(
                c.getId(),
                c.getPetition().getReceiptNo(),
                c.getStatus(),
                c.getSummary(),
                c.getReason(),
                c.getRequestedBy(),
                c.getRequestedAt(),
                c.getHandlerBefore().getEmployeeNo(),
                c.getHandlerNo() == null ? c.getHandlerBefore().getEmployeeNo() : c.getHandlerNo(),
                c.getDecidedBy(),
                c.getDecidedAt(),
                c.getDecisionNote(),
                c.isPending() && why.isEmpty(),
                why.orElse(null));
    }

    private static String describe(Petition p, PetitionCorrection.Proposal x) {
        List<String> parts = new ArrayList<>();
        if (x.handlerNo() != null) {
            parts.add(Texts.t("petition.correction.handler", p.getHandler().getEmployeeNo(), x.handlerNo()));
        }
        if (x.typeCode() != null) {
            parts.add(Texts.t("petition.correction.type", p.getType().getCode(), x.typeCode()));
        }
        if (x.receivedAt() != null) {
            parts.add(Texts.t(
                    "petition.correction.received", FactRules.show(p.getReceivedAt()), FactRules.show(x.receivedAt())));
        }
        if (x.compound() != null) {
            parts.add(Texts.t(
                    "petition.correction.compound", String.valueOf(p.isCompound()), String.valueOf(x.compound())));
        }
        if (x.approvedAt() != null) {
            parts.add(Texts.t("petition.correction.approval") + " "
                    + (p.getApprovedAt() == null
                            ? Texts.t("petition.msg.Corrections.3")
                            : FactRules.show(p.getApprovedAt()))
                    + " → " + FactRules.show(x.approvedAt()));
        }
        if (x.outcome() != null) {
            parts.add(Texts.t("petition.correction.outcome") + " "
                    + (p.getOutcome() == null
                            ? Texts.t("petition.msg.Corrections.3")
                            : p.getOutcome().name()) + " → " + x.outcome().name());
        }
        if (x.reopen()) {
            parts.add(Texts.t("petition.msg.Corrections.2"));
        }
        if (x.stopReason() != null) {
            parts.add(Texts.t("petition.correction.stopAdded") + " "
                    + x.stopReason().name() + " " + FactRules.show(x.stopStartedAt()) + " ~ "
                    + (x.stopEndedAt() == null
                            ? Texts.t("petition.msg.Corrections.1")
                            : FactRules.show(x.stopEndedAt())));
        }
        return String.join(" · ", parts);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    static boolean same(String a, String b) {
        return Objects.equals(a, b);
    }
}
