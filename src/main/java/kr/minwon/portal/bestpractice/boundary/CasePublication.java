package kr.minwon.portal.bestpractice.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import kr.minwon.portal.bestpractice.control.Actor;
import kr.minwon.portal.bestpractice.control.CaseAction;
import kr.minwon.portal.bestpractice.control.CaseTexts;
import kr.minwon.portal.bestpractice.control.CaseWorkflow;
import kr.minwon.portal.bestpractice.entity.CaseEvent;
import kr.minwon.portal.bestpractice.entity.CaseStatus;
import kr.minwon.portal.bestpractice.entity.PracticeCase;
import kr.minwon.portal.notice.boundary.Inbox;
import kr.minwon.portal.platform.audit.AuditLog;
import kr.minwon.portal.platform.text.Texts;
import kr.minwon.portal.staff.entity.Role;

/** Publishing approved cases (now or on a later day, {@link CasePublicationTimer} and every board read catch up) and archiving them. */
@Stateless
public class CasePublication {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AuditLog audit;

    @Inject
    Inbox inbox;

    @Inject
    CaseAccess guard;

    /** Publishes an approved case now ({@code on} null or today and earlier) or schedules it for a later day. */
    @RolesAllowed({Role.ADMIN_NAME})
    public PracticeCase publish(Long id, LocalDate on) {
        PracticeCase c = guard.find(id);
        LocalDate today = LocalDate.now(clock);
        if (on != null && on.isAfter(today)) {
            guard.transition(c, CaseAction.SCHEDULE_PUBLICATION, Texts.t("cases.event.scheduled", String.valueOf(on)));
            c.schedulePublication(on);
            audit.record("CASE_PUBLICATION_SCHEDULED", "case " + c.getId(), on.toString());
            return c;
        }
        c.schedulePublication(today);
        guard.transition(c, CaseAction.PUBLISH, null);
        audit.record("CASE_PUBLISHED", "case " + c.getId(), c.getTitle());
        guard.tellAuthor(
                c,
                CaseTexts.text("published.title", c.getTitle()),
                CaseTexts.text("published.body"),
                "/cases/view.xhtml?id=" + c.getId());
        return c;
    }

    @RolesAllowed({Role.ADMIN_NAME})
    public PracticeCase archive(Long id) {
        PracticeCase c = guard.find(id);
        guard.transition(c, CaseAction.ARCHIVE, null);
        audit.record("CASE_ARCHIVED", "case " + c.getId(), c.getTitle());
        return c;
    }

    /**
     * Publishes approved cases whose day has come. Runs from the timer and on every read of the board, so a case
     * appears on its day even if the timer has not fired yet on this node.
     */
    @PermitAll
    public int publishDue() {
        List<PracticeCase> due = em.createQuery(
                        "SELECT c FROM PracticeCase c WHERE c.status = "
                                + "kr.minwon.portal.bestpractice.entity.CaseStatus.APPROVED AND c.publishOn <= :today",
                        PracticeCase.class)
                .setParameter("today", LocalDate.now(clock))
                .getResultList();
        LocalDateTime now = LocalDateTime.now(clock);
        for (PracticeCase c : due) {
            CaseStatus to = CaseWorkflow.next(c.getStatus(), CaseAction.PUBLISH, Actor.SYSTEM);
            c.moveTo(to, now);
            em.persist(new CaseEvent(
                    c,
                    CaseAction.PUBLISH.name(),
                    CaseStatus.APPROVED,
                    to,
                    Texts.t("bestpractice.msg.CasePublication.1"),
                    "system",
                    now));
            inbox.post(
                    c.getAuthor().getId(),
                    CaseTexts.text("published.title", c.getTitle()),
                    CaseTexts.text("publishedOnDay.body"),
                    "/cases/view.xhtml?id=" + c.getId());
        }
        return due.size();
    }
}
