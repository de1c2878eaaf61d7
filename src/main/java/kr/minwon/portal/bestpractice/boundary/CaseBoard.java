package kr.minwon.portal.bestpractice.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kr.minwon.portal.bestpractice.entity.CaseEvent;
import kr.minwon.portal.bestpractice.entity.CaseReview;
import kr.minwon.portal.bestpractice.entity.CaseStatus;
import kr.minwon.portal.bestpractice.entity.PracticeCase;
import kr.minwon.portal.security.boundary.Accounts;
import kr.minwon.portal.staff.entity.Employee;
import kr.minwon.portal.staff.entity.Role;
import kr.minwon.portal.staff.entity.Unit;

/** Reading best-practice cases: one case (with the visibility check), the board and its search, the lists per role, views and likes. */
@Stateless
public class CaseBoard {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Accounts accounts;

    @Inject
    CaseAccess guard;

    @Inject
    CasePublication publication;

    /** A case the caller may see (published ones are everyone's), or CaseNotFound. */
    @RolesAllowed({Role.EMPLOYEE_NAME, Role.MANAGER_NAME, Role.REVIEWER_NAME, Role.AUDITOR_NAME, Role.ADMIN_NAME})
    public PracticeCase readable(Long id) {
        publication.publishDue();
        PracticeCase c = id == null ? null : em.find(PracticeCase.class, id);
        if (c == null || !guard.visible(c)) {
            throw new CaseNotFound(id);
        }
        return c;
    }

    /** A published case for the API or the board; anything else does not exist there. */
    @RolesAllowed({
        Role.EMPLOYEE_NAME,
        Role.MANAGER_NAME,
        Role.REVIEWER_NAME,
        Role.AUDITOR_NAME,
        Role.ADMIN_NAME,
        CaseAccess.API_READ
    })
    public PracticeCase published(Long id) {
        publication.publishDue();
        PracticeCase c = id == null ? null : em.find(PracticeCase.class, id);
        if (c == null || c.getStatus() != CaseStatus.PUBLISHED) {
            throw new CaseNotFound(id);
        }
        return c;
    }

    @RolesAllowed({Role.EMPLOYEE_NAME, Role.MANAGER_NAME, Role.REVIEWER_NAME, Role.AUDITOR_NAME, Role.ADMIN_NAME})
    public CaseAccess.Access access(Long id) {
        PracticeCase c = em.find(PracticeCase.class, id);
        return c == null ? new CaseAccess.Access(false, false, false) : guard.accessTo(c);
    }

    @RolesAllowed({Role.EMPLOYEE_NAME, Role.MANAGER_NAME, Role.REVIEWER_NAME, Role.AUDITOR_NAME, Role.ADMIN_NAME})
    public List<CaseEvent> history(Long caseId) {
        PracticeCase c = readable(caseId);
        CaseAccess.Access a = guard.accessTo(c);
        if (!a.unitManager() && !a.reviewer() && !a.admin()) {
            return List.of();
        }
        return em.createQuery(
                        "SELECT e FROM CaseEvent e WHERE e.practiceCase = :c ORDER BY e.happenedAt, e.id",
                        CaseEvent.class)
                .setParameter("c", c)
                .getResultList();
    }

    @RolesAllowed({Role.EMPLOYEE_NAME, Role.MANAGER_NAME, Role.REVIEWER_NAME, Role.AUDITOR_NAME, Role.ADMIN_NAME})
    public boolean likedByMe(Long caseId) {
        Optional<Employee> me = accounts.callingEmployee();
        return me.isPresent()
                && ((Number) em.createNativeQuery(
                                                "SELECT COUNT(*) FROM case_like WHERE case_id = ? AND employee_id = ?")
                                        .setParameter(1, caseId)
                                        .setParameter(2, me.get().getId())
                                        .getSingleResult())
                                .longValue()
                        > 0;
    }

    @RolesAllowed({
        Role.EMPLOYEE_NAME,
        Role.MANAGER_NAME,
        Role.REVIEWER_NAME,
        Role.AUDITOR_NAME,
        Role.ADMIN_NAME,
        CaseAccess.API_READ
    })
    public List<PracticeCase> board(BoardQuery q, int first, int size) {
        publication.publishDue();
        String order = switch (q.sort() == null ? BoardQuery.Sort.NEWEST : q.sort()) {
            case MOST_VIEWED -> " ORDER BY c.viewCount DESC, c.publishedAt DESC, c.id DESC";
            case MOST_LIKED -> " ORDER BY c.likeCount DESC, c.publishedAt DESC, c.id DESC";
            case NEWEST -> " ORDER BY c.publishedAt DESC, c.id DESC";
        };
        TypedQuery<PracticeCase> query =
                em.createQuery("SELECT c FROM PracticeCase c" + where(q) + order, PracticeCase.class);
        bind(query, q);
        return query.setFirstResult(first).setMaxResults(Math.min(size, 100)).getResultList();
    }

