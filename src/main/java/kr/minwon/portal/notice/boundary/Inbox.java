package kr.minwon.portal.notice.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import kr.minwon.portal.notice.entity.InboxMessage;
import kr.minwon.portal.staff.entity.Employee;

/**
 * Posts a message to a person's portal inbox from another feature (best-practice cases), in the caller's transaction:
 * a change that rolls back leaves no message. Pre-notices write their inbox lines through their own delivery path.
 */
@Stateless
public class Inbox {

    /** The inbox kind of messages about best-practice cases (V6 allows it in the kind check). */
    public static final String CASE = "CASE";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** Callers are facades that checked their own caller; the message only informs. */
    @PermitAll
    public InboxMessage post(Long recipientEmployeeId, String title, String body, String link) {
        Employee recipient = em.find(Employee.class, recipientEmployeeId);
        if (recipient == null || !recipient.isActive()) {
            return null;
        }
        InboxMessage m = new InboxMessage(recipient, CASE, cut(title, 300), cut(body, 2000), null, cut(link, 300), null,
                LocalDateTime.now(clock));
        em.persist(m);
        return m;
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
