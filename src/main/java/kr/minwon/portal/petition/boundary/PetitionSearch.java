package kr.minwon.portal.petition.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kr.minwon.portal.petition.entity.Petition;
import kr.minwon.portal.petition.entity.PetitionStatus;
import kr.minwon.portal.security.boundary.Accounts;
import kr.minwon.portal.staff.entity.Employee;
import kr.minwon.portal.staff.entity.Role;

/**
 * The REST list (GET /api/v1/petitions): petitions page by page, filtered and paged in the database, scoped to what
 * the caller may see (the screens read through PetitionQueries, whose rows carry their badges): API readers,
 * auditors and admins everything; a manager the petitions of the units he heads and his own; an employee his own.
 */
@Stateless
@DeclareRoles({Role.EMPLOYEE_NAME, Role.MANAGER_NAME, Role.AUDITOR_NAME, Role.ADMIN_NAME, "API_READ", "API_PETITIONS"})
public class PetitionSearch {

    /** Largest page a caller may ask for; bigger asks are cut to it. */
    public static final int MAX_PAGE_SIZE = 500;

    /** The filters of {@code GET /petitions}; nulls mean "any". */
    public record Filter(
            String departmentCode,
            String handlerNo,
            PetitionStatus status,
            LocalDateTime dueBefore,
            LocalDateTime approvedFrom,
            LocalDateTime approvedTo) {}

    public record Page(long total, int page, int size, List<Petition> items) {}

    @PersistenceContext
    EntityManager em;

    @Inject
    Accounts accounts;

    @Resource
    SessionContext session;

    /** A page (0 is the first), newest receipts first. */
    @RolesAllowed({
        Role.EMPLOYEE_NAME,
        Role.MANAGER_NAME,
        Role.AUDITOR_NAME,
        Role.ADMIN_NAME,
        "API_READ",
        "API_PETITIONS"
    })
    public Page page(Filter f, int page, int size) {
        int pageSize = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
        int pageNo = Math.max(0, page);
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        Map<String, Object> params = new LinkedHashMap<>();
        if (!seesAll()) {
            Optional<Employee> me = accounts.callingEmployee();
            if (me.isEmpty()) {
                return new Page(0, pageNo, pageSize, List.of());
            }
            params.put("me", me.get());
            where.append(
                    me.get().holds(Role.MANAGER) && session.isCallerInRole(Role.MANAGER_NAME)
                            ? " AND (p.handler = :me OR u.head = :me OR d.head = :me)"
                            : " AND p.handler = :me");
        }
        if (f.departmentCode() != null) {
            where.append(" AND (u.code = :dept OR d.code = :dept)");
            params.put("dept", f.departmentCode());
        }
        if (f.handlerNo() != null) {
            where.append(" AND h.employeeNo = :handler");
            params.put("handler", f.handlerNo());
        }
        if (f.status() != null) {
            where.append(" AND p.status = :status");
            params.put("status", f.status());
        }
        if (f.dueBefore() != null) {
            where.append(" AND p.deadline < :dueBefore");
            params.put("dueBefore", f.dueBefore());
        }
        if (f.approvedFrom() != null) {
            where.append(" AND p.approvedAt >= :approvedFrom");
            params.put("approvedFrom", f.approvedFrom());
        }
        if (f.approvedTo() != null) {
            where.append(" AND p.approvedAt < :approvedTo");
            params.put("approvedTo", f.approvedTo());
        }
        String from = " FROM Petition p JOIN p.unit u LEFT JOIN p.department d JOIN p.handler h";
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(p)" + from + where, Long.class);
        params.forEach(count::setParameter);
        long total = count.getSingleResult();
        if (total == 0 || (long) pageNo * pageSize >= total) {
            return new Page(total, pageNo, pageSize, List.of());
        }
        TypedQuery<Petition> query = em.createQuery(
                        "SELECT p" + from + where + " ORDER BY p.receivedAt DESC, p.id DESC", Petition.class)
                .setHint("eclipselink.join-fetch", "p.type")
                // IN batches keep the page to a handful of queries however many handlers and units it names.
                .setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch", "p.handler")
                .setHint("eclipselink.batch", "p.unit")
                .setHint("eclipselink.batch", "p.department")
                .setFirstResult(pageNo * pageSize)
                .setMaxResults(pageSize);
        params.forEach(query::setParameter);
        List<Petition> items = query.getResultList();
        return new Page(total, pageNo, pageSize, items);
    }

    private boolean seesAll() {
        return session.isCallerInRole(Role.ADMIN_NAME)
                || session.isCallerInRole(Role.AUDITOR_NAME)
                || session.isCallerInRole("API_READ")
                || session.isCallerInRole("API_PETITIONS");
    }
}