    @RolesAllowed({
        Role.EMPLOYEE_NAME,
        Role.MANAGER_NAME,
        Role.REVIEWER_NAME,
        Role.AUDITOR_NAME,
        Role.ADMIN_NAME,
        CaseAccess.API_READ
    })
    public long boardCount(BoardQuery q) {
        TypedQuery<Long> query = em.createQuery("SELECT COUNT(c) FROM PracticeCase c" + where(q), Long.class);
        bind(query, q);
        return query.getSingleResult();
    }

    private static String where(BoardQuery q) {
        StringBuilder w =
                new StringBuilder(" WHERE c.status = kr.minwon.portal.bestpractice.entity.CaseStatus.PUBLISHED");
        if (q.text() != null && !q.text().isBlank()) {
            w.append(" AND c.searchText LIKE :text ESCAPE '\\'");
        }
        if (q.category() != null) {
            w.append(" AND c.category = :category");
        }
        if (q.departmentId() != null) {
            w.append(" AND (c.department.id = :dept OR c.unit.id = :dept)");
        }
        if (q.year() != null) {
            w.append(" AND c.publishedAt >= :from AND c.publishedAt < :to");
        }
        if (q.grade() != null) {
            w.append(" AND c.grade = :grade");
        }
        return w.toString();
    }

    private static void bind(TypedQuery<?> query, BoardQuery q) {
        if (q.text() != null && !q.text().isBlank()) {
            String t = q.text()
                    .strip()
                    .toLowerCase(java.util.Locale.ROOT)
                    .replace("\\", "\\\\")
                    .replace("%", "\\%")
                    .replace("_", "\\_");
            query.setParameter("text", "%" + t + "%");
        }
        if (q.category() != null) {
            query.setParameter("category", q.category());
        }
        if (q.departmentId() != null) {
            query.setParameter("dept", q.departmentId());
        }
        if (q.year() != null) {
            query.setParameter("from", LocalDate.of(q.year(), 1, 1).atStartOfDay());
            query.setParameter("to", LocalDate.of(q.year() + 1, 1, 1).atStartOfDay());
        }
        if (q.grade() != null) {
            query.setParameter("grade", q.grade());
        }
    }

    /** Departments that have published cases, for the board's filter. */
    @RolesAllowed({Role.EMPLOYEE_NAME, Role.MANAGER_NAME, Role.REVIEWER_NAME, Role.AUDITOR_NAME, Role.ADMIN_NAME})
    public List<Unit> boardDepartments() {
        return em.createQuery(
                        "SELECT DISTINCT u FROM PracticeCase c JOIN c.department u WHERE c.status = "
                                + "kr.minwon.portal.bestpractice.entity.CaseStatus.PUBLISHED ORDER BY u.name",
                        Unit.class)
                .getResultList();
    }

    /** The cases of the units the calling manager leads or works in, every state. */
    @RolesAllowed({Role.MANAGER_NAME})
    public List<PracticeCase> mine(int first, int size) {
        Unit u = guard.myUnit();
        return em.createQuery(
                        "SELECT c FROM PracticeCase c WHERE c.unit = :u OR c.department = :u ORDER BY c.updatedAt DESC, c.id DESC",
                        PracticeCase.class)
                .setParameter("u", u)
                .setFirstResult(first)
                .setMaxResults(size)
                .getResultList();
    }

    @RolesAllowed({Role.MANAGER_NAME})
    public long mineCount() {
        Unit u = guard.myUnit();
        return em.createQuery("SELECT COUNT(c) FROM PracticeCase c WHERE c.unit = :u OR c.department = :u", Long.class)
                .setParameter("u", u)
                .getSingleResult();
    }

    /** The reviewer's assignments, cases under review first. */
    @RolesAllowed({Role.REVIEWER_NAME})
    public List<CaseReview> assignedToMe(int first, int size) {
        Employee me = guard.me();
        return em.createQuery(
                        "SELECT r FROM CaseReview r JOIN FETCH r.practiceCase c WHERE r.reviewer = :me "
                                + "ORDER BY CASE WHEN c.status IN (kr.minwon.portal.bestpractice.entity.CaseStatus.IN_REVIEW, "
                                + "kr.minwon.portal.bestpractice.entity.CaseStatus.RESUBMITTED) THEN 0 ELSE 1 END, c.updatedAt DESC",
                        CaseReview.class)
                .setParameter("me", me)
                // The list shows each case's unit: in the page's query, not one query per row.
                .setHint("eclipselink.left-join-fetch", "r.practiceCase.unit")
                .setFirstResult(first)
                .setMaxResults(size)
                .getResultList();
    }

    @RolesAllowed({Role.REVIEWER_NAME})
    public long assignedToMeCount() {
        return em.createQuery("SELECT COUNT(r) FROM CaseReview r WHERE r.reviewer = :me", Long.class)
                .setParameter("me", guard.me())
                .getSingleResult();
    }

