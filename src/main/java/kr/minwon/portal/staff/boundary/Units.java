package kr.minwon.portal.staff.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kr.minwon.portal.platform.audit.AuditLog;
import kr.minwon.portal.platform.text.Texts;
import kr.minwon.portal.staff.entity.Employee;
import kr.minwon.portal.staff.entity.Role;
import kr.minwon.portal.staff.entity.Unit;
import kr.minwon.portal.staff.entity.UnitKind;

/** The office's units: departments and teams with their heads. */
@Stateless
public class Units {

    private static final Map<String, String> SORTS =
            Map.of("code", "u.code", "name", "u.name", "kind", "u.kind", "parent", "p.name", "active", "u.active");

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog audit;

    @RolesAllowed(Role.ADMIN_NAME)
    public List<Unit> page(String text, String sortField, boolean ascending, int first, int size) {
        // Map.of refuses a null key, and "no sort chosen" arrives as null.
        String order = (sortField == null ? "u.code" : SORTS.getOrDefault(sortField, "u.code"))
                + (ascending ? " ASC" : " DESC") + ", u.id";
        TypedQuery<Unit> q = em.createQuery(
                "SELECT u FROM Unit u LEFT JOIN u.parent p LEFT JOIN FETCH u.head" + where(text) + " ORDER BY " + order,
                Unit.class);
        bind(q, text);
        // The list shows each unit's parent: in the page's query, not one query per row.
        q.setHint("eclipselink.left-join-fetch", "u.parent");
        return q.setFirstResult(first).setMaxResults(size).getResultList();
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public long count(String text) {
        TypedQuery<Long> q =
                em.createQuery("SELECT COUNT(u) FROM Unit u LEFT JOIN u.parent p" + where(text), Long.class);
        bind(q, text);
        return q.getSingleResult();
    }

    private static String where(String text) {
        return text == null || text.isBlank() ? "" : " WHERE LOWER(u.name) LIKE :t OR LOWER(u.code) LIKE :t";
    }

    private static void bind(TypedQuery<?> q, String text) {
        if (text != null && !text.isBlank()) {
            q.setParameter("t", "%" + text.trim().toLowerCase() + "%");
        }
    }

    /** A few hundred rows at most in any office: fine for a drop-down. */
    @PermitAll
    public List<Unit> active() {
        return em.createQuery("SELECT u FROM Unit u WHERE u.active = TRUE ORDER BY u.code", Unit.class)
                .getResultList();
    }

    @PermitAll
    public Optional<Unit> byCode(String code) {
        return em.createQuery("SELECT u FROM Unit u WHERE u.code = :c", Unit.class)
                .setParameter("c", code)
                .getResultStream()
                .findFirst();
    }

    @PermitAll
    public long count() {
        return em.createQuery("SELECT COUNT(u) FROM Unit u", Long.class).getSingleResult();
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public Unit find(long id) {
        return em.find(Unit.class, id);
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public Unit save(
            Long id,
            Long version,
            String code,
            String name,
            UnitKind kind,
            Long parentId,
            String headNo,
            boolean active) {
        Unit parent = parentId == null ? null : em.find(Unit.class, parentId);
        Employee head = null;
        if (headNo != null && !headNo.isBlank()) {
            head = em.createQuery("SELECT e FROM Employee e WHERE e.employeeNo = :n", Employee.class)
                    .setParameter("n", headNo.trim())
                    .getResultStream()
                    .findFirst()
                    .orElseThrow(() -> new StaffChangeRefused("headNo", Texts.t("general.msg.noSuchEmployee", headNo)));
        }
        Unit unit;
        try {
            if (id == null) {
                if (byCode(code.trim()).isPresent()) {
                    throw new StaffChangeRefused("code", Texts.t("staff.msg.duplicateUnitCode", code));
                }
                unit = new Unit(code.trim(), name.trim(), kind, parent);
                em.persist(unit);
            } else {
                unit = em.find(Unit.class, id);
                if (unit.getVersion() != version) {
                    throw new StaffChangeRefused(null, Texts.t("staff.msg.Units.2"));
                }
                unit.rename(name.trim());
                unit.changeKind(kind, parent);
            }
        } catch (IllegalArgumentException e) {
            throw new StaffChangeRefused("parent", Texts.t("staff.msg.Units.1"));
        }
        unit.appointHead(head);
        if (active) {
            unit.activate();
        } else {
            unit.deactivate();
        }
        audit.record(
                id == null ? "UNIT_CREATED" : "UNIT_UPDATED",
                unit.getCode(),
                unit.getName() + " " + kind + " head " + (head == null ? "-" : head.getEmployeeNo()));
        return unit;
    }
}
