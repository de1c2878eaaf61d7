package kr.minwon.portal.petition.boundary;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDateTime;
import kr.minwon.portal.petition.control.FactRules;
import kr.minwon.portal.petition.control.Outcome;
import kr.minwon.portal.petition.entity.Petition;
import kr.minwon.portal.petition.entity.PetitionStop;
import kr.minwon.portal.platform.text.Texts;
import kr.minwon.portal.staff.entity.Role;

/** Recording the approval of a petition's decision (결재 완료), and reopening it (the core system only). */
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
public class PetitionCompletion {

    @Inject
    Clock clock;

    @Inject
    Event<PetitionChanged> changed;

    @Inject
    PetitionRecords records;

    /** Records the approval of the decision (결재 완료). */
    @RolesAllowed({Role.EMPLOYEE_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME, "API_PETITIONS"})
    public Petition complete(String receiptNo, long version, LocalDateTime approvedAt, Outcome outcome) {
        Petition p = records.forChange(receiptNo, version);
        LocalDateTime now = LocalDateTime.now(clock);
        if (!records.isCore()) {
            // A person records a completion as it happens: the approval time is the office clock's now, not typed.
            if (p.isCompleted()) {
                throw new PetitionRejected("approvedAt", Texts.t("petition.msg.PetitionCompletion.4"));
            }
            approvedAt = now;
        }
        if (approvedAt == null || approvedAt.isAfter(now)) {
            throw new PetitionRejected("approvedAt", Texts.t("petition.msg.PetitionCompletion.3"));
        }
        if (approvedAt.isBefore(p.getReceivedAt())) {
            throw new PetitionRejected("approvedAt", Texts.t("petition.msg.PetitionCompletion.2"));
        }
        for (PetitionStop s : p.getStops()) {
            if (!s.getStartedAt().isBefore(approvedAt)
                    || (s.getEndedAt() != null && s.getEndedAt().isAfter(approvedAt))) {
                throw new PetitionRejected(
                        "approvedAt",
                        Texts.t(
                                "petition.msg.stopPastApproval",
                                FactRules.show(s.getStartedAt()),
                                FactRules.show(s.getEndedAt())));
            }
        }
        for (PetitionStop s : p.getStops()) {
            if (s.isOpen()) {
                s.end(approvedAt);
            }
        }
        p.complete(approvedAt, null, outcome, now);
        records.reschedule(p, true);
        records.event(
                p,
                "COMPLETED",
                Texts.t(
                        "petition.event.completed",
                        String.valueOf(approvedAt),
                        String.valueOf(p.getOutcome()),
                        String.valueOf(p.getUsedDays()),
                        String.valueOf(p.getLegalDays())));
        changed.fire(new PetitionChanged(p.getId(), p.getReceiptNo(), PetitionChanged.Change.COMPLETED));
        return p;
    }

    @RolesAllowed({Role.EMPLOYEE_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME, "API_PETITIONS"})
    public Petition reopen(String receiptNo, long version) {
        Petition p = records.forChange(receiptNo, version);
        if (!records.isCore()) {
            throw new PetitionRejected("receiptNo", Texts.t("petition.msg.PetitionCompletion.1"));
        }
        p.reopen(LocalDateTime.now(clock));
        records.reschedule(p, true);
        records.event(p, "REOPENED", null);
        changed.fire(new PetitionChanged(p.getId(), p.getReceiptNo(), PetitionChanged.Change.REOPENED));
        return p;
    }
}
