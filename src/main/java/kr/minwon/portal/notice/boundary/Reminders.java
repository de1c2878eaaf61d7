package kr.minwon.portal.notice.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kr.minwon.portal.notice.control.NoticeText;
import kr.minwon.portal.notice.entity.InboxMessage;
import kr.minwon.portal.notice.entity.Reminder;
import kr.minwon.portal.petition.entity.Petition;
import kr.minwon.portal.petition.entity.PetitionStatus;
import kr.minwon.portal.platform.audit.AuditLog;
import kr.minwon.portal.platform.text.Texts;
import kr.minwon.portal.security.boundary.Accounts;
import kr.minwon.portal.staff.entity.Employee;
import kr.minwon.portal.staff.entity.Role;

/**
 * The auditor's 독촉 list: open petitions past their deadline, oldest deadline first, paged in the database; and the
 * reminder (독촉장, 시행령 제28조) to the department head, recorded, put in the head's inbox and audit-logged.
 */
@Stateless
@RolesAllowed({Role.AUDITOR_NAME, Role.ADMIN_NAME})
public class Reminders {

    /** One overdue petition as the list shows it. */
    public record Overdue(
            String receiptNo,
            String typeName,
            String departmentName,
            String handlerName,
            LocalDateTime deadline,
            int daysOverdue,
            long reminders,
            LocalDateTime lastReminderAt,
            String headName)
            implements Serializable {}

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AuditLog audit;

    @Inject
    Accounts accounts;

    @Inject
    NoticeOutbox outbox;

    public long count() {
        return em.createQuery(
                        "SELECT COUNT(p) FROM Petition p WHERE p.status = :open AND p.deadline < :now", Long.class)
                .setParameter("open", PetitionStatus.OPEN)
                .setParameter("now", LocalDateTime.now(clock))
                .getSingleResult();
    }

    public List<Overdue> page(int first, int size) {
        LocalDateTime now = LocalDateTime.now(clock);
        List<Petition> page = em.createQuery(
                        "SELECT p FROM Petition p JOIN FETCH p.type JOIN FETCH p.handler"
                                + " LEFT JOIN FETCH p.department WHERE p.status = :open AND p.deadline < :now ORDER BY p.deadline, p.id",
                        Petition.class)
                .setParameter("open", PetitionStatus.OPEN)
                .setParameter("now", now)
                .setFirstResult(first)
                .setMaxResults(size)
                .getResultList();
        if (page.isEmpty()) {
            return List.of();
        }
        Map<Long, Object[]> sent = new HashMap<>();
        for (Object[] row : em.createQuery(
                        "SELECT r.petition.id, COUNT(r), MAX(r.issuedAt) FROM Reminder r"
                                + " WHERE r.petition.id IN :ids GROUP BY r.petition.id",
                        Object[].class)
                .setParameter("ids", page.stream().map(Petition::getId).toList())
                .getResultList()) {
            sent.put((Long) row[0], row);
        }
        return page.stream()
                .map(p -> {
                    Object[] r = sent.get(p.getId());
                    Employee head =
                            p.getDepartment() == null ? null : p.getDepartment().getHead();
                    return new Overdue(
                            p.getReceiptNo(),
                            p.getType().getName(),
                            p.getDepartment() == null ? "" : p.getDepartment().getName(),
                            p.getHandler().getName(),
                            p.getDeadline(),
                            outbox.daysOverdue(p, now.toLocalDate()),
                            r == null ? 0 : (Long) r[1],
                            r == null ? null : (LocalDateTime) r[2],
                            head == null ? null : head.getName());
                })
                .toList();
    }

    /** Sends a reminder about an overdue petition to the head of its department. */
    public Reminder issue(String receiptNo, String note) {
        Petition p = em.createQuery("SELECT p FROM Petition p WHERE p.receiptNo = :r", Petition.class)
                .setParameter("r", receiptNo)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new NoticeRefused("receiptNo", Texts.t("notice.msg.Reminders.4")));
        LocalDateTime now = LocalDateTime.now(clock);
        if (p.getStatus() != PetitionStatus.OPEN || !p.getDeadline().isBefore(now)) {
            throw new NoticeRefused("receiptNo", Texts.t("notice.msg.Reminders.3"));
        }
        Employee head = p.getDepartment() == null ? null : p.getDepartment().getHead();
        if (head == null || !head.isActive()) {
            throw new NoticeRefused("receiptNo", Texts.t("notice.msg.Reminders.2"));
        }
        String clean = note == null || note.isBlank() ? null : note.trim();
        if (clean != null && clean.length() > 1000) {
            throw new NoticeRefused("note", Texts.t("notice.msg.Reminders.1"));
        }
        int days = outbox.daysOverdue(p, now.toLocalDate());
        String by = audit.callerName();
        String auditorName = accounts.callingEmployee().map(Employee::getName).orElse(by);
        Reminder r = new Reminder(p, p.getDepartment(), head, days, clean, now, by);
        em.persist(r);
        NoticeText text = NoticeText.reminder(outbox.subject(p, false), days, clean, auditorName, head.locale());
        em.persist(new InboxMessage(
                head,
                InboxMessage.REMINDER,
                text.title(),
                text.body(),
                p.getReceiptNo(),
                outbox.subject(p, false).link(),
                null,
                now));
        audit.record(
                "REMINDER_ISSUED",
                p.getReceiptNo(),
                Texts.t("notice.event.reminder", head.getEmployeeNo(), days) + (clean == null ? "" : " · " + clean));
        return r;
    }
}
