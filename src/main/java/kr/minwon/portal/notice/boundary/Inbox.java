package kr.minwon.portal.notice.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import kr.minwon.portal.notice.entity.InboxMessage;
import kr.minwon.portal.notice.entity.MessageMail;
import kr.minwon.portal.platform.text.Text;
import kr.minwon.portal.platform.text.Texts;
import kr.minwon.portal.security.boundary.Accounts;
import kr.minwon.portal.staff.boundary.Staff;
import kr.minwon.portal.staff.entity.Employee;
import kr.minwon.portal.staff.entity.Role;

/** A person's portal inbox: their own messages only; API clients with the read scope may read anyone's. */
@Stateless
@DeclareRoles({Role.EMPLOYEE_NAME, Role.MANAGER_NAME, Role.REVIEWER_NAME, Role.AUDITOR_NAME, Role.ADMIN_NAME, "API_READ"
})
public class Inbox {

    /** The inbox kind of messages about best-practice cases (V6 allows it in the kind check). */
    public static final String CASE = "CASE";

    /** The inbox kind of the monthly status report's message (V7 allows it in the kind check). */
    public static final String REPORT = "REPORT";

    @PersistenceContext
    EntityManager em;

    @Inject
    Staff staff;

    @Inject
    Clock clock;

    @Inject
    Accounts accounts;

    @Inject
    MailChannel mail;

    @Resource
    SessionContext session;

    @Resource
    TransactionSynchronizationRegistry transaction;

    /** The signed-in person's unread count, for the bell; zero for callers without an employee record. */
    @PermitAll
    public long unreadCount() {
        return me().map(e -> em.createQuery(
                                "SELECT COUNT(m) FROM InboxMessage m WHERE m.recipient.id = :e AND m.readAt IS NULL",
                                Long.class)
                        .setParameter("e", e.getId())
                        .getSingleResult())
                .orElse(0L);
    }

    @PermitAll
    public long count() {
        return me().map(e -> countOf(e.getId())).orElse(0L);
    }

    @PermitAll
    public List<InboxMessage> page(int first, int size) {
        return me().map(e -> pageOf(e.getId(), first, size)).orElse(List.of());
    }

    @PermitAll
    public void markRead(long messageId) {
        Employee e = me().orElseThrow(() -> new NoticeRefused("message", Texts.t("notice.msg.Inbox.2")));
        InboxMessage m = em.find(InboxMessage.class, messageId);
        if (m == null || !m.getRecipient().getId().equals(e.getId())) {
            throw new NoticeRefused("message", Texts.t("notice.msg.Inbox.1"));
        }
        m.markRead(LocalDateTime.now(clock));
    }

    @PermitAll
    public int markAllRead() {
        return me().map(e -> em.createQuery(
                                "UPDATE InboxMessage m SET m.readAt = :now WHERE m.recipient.id = :e AND m.readAt IS NULL")
                        .setParameter("now", LocalDateTime.now(clock))
                        .setParameter("e", e.getId())
                        .executeUpdate())
                .orElse(0);
    }

    /** Someone's inbox for the API: employees only their own; the read scope and admins anyone's. */
    @RolesAllowed({
        Role.EMPLOYEE_NAME,
        Role.MANAGER_NAME,
        Role.REVIEWER_NAME,
        Role.AUDITOR_NAME,
        Role.ADMIN_NAME,
        "API_READ"
    })
    public Owned of(String employeeNo, int first, int size) {
        boolean anyone = session.isCallerInRole("API_READ") || session.isCallerInRole(Role.ADMIN_NAME);
        // One answer for "no such employee" and "not yours": a stranger learns nothing of which numbers exist.
        if (!anyone && me().map(e -> !e.getEmployeeNo().equals(employeeNo)).orElse(true)) {
            throw new jakarta.ws.rs.NotFoundException(Texts.t(NO_INBOX));
        }
        Employee target =
                staff.byNumber(employeeNo).orElseThrow(() -> new jakarta.ws.rs.NotFoundException(Texts.t(NO_INBOX)));
        return new Owned(
                target,
                countOf(target.getId()),
                em.createQuery(
                                "SELECT COUNT(m) FROM InboxMessage m WHERE m.recipient.id = :e AND m.readAt IS NULL",
                                Long.class)
                        .setParameter("e", target.getId())
                        .getSingleResult(),
                pageOf(target.getId(), first, size));
    }

