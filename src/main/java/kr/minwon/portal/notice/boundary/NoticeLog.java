package kr.minwon.portal.notice.boundary;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import kr.minwon.portal.notice.control.NoticeRules;
import kr.minwon.portal.notice.control.NoticeStatus;
import kr.minwon.portal.notice.control.Stage;
import kr.minwon.portal.notice.entity.DeliveryStatus;
import kr.minwon.portal.notice.entity.Notice;
import kr.minwon.portal.notice.entity.NoticeDelivery;
import kr.minwon.portal.petition.boundary.PetitionLookup;
import kr.minwon.portal.petition.boundary.Petitions;
import kr.minwon.portal.petition.entity.Petition;
import kr.minwon.portal.platform.audit.AuditLog;
import kr.minwon.portal.platform.text.Texts;
import kr.minwon.portal.staff.entity.Employee;
import kr.minwon.portal.staff.entity.Role;

/** Reading notices and deliveries: a petition's notices (whoever may see the petition) and the admins' delivery log. */
@Stateless
@DeclareRoles({Role.EMPLOYEE_NAME, Role.MANAGER_NAME, Role.AUDITOR_NAME, Role.ADMIN_NAME, "API_READ", "API_PETITIONS"})
public class NoticeLog {

    /**
     * A notice with its deliveries (none while planned: recipients are resolved when it is sent) and, while it is
     * planned, who it would go to if it were sent now (issue 18): today's holders of the roles its stage names.
     */
    public record Entry(Notice notice, List<NoticeDelivery> deliveries, List<Employee> plannedRecipients) {}

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Petitions petitions;

    @Inject
    PetitionLookup lookup;

    @Inject
    AuditLog audit;

    @Inject
    NoticePolicies policies;

    @Inject
    NoticeOutbox outbox;

    /** The notices of one petition; {@link Petitions#find} decides whether the caller may see it. */
    @RolesAllowed({
        Role.EMPLOYEE_NAME,
        Role.MANAGER_NAME,
        Role.AUDITOR_NAME,
        Role.ADMIN_NAME,
        "API_READ",
        "API_PETITIONS"
    })
    public List<Entry> ofPetition(String receiptNo) {
        Petition p = lookup.find(receiptNo);
        List<Notice> notices = em.createQuery(
                        "SELECT n FROM Notice n WHERE n.petition.id = :p ORDER BY n.plannedAt, n.id", Notice.class)
                .setParameter("p", p.getId())
                .getResultList();
        Map<Long, List<NoticeDelivery>> byNotice = em
                .createQuery(
                        "SELECT d FROM NoticeDelivery d JOIN FETCH d.recipient"
                                + " WHERE d.petitionId = :p ORDER BY d.id",
                        NoticeDelivery.class)
                .setParameter("p", p.getId())
                .getResultList()
                .stream()
                .collect(Collectors.groupingBy(d -> d.getNotice().getId()));
        NoticeRules rules = policies.rulesFor(p.getDepartment());
        Map<Stage, List<Employee>> asOfNow = new HashMap<>();
        return notices.stream()
                .map(n -> new Entry(
                        n,
                        byNotice.getOrDefault(n.getId(), List.of()),
                        n.getStatus() != NoticeStatus.PLANNED
                                ? List.of()
                                : asOfNow.computeIfAbsent(
                                        n.stage(),
                                        stage -> rules.rule(stage)
                                                .map(r -> List.copyOf(outbox.recipients(p, r.roles())))
                                                .orElse(List.of()))))
                .toList();
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public long count(DeliveryStatus status) {
        TypedQuery<Long> q = em.createQuery("SELECT COUNT(d) FROM NoticeDelivery d" + where(status), Long.class);
        return bind(q, status).getSingleResult();
    }

    /** Deliveries, newest first; failures and retries are what admins come for, so they can filter on status. */
    @RolesAllowed(Role.ADMIN_NAME)
    public List<NoticeDelivery> page(DeliveryStatus status, int first, int size) {
        TypedQuery<NoticeDelivery> q = em.createQuery(
                "SELECT d FROM NoticeDelivery d JOIN FETCH d.recipient JOIN FETCH d.notice n" + " JOIN FETCH n.petition"
                        + where(status) + " ORDER BY d.createdAt DESC, d.id DESC",
                NoticeDelivery.class);
        // EclipseLink ignores the JPQL fetch through the alias n: without the hint every row read its petition alone.
        q.setHint("eclipselink.join-fetch", "d.notice.petition");
        return bind(q, status).setFirstResult(first).setMaxResults(size).getResultList();
    }

    /** Sends a pending or failed e-mail/SMS at the next run, with its attempts counted afresh. */
    @RolesAllowed(Role.ADMIN_NAME)
    public void retryNow(long deliveryId) {
        int changed = em.createNativeQuery(
                        "UPDATE notice_delivery SET status = 'PENDING', attempts = 0, next_attempt_at = ?"
                                + " WHERE id = ? AND " + NoticePlanning.STATUS
                                + " IN ('PENDING', 'FAILED') AND channel <> 'INBOX'")
                .setParameter(1, LocalDateTime.now(clock))
                .setParameter(2, deliveryId)
                .executeUpdate();
        if (changed != 1) {
            throw new NoticeRefused("delivery", Texts.t("notice.msg.NoticeLog.2"));
        }
        audit.record("NOTICE_RETRY", String.valueOf(deliveryId), Texts.t("notice.msg.NoticeLog.1"));
    }

    private static String where(DeliveryStatus status) {
        return status == null ? "" : " WHERE d.status = :s";
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> q, DeliveryStatus status) {
        return status == null ? q : q.setParameter("s", status);
    }

    static <K, V> Map<K, V> index(List<V> values, Function<V, K> key) {
        return values.stream().collect(Collectors.toMap(key, Function.identity()));
    }
}
