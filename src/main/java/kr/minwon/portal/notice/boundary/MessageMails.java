package kr.minwon.portal.notice.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import kr.minwon.portal.notice.control.Attempt;
import kr.minwon.portal.notice.control.NoticeText;
import kr.minwon.portal.notice.entity.InboxMessage;
import kr.minwon.portal.notice.entity.MessageMail;
import kr.minwon.portal.platform.text.Texts;

/**
 * The e-mail copies of inbox news (V16 message_mail), sent by the notice run as the notices' e-mails are: each leased
 * by a guarded UPDATE in its own transaction before the relay is called, settled in another after it.
 */
@Stateless
public class MessageMails {

    /** A leased copy, ready to send outside any transaction. */
    public record Lease(long id, String address, NoticeText text, int attempt) {}

    @PersistenceContext
    EntityManager em;

    @PermitAll
    public List<Long> due(LocalDateTime now, int limit) {
        return em.createQuery(
                        "SELECT m.id FROM MessageMail m WHERE m.status = kr.minwon.portal.notice.entity.DeliveryStatus.PENDING"
                                + " AND m.nextAttemptAt <= :now ORDER BY m.nextAttemptAt, m.id",
                        Long.class)
                .setParameter("now", now)
                .setMaxResults(limit)
                .getResultList();
    }

    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<Lease> lease(long id, LocalDateTime now) {
        int leased = em.createNativeQuery("UPDATE message_mail SET attempts = attempts + 1, next_attempt_at = ?"
                        + " WHERE id = ? AND " + NoticePlanning.STATUS + " = 'PENDING' AND next_attempt_at <= ?")
                .setParameter(1, now.plus(NoticeOutbox.LEASE))
                .setParameter(2, id)
                .setParameter(3, now)
                .executeUpdate();
        if (leased != 1) {
            return Optional.empty();
        }
        MessageMail m = em.find(MessageMail.class, id);
        em.refresh(m);
        InboxMessage message = m.getMessage();
        return Optional.of(new Lease(
                id,
                m.getAddress(),
                new NoticeText(
                        message.getTitle(),
                        message.getBody(),
                        null,
                        Texts.in(Texts.language(message.getRecipient().getLanguage()), "notice.text.sender")),
                m.getAttempts()));
    }

    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void settle(long id, Attempt attempt, LocalDateTime now) {
        String guard = " WHERE id = ? AND " + NoticePlanning.STATUS + " = 'PENDING'";
        switch (attempt.result()) {
            case SENT ->
                em.createNativeQuery(
                                "UPDATE message_mail SET status = 'SENT', sent_at = ?, next_attempt_at = NULL" + guard)
                        .setParameter(1, now)
                        .setParameter(2, id)
                        .executeUpdate();
            case RETRY ->
                em.createNativeQuery("UPDATE message_mail SET next_attempt_at = ?, last_error = ?" + guard)
                        .setParameter(1, attempt.retryAt())
                        .setParameter(2, attempt.error())
                        .setParameter(3, id)
                        .executeUpdate();
            case FAILED ->
                em.createNativeQuery("UPDATE message_mail SET status = 'FAILED', next_attempt_at = NULL, last_error = ?"
                                + guard)
                        .setParameter(1, attempt.error())
                        .setParameter(2, id)
                        .executeUpdate();
        }
    }
}
