package kr.minwon.portal.platform.audit;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

/** The audit log: sign-ins, failed sign-ins and every administrative change. Readable by ADMIN and AUDITOR. */
@Stateless
public class AuditLog {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    @Inject
    Instance<HttpServletRequest> request;

    /** Writes one event in the caller's transaction, so a change and its audit line commit or fail together. */
    @PermitAll
    public void record(String action, String target, String detail) {
        recordAs(currentActor(), action, target, detail);
    }

    @PermitAll
    public void recordAs(String actor, String action, String target, String detail) {
        em.persist(new AuditEvent(LocalDateTime.now(clock), actor, action, target, detail, clientIp()));
    }

    @RolesAllowed({"ADMIN", "AUDITOR"}) // Role.ADMIN_NAME, Role.AUDITOR_NAME: staff sits above platform
    public List<AuditEvent> page(String actorOrAction, int first, int size) {
        TypedQuery<AuditEvent> q = em.createQuery(
                "SELECT e FROM AuditEvent e" + where(actorOrAction) + " ORDER BY e.occurredAt DESC, e.id DESC",
                AuditEvent.class);
        bind(q, actorOrAction);
        return q.setFirstResult(first).setMaxResults(size).getResultList();
    }

    @RolesAllowed({"ADMIN", "AUDITOR"}) // Role.ADMIN_NAME, Role.AUDITOR_NAME: staff sits above platform
    public long count(String actorOrAction) {
        TypedQuery<Long> q = em.createQuery("SELECT COUNT(e) FROM AuditEvent e" + where(actorOrAction), Long.class);
        bind(q, actorOrAction);
        return q.getSingleResult();
    }

    private static String where(String filter) {
        return filter == null || filter.isBlank()
                ? ""
                : " WHERE LOWER(e.actor) LIKE :f OR LOWER(e.action) LIKE :f OR LOWER(e.target) LIKE :f";
    }

    private static void bind(TypedQuery<?> q, String filter) {
        if (filter != null && !filter.isBlank()) {
            q.setParameter("f", "%" + filter.trim().toLowerCase() + "%");
        }
    }

    /** The caller's name as the audit log writes it ("system" for timers and start-up work). */
    @PermitAll
    public String callerName() {
        String actor = currentActor();
        return actor == null ? "system" : actor;
    }

    private String currentActor() {
        Principal p = session.getCallerPrincipal();
        return p == null || "ANONYMOUS".equals(p.getName()) ? null : p.getName();
    }

    private String clientIp() {
        try {
            // The client's own address, also behind a trusted reverse proxy (X-Forwarded-For).
            return request.isResolvable() ? TrustedProxies.clientAddress(request.get()) : null;
        } catch (RuntimeException notInARequest) {
            return null;
        }
    }
}