    /** The reviewer's assignments whose case is under review (or resubmitted) now: his home card. */
    @RolesAllowed({Role.REVIEWER_NAME})
    public long awaitingMyReviewCount() {
        return em.createQuery(
                        "SELECT COUNT(r) FROM CaseReview r JOIN r.practiceCase c WHERE r.reviewer = :me AND c.status IN"
                                + " (kr.minwon.portal.bestpractice.entity.CaseStatus.IN_REVIEW,"
                                + " kr.minwon.portal.bestpractice.entity.CaseStatus.RESUBMITTED)",
                        Long.class)
                .setParameter("me", guard.me())
                .getSingleResult();
    }

    /** All cases past the draft, for the admin; optionally of one state. */
    @RolesAllowed({Role.ADMIN_NAME})
    public List<PracticeCase> administered(CaseStatus status, int first, int size) {
        publication.publishDue();
        TypedQuery<PracticeCase> q = em.createQuery(
                "SELECT c FROM PracticeCase c WHERE c.status <> "
                        + "kr.minwon.portal.bestpractice.entity.CaseStatus.DRAFT"
                        + (status == null ? "" : " AND c.status = :s")
                        + " ORDER BY c.updatedAt DESC, c.id DESC",
                PracticeCase.class);
        if (status != null) {
            q.setParameter("s", status);
        }
        return q.setFirstResult(first).setMaxResults(size).getResultList();
    }

    @RolesAllowed({Role.ADMIN_NAME})
    public long administeredCount(CaseStatus status) {
        TypedQuery<Long> q = em.createQuery(
                "SELECT COUNT(c) FROM PracticeCase c WHERE c.status <> "
                        + "kr.minwon.portal.bestpractice.entity.CaseStatus.DRAFT"
                        + (status == null ? "" : " AND c.status = :s"),
                Long.class);
        if (status != null) {
            q.setParameter("s", status);
        }
        return q.getSingleResult();
    }

    /** Counts a view once per person per day (the unique key decides, whatever the number of tabs). */
    @RolesAllowed({Role.EMPLOYEE_NAME, Role.MANAGER_NAME, Role.REVIEWER_NAME, Role.AUDITOR_NAME, Role.ADMIN_NAME})
    public void viewed(Long id) {
        PracticeCase c = published(id);
        Optional<Employee> me = accounts.callingEmployee();
        if (me.isEmpty()) {
            return;
        }
        int added = em.createNativeQuery("INSERT INTO case_view (case_id, employee_id, viewed_on) VALUES (?, ?, ?) "
                        + "ON CONFLICT DO NOTHING")
                .setParameter(1, c.getId())
                .setParameter(2, me.get().getId())
                .setParameter(3, LocalDate.now(clock))
                .executeUpdate();
        if (added > 0) {
            em.createQuery("UPDATE PracticeCase c SET c.viewCount = c.viewCount + 1 WHERE c.id = :id")
                    .setParameter("id", c.getId())
                    .executeUpdate();
        }
    }

    /** "도움돼요": one per person; pressing again takes it back. Returns whether the case is now liked. */
    @RolesAllowed({Role.EMPLOYEE_NAME, Role.MANAGER_NAME, Role.REVIEWER_NAME, Role.AUDITOR_NAME, Role.ADMIN_NAME})
    public boolean toggleLike(Long id) {
        PracticeCase c = published(id);
        Employee me = guard.me();
        int removed = em.createNativeQuery("DELETE FROM case_like WHERE case_id = ? AND employee_id = ?")
                .setParameter(1, c.getId())
                .setParameter(2, me.getId())
                .executeUpdate();
        int added = 0;
        if (removed == 0) {
            added = em.createNativeQuery(
                            "INSERT INTO case_like (case_id, employee_id, liked_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
                    .setParameter(1, c.getId())
                    .setParameter(2, me.getId())
                    .setParameter(3, LocalDateTime.now(clock))
                    .executeUpdate();
        }
        int delta = added - removed;
        if (delta != 0) {
            em.createQuery("UPDATE PracticeCase c SET c.likeCount = c.likeCount + :d WHERE c.id = :id")
                    .setParameter("d", delta)
                    .setParameter("id", c.getId())
                    .executeUpdate();
        }
        return added > 0;
    }

    /** For views: the counts of a case read fresh after the bulk updates above. */
    @RolesAllowed({Role.EMPLOYEE_NAME, Role.MANAGER_NAME, Role.REVIEWER_NAME, Role.AUDITOR_NAME, Role.ADMIN_NAME})
    public Map<String, Integer> counts(Long id) {
        guard.mustSee(id);
        Object[] row = (Object[])
                em.createNativeQuery("SELECT view_count, like_count, adoption_count FROM practice_case WHERE id = ?")
                        .setParameter(1, id)
                        .getSingleResult();
        Map<String, Integer> m = new HashMap<>();
        m.put("views", ((Number) row[0]).intValue());
        m.put("likes", ((Number) row[1]).intValue());
        m.put("adoptions", ((Number) row[2]).intValue());
        return m;
    }
}
