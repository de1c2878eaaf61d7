package kr.minwon.portal.notice.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import kr.minwon.portal.calendar.boundary.OfficeCalendar;
import kr.minwon.portal.calendar.control.WorkingCalendar;
import kr.minwon.portal.notice.control.Attempt;
import kr.minwon.portal.notice.control.DeliveryAddress;
import kr.minwon.portal.notice.control.DeliveryChannel;
import kr.minwon.portal.notice.control.NoticePlanner;
import kr.minwon.portal.notice.control.NoticeRules;
import kr.minwon.portal.notice.control.NoticeText;
import kr.minwon.portal.notice.control.RecipientRole;
import kr.minwon.portal.notice.control.Stage;
import kr.minwon.portal.notice.entity.InboxMessage;
import kr.minwon.portal.notice.entity.Notice;
import kr.minwon.portal.notice.entity.NoticeDelivery;
import kr.minwon.portal.petition.entity.Petition;
import kr.minwon.portal.staff.entity.Employee;
import kr.minwon.portal.staff.entity.Role;
import kr.minwon.portal.staff.entity.Unit;
import kr.minwon.portal.staff.entity.UnitKind;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The outbox. A due notice is claimed by {@code UPDATE notice SET status = 'SENT' WHERE id = ? AND status =
 * 'PLANNED'}: only the transaction that changed the row goes on, so two runs or two nodes never deliver it twice. In
 * that same transaction its recipients are resolved (today's handler, team leader, department head), the inbox
 * messages written (exactly once) and the e-mail/SMS deliveries recorded as PENDING. Those are then sent one by one,
 * each leased by a guarded UPDATE in its own transaction before the external call and settled in another after it.
 */
@Stateless
public class NoticeOutbox {

    /** How long a leased external delivery is left alone before it counts as lost (crash between send and mark). */
    static final Duration LEASE = Duration.ofMinutes(10);

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    OfficeCalendar calendar;

    @Inject
    NoticePolicies policies;

    @Inject
    MailChannel mail;

    @Inject
    SmsChannel sms;

    @Inject
    @ConfigProperty(name = "portal.base.url", defaultValue = "http://localhost:8080")
    String baseUrl;

    /** What a claim did. */
    public enum Claim {
        DELIVERED,
        CANCELLED,
        TAKEN
    }

    /** A leased external delivery, ready to send outside any transaction. */
    public record Lease(long deliveryId, DeliveryChannel channel, String address, NoticeText text, int attempt) {}

    @PermitAll
    public List<Long> dueNotices(LocalDateTime now, int limit) {
        return em.createQuery(
                        "SELECT n.id FROM Notice n WHERE n.status = kr.minwon.portal.notice.control.NoticeStatus.PLANNED"
                                + " AND n.plannedAt <= :now ORDER BY n.plannedAt, n.id",
                        Long.class)
                .setParameter("now", now)
                .setMaxResults(limit)
                .getResultList();
    }

    @PermitAll
    public List<Long> dueDeliveries(LocalDateTime now, int limit) {
        return em.createQuery(
                        "SELECT d.id FROM NoticeDelivery d WHERE d.status = kr.minwon.portal.notice.entity.DeliveryStatus.PENDING"
                                + " AND d.nextAttemptAt <= :now ORDER BY d.nextAttemptAt, d.id",
                        Long.class)
                .setParameter("now", now)
                .setMaxResults(limit)
                .getResultList();
    }

    /** Claims one due notice in its own transaction. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Claim claim(long noticeId, LocalDateTime now) {
        return claimHere(noticeId, now);
    }

    /** The claim in the caller's transaction (demo seeding uses it inside the seeding transaction). */
    @PermitAll
    public Claim claimHere(long noticeId, LocalDateTime now) {
        Notice n = em.find(Notice.class, noticeId);
        if (n == null) {
            return Claim.TAKEN;
        }
        Petition p = n.getPetition();
        NoticeRules rules = policies.rulesFor(p.getDepartment());
        Optional<NoticeRules.StageRule> rule = rules.rule(n.stage()).filter(NoticeRules.StageRule::enabled);
        boolean stillFits = rule.isPresent()
                && NoticePlanner.plan(NoticePlanning.facts(p), rules, calendar.calendar(), now).stream()
                        .anyMatch(
                                x -> x.stage().equals(n.stage()) && x.stageDay().equals(n.getStageDay()));
        if (!stillFits) {
            int changed = em.createNativeQuery(NoticePlanning.CANCEL)
                    .setParameter(1, now)
                    .setParameter(2, p.isCompleted() ? "notice.cancel.completed" : "notice.cancel.noLongerDue")
                    .setParameter(3, noticeId)
                    .executeUpdate();
            return changed == 1 ? Claim.CANCELLED : Claim.TAKEN;
        }
        int claimed = em.createNativeQuery("UPDATE notice SET status = 'SENT', settled_at = ? WHERE id = ? AND "
                        + NoticePlanning.STATUS + " = 'PLANNED'")
                .setParameter(1, now)
                .setParameter(2, noticeId)
                .executeUpdate();
        if (claimed != 1) {
            return Claim.TAKEN;
        }
        NoticeText.Subject subject = subject(p, true);
        for (Employee e : recipients(p, rule.get().roles())) {
            for (DeliveryChannel channel : rule.get().channels()) {
                // An opted-out person gets the inbox message only (My settings).
                String address = DeliveryAddress.of(
                        channel,
                        channel == DeliveryChannel.EMAIL ? mail.enabled() : sms.enabled(),
                        new DeliveryAddress.Contact(e.getEmail(), e.getMobile(), e.isEmailOptOut(), e.isSmsOptOut()));
                if (channel != DeliveryChannel.INBOX && address == null) {
                    continue;
                }
                NoticeDelivery d = new NoticeDelivery(n, e, channel, address, now);
                em.persist(d);
                if (channel == DeliveryChannel.INBOX) {
                    NoticeText inboxText = NoticeText.of(
                            n.stage(), n.getStageDay(), daysOverdue(p, n.getStageDay()), subject(p, false), e.locale());
                    em.persist(new InboxMessage(
                            e,
                            InboxMessage.NOTICE,
                            inboxText.title(),
                            inboxText.body(),
                            p.getReceiptNo(),
                            subject.link(),
                            d,
                            now));
                }
            }
        }
        em.flush();
        return Claim.DELIVERED;
    }

    /** Leases one pending external delivery: counts the attempt and hides it for {@link #LEASE}, then commits. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<Lease> lease(long deliveryId, LocalDateTime now) {
        int leased = em.createNativeQuery("UPDATE notice_delivery SET attempts = attempts + 1, next_attempt_at = ?"
                        + " WHERE id = ? AND " + NoticePlanning.STATUS + " = 'PENDING' AND next_attempt_at <= ?")
                .setParameter(1, now.plus(LEASE))
                .setParameter(2, deliveryId)
                .setParameter(3, now)
                .executeUpdate();
        if (leased != 1) {
            return Optional.empty();
        }
        NoticeDelivery d = em.find(NoticeDelivery.class, deliveryId);
        em.refresh(d);
        Notice n = d.getNotice();
        Petition p = n.getPetition();
        // In the recipient's language as it is now (he may have changed it since the notice was claimed).
        NoticeText text = NoticeText.of(
                n.stage(),
                n.getStageDay(),
                daysOverdue(p, n.getStageDay()),
                subject(p, true),
                d.getRecipient().locale());
        return Optional.of(new Lease(deliveryId, d.getChannel(), d.getAddress(), text, d.getAttempts()));
    }

    /** Records how an attempt went, in its own transaction. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void settle(long deliveryId, Attempt attempt, LocalDateTime now) {
        switch (attempt.result()) {
            case SENT ->
                em.createNativeQuery("UPDATE notice_delivery SET status = 'SENT', sent_at = ?, next_attempt_at = NULL"
                                + " WHERE id = ? AND " + NoticePlanning.STATUS + " = 'PENDING'")
                        .setParameter(1, now)
                        .setParameter(2, deliveryId)
                        .executeUpdate();
            case RETRY ->
                em.createNativeQuery("UPDATE notice_delivery SET next_attempt_at = ?, last_error = ?"
                                + " WHERE id = ? AND " + NoticePlanning.STATUS + " = 'PENDING'")
                        .setParameter(1, attempt.retryAt())
                        .setParameter(2, attempt.error())
                        .setParameter(3, deliveryId)
                        .executeUpdate();
            case FAILED ->
                em.createNativeQuery(
                                "UPDATE notice_delivery SET status = 'FAILED', next_attempt_at = NULL, last_error = ?"
                                        + " WHERE id = ? AND " + NoticePlanning.STATUS + " = 'PENDING'")
                        .setParameter(1, attempt.error())
                        .setParameter(2, deliveryId)
                        .executeUpdate();
        }
    }

    /** Today's holders of the roles, active ones only, each once (also a planned notice's "as of now", issue 18). */
    @PermitAll
    public Set<Employee> recipients(Petition p, Set<RecipientRole> roles) {
        Set<Employee> out = new LinkedHashSet<>();
        for (RecipientRole role : roles) {
            switch (role) {
                case HANDLER -> add(out, p.getHandler());
                case TEAM_LEADER -> {
                    Unit unit = p.getUnit();
                    if (unit != null && unit.getKind() == UnitKind.TEAM) {
                        add(out, unit.getHead());
                    }
                }
                case DEPARTMENT_HEAD ->
                    add(
                            out,
                            p.getDepartment() == null ? null : p.getDepartment().getHead());
                case AUDITOR ->
                    em.createQuery(
                                    "SELECT e FROM Employee e WHERE :r MEMBER OF e.roles AND e.active = TRUE"
                                            + " ORDER BY e.employeeNo",
                                    Employee.class)
                            .setParameter("r", Role.AUDITOR)
                            .getResultList()
                            .forEach(e -> add(out, e));
            }
        }
        return out;
    }

    private static void add(Set<Employee> out, Employee e) {
        if (e != null && e.isActive()) {
            out.add(e);
        }
    }

    /** What a notice about {@code p} names, with an absolute link (e-mail) or one within the portal. */
    @PermitAll
    public NoticeText.Subject subject(Petition p, boolean absolute) {
        String path = "/petitions/detail.xhtml?no="
                + java.net.URLEncoder.encode(p.getReceiptNo(), java.nio.charset.StandardCharsets.UTF_8);
        String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        return new NoticeText.Subject(
                p.getReceiptNo(),
                p.getType().getName(),
                p.getDeadline(),
                p.getHandler().getName(),
                absolute ? base + path : path);
    }

    /** Working days from the deadline day to {@code day}: 1 on the first working day after it. */
    @PermitAll
    public int daysOverdue(Petition p, LocalDate day) {
        WorkingCalendar cal = calendar.calendar();
        LocalDate deadlineDay = p.getDeadline().toLocalDate();
        return day.isAfter(deadlineDay) ? cal.workingDaysBetween(deadlineDay.plusDays(1), day) : 0;
    }

    /** For the stage code of a delivery row, the stage. */
    static Stage stageOf(String code) {
        return Stage.parse(code);
    }
}