    static final String NO_INBOX = "notice.msg.noInbox";

    /** One person's inbox page with the counts. */
    public record Owned(Employee owner, long total, long unread, List<InboxMessage> messages) {}

    private long countOf(long employeeId) {
        return em.createQuery("SELECT COUNT(m) FROM InboxMessage m WHERE m.recipient.id = :e", Long.class)
                .setParameter("e", employeeId)
                .getSingleResult();
    }

    private List<InboxMessage> pageOf(long employeeId, int first, int size) {
        return em.createQuery(
                        "SELECT m FROM InboxMessage m WHERE m.recipient.id = :e ORDER BY m.createdAt DESC, m.id DESC",
                        InboxMessage.class)
                .setParameter("e", employeeId)
                .setFirstResult(first)
                .setMaxResults(size)
                .getResultList();
    }

    private Optional<Employee> me() {
        return accounts.callingEmployee();
    }

    /**
     * Posts a message from another feature (best-practice cases) in the caller's transaction: a change that rolls
     * back leaves no message. Callers are facades that checked their own caller; the message only informs.
     */
    @PermitAll
    public InboxMessage post(Long recipientEmployeeId, Text title, Text body, String link) {
        return post(recipientEmployeeId, CASE, title, body, link);
    }

    /**
     * As {@link #post(Long, Text, Text, String)}, of a given kind ({@link #CASE}, {@link #REPORT}); the texts are
     * worded in the recipient's language.
     */
    @PermitAll
    public InboxMessage post(Long recipientEmployeeId, String kind, Text titleText, Text bodyText, String link) {
        Employee recipient = em.find(Employee.class, recipientEmployeeId);
        if (recipient == null || !recipient.isActive()) {
            return null;
        }
        String title = titleText.in(recipient.locale());
        String body = bodyText.in(recipient.locale());
        InboxMessage m = new InboxMessage(
                recipient,
                kind,
                cut(title, 300),
                cut(body, 2000),
                null,
                cut(link, 300),
                null,
                LocalDateTime.now(clock));
        em.persist(m);
        return m;
    }

    /**
     * Posts news about something to its person once, ever: {@code sourceKey} names what it is about and the database
     * keeps it unique (V16), so re-scoring, replays and retries that reach here again post nothing. With the mail
     * relay set and an address on file, an e-mail copy waits for the notice run. In the caller's transaction.
     */
    @PermitAll
    public Optional<InboxMessage> postOnce(
            Long recipientEmployeeId, String kind, String sourceKey, String title, String body, String link) {
        Employee recipient = em.find(Employee.class, recipientEmployeeId);
        if (recipient == null || !recipient.isActive() || posted(sourceKey)) {
            return Optional.empty();
        }
        LocalDateTime now = LocalDateTime.now(clock);
        InboxMessage m = new InboxMessage(
                        recipient, kind, cut(title, 300), cut(body, 2000), null, cut(link, 300), null, now)
                .about(sourceKey);
        em.persist(m);
        String address = recipient.getEmail();
        // The inbox always gets it; the e-mail copy only for a person who has not opted out (My settings).
        if (mail.enabled() && !recipient.isEmailOptOut() && address != null && !address.isBlank()) {
            em.persist(new MessageMail(m, address.trim(), now));
        }
        return Optional.of(m);
    }

    /**
     * Whether news with this key was posted already, marking it as posted now if not: in this transaction (kept
     * aside, so the look-up need not flush a chunk's pending lines before every query, as the CSV import writes
     * thousands) or before it. The unique key stays the last word.
     */
    private boolean posted(String sourceKey) {
        @SuppressWarnings("unchecked")
        Set<String> here = (Set<String>) transaction.getResource(POSTED_HERE);
        if (here == null) {
            here = new HashSet<>();
            transaction.putResource(POSTED_HERE, here);
        }
        if (!here.add(sourceKey)) {
            return true;
        }
        return !em.createQuery("SELECT m.id FROM InboxMessage m WHERE m.sourceKey = :k", Long.class)
                .setParameter("k", sourceKey)
                .setFlushMode(FlushModeType.COMMIT)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    private static final String POSTED_HERE = Inbox.class.getName() + ".postedHere";

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
