package kr.minwon.portal.staff.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kr.minwon.portal.platform.audit.AuditLog;
import kr.minwon.portal.platform.text.Texts;
import kr.minwon.portal.staff.entity.Employee;
import kr.minwon.portal.staff.entity.Role;
import kr.minwon.portal.staff.entity.Unit;
import kr.minwon.portal.staff.entity.UnitKind;

/** Employees: paged search for the admin screens, and the admin's changes, each written to the audit log. */
@Stateless
public class Staff {

    /** Columns a person may sort the list by, mapped to JPQL paths (never the raw request value). */
    private static final Map<String, String> SORTS = Map.of(
            "employeeNo", "e.employeeNo",
            "name", "e.name",
            "rankTitle", "e.rankTitle",
            "unit", "u.name",
            "active", "e.active");

    public record Query(String text, Long unitId, Boolean active) {
        public static Query all() {
            return new Query(null, null, null);
        }
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog audit;

    @RolesAllowed(Role.ADMIN_NAME)
    public List<Employee> page(Query query, String sortField, boolean ascending, int first, int size) {
        // Map.of refuses a null key, and "no sort chosen" arrives as null.
        String order = (sortField == null ? "e.employeeNo" : SORTS.getOrDefault(sortField, "e.employeeNo"))
                + (ascending ? " ASC" : " DESC") + ", e.id";
        TypedQuery<Employee> q = em.createQuery(
                "SELECT e FROM Employee e LEFT JOIN e.unit u" + where(query) + " ORDER BY " + order, Employee.class);
        bind(q, query);
        // The page's roles and units in one query each, not one per row (the list shows the unit, the export both).
        q.setHint("eclipselink.batch.type", "IN");
        q.setHint("eclipselink.batch", "e.roles");
        q.setHint("eclipselink.batch", "e.unit");
        return q.setFirstResult(first).setMaxResults(size).getResultList();
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public long count(Query query) {
        TypedQuery<Long> q =
                em.createQuery("SELECT COUNT(e) FROM Employee e LEFT JOIN e.unit u" + where(query), Long.class);
        bind(q, query);
        return q.getSingleResult();
    }

    private static String where(Query query) {
        StringBuilder w = new StringBuilder(" WHERE 1 = 1");
        if (query.text() != null && !query.text().isBlank()) {
            w.append(" AND (LOWER(e.name) LIKE :text OR LOWER(e.employeeNo) LIKE :text OR LOWER(u.name) LIKE :text)");
        }
        if (query.unitId() != null) {
            w.append(" AND (u.id = :unit OR u.parent.id = :unit)");
        }
        if (query.active() != null) {
            // In this query EclipseLink turns a Boolean (parameter or literal) into 1/0, and H2 2.x will not compare
            // a BOOLEAN column with an integer; an integer test of the column works on H2 and PostgreSQL alike.
            w.append(" AND SQL('CASE WHEN ? THEN 1 ELSE 0 END', e.active) = ").append(query.active() ? 1 : 0);
        }
        return w.toString();
    }

    private static void bind(TypedQuery<?> q, Query query) {
        if (query.text() != null && !query.text().isBlank()) {
            q.setParameter("text", "%" + query.text().trim().toLowerCase() + "%");
        }
        if (query.unitId() != null) {
            q.setParameter("unit", query.unitId());
        }
    }

    @PermitAll
    public Optional<Employee> byNumber(String employeeNo) {
        return em.createQuery("SELECT e FROM Employee e WHERE e.employeeNo = :no", Employee.class)
                .setParameter("no", employeeNo)
                .getResultStream()
                .findFirst();
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public Employee find(long id) {
        return em.find(Employee.class, id);
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public long activeCount() {
        return em.createQuery("SELECT COUNT(e) FROM Employee e WHERE e.active = TRUE", Long.class)
                .getSingleResult();
    }

    /** Creates an employee; the number must be new. */
    @RolesAllowed(Role.ADMIN_NAME)
    public Employee create(EmployeeForm form) {
        if (byNumber(form.employeeNo).isPresent()) {
            throw new StaffChangeRefused("employeeNo", Texts.t("staff.msg.duplicateEmployeeNo", form.employeeNo));
        }
        Employee e = new Employee(form.employeeNo.trim(), form.name.trim(), unit(form.unitId));
        e.describe(form.name.trim(), form.rankTitle, unit(form.unitId), form.email, form.mobile);
        e.assignRoles(form.roles);
        em.persist(e);
        audit.record("EMPLOYEE_CREATED", e.getEmployeeNo(), e.getName() + " roles " + form.roles);
        return e;
    }

    /** Saves an edit; the version the editor started from must still be current (optimistic lock). */
    @RolesAllowed(Role.ADMIN_NAME)
    public Employee update(long id, long version, EmployeeForm form) {
        Employee e = em.find(Employee.class, id);
        if (e == null) {
            throw new StaffChangeRefused(null, Texts.t("staff.msg.Staff.2"));
        }
        if (e.getVersion() != version) {
            throw new StaffChangeRefused(null, Texts.t("staff.msg.Staff.1"));
        }
        e.describe(form.name.trim(), form.rankTitle, unit(form.unitId), form.email, form.mobile);
        e.assignRoles(form.roles);
        if (form.active) {
            e.activate();
        } else {
            e.deactivate();
        }
        audit.record(
                "EMPLOYEE_UPDATED", e.getEmployeeNo(), e.getName() + " active " + form.active + " roles " + form.roles);
        return e;
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public void deactivate(long id) {
        Employee e = em.find(Employee.class, id);
        e.deactivate();
        audit.record("EMPLOYEE_DEACTIVATED", e.getEmployeeNo(), e.getName());
    }

    private Unit unit(Long id) {
        return id == null ? null : em.find(Unit.class, id);
    }

    /** What the edit screen submits. */
    public static class EmployeeForm {
        public String employeeNo;
        public String name;
        public String rankTitle;
        public Long unitId;
        public String email;
        public String mobile;
        public boolean active = true;
        public Collection<Role> roles = List.of(Role.EMPLOYEE);

        public static EmployeeForm of(Employee e) {
            EmployeeForm f = new EmployeeForm();
            f.employeeNo = e.getEmployeeNo();
            f.name = e.getName();
            f.rankTitle = e.getRankTitle();
            f.unitId = e.getUnit() == null ? null : e.getUnit().getId();
            f.email = e.getEmail();
            f.mobile = e.getMobile();
            f.active = e.isActive();
            f.roles = e.getRoles();
            return f;
        }
    }

    /** Used by first start and demo seeding. */
    @PermitAll
    public boolean isEmpty() {
        return em.createQuery("SELECT COUNT(e) FROM Employee e", Long.class).getSingleResult() == 0;
    }

    @PermitAll
    public List<Unit> unitsOfKind(UnitKind kind) {
        return em.createQuery("SELECT u FROM Unit u WHERE u.kind = :k ORDER BY u.code", Unit.class)
                .setParameter("k", kind)
                .getResultList();
    }
}
