package kr.minwon.portal.mileage.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import kr.minwon.portal.mileage.entity.EntryKind;
import kr.minwon.portal.platform.audit.AuditLog;
import kr.minwon.portal.staff.entity.Employee;
import kr.minwon.portal.staff.entity.Role;
import kr.minwon.portal.staff.entity.Unit;

/** The read side of manual adjustments: whom the caller may adjust, and the adjustments he made. */
@Stateless
@DeclareRoles({Role.MANAGER_NAME, Role.ADMIN_NAME})
public class MileageAdjustments {

    @PersistenceContext
    EntityManager em;

    @Inject
    MileageStandings standings;

    @Inject
    AuditLog audit;

    @Resource
    SessionContext session;

    /** People the caller may adjust, matching a name or number: his units' people, or anyone for an admin. */
    @RolesAllowed({Role.MANAGER_NAME, Role.ADMIN_NAME})
    public List<Employee> adjustable(String text) {
        String like = "%" + (text == null ? "" : text.trim().toLowerCase()) + "%";
        String jpql = "SELECT e FROM Employee e LEFT JOIN e.unit u WHERE e.active = true"
                + " AND (LOWER(e.name) LIKE :q OR e.employeeNo LIKE :q)";
        if (session.isCallerInRole(Role.ADMIN_NAME)) {
            return em.createQuery(jpql + " ORDER BY e.name", Employee.class)
                    .setParameter("q", like)
                    .setMaxResults(20)
                    .getResultList();
        }
        List<Unit> units = standings.myUnits();
        if (units.isEmpty()) {
            return List.of();
        }
        return em.createQuery(jpql + " AND u IN :units ORDER BY e.name", Employee.class)
                .setParameter("q", like)
                .setParameter("units", units)
                .setMaxResults(20)
                .getResultList();
    }

    /** The adjustments the caller made, newest first. */
    @RolesAllowed({Role.MANAGER_NAME, Role.ADMIN_NAME})
    public List<EntryLine> myAdjustments(int size) {
        List<EntryLine> out = new ArrayList<>();
        for (Object[] r : em.createQuery(
                        "SELECT m.id, m.kind, m.points, m.explanation, m.earnedOn, m.periodKey,"
                                + " m.createdAt, m.createdBy, e.employeeNo, e.name FROM MileageEntry m JOIN m.employee e"
                                + " WHERE m.kind = :k AND m.createdBy = :me ORDER BY m.createdAt DESC, m.id DESC",
                        Object[].class)
                .setParameter("k", EntryKind.ADJUSTMENT)
                .setParameter("me", audit.callerName())
                .setMaxResults(size)
                .getResultList()) {
            out.add(new EntryLine(
                    (Long) r[0],
                    (EntryKind) r[1],
                    (BigDecimal) r[2],
                    null,
                    (String) r[3],
                    (LocalDate) r[4],
                    (String) r[5],
                    (LocalDateTime) r[6],
                    (String) r[7],
                    (String) r[8],
                    (String) r[9]));
        }
        return out;
    }
}
