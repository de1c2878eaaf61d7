package kr.minwon.portal.bestpractice.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import kr.minwon.portal.bestpractice.control.Actor;
import kr.minwon.portal.bestpractice.control.CaseAction;
import kr.minwon.portal.bestpractice.control.CaseInput;
import kr.minwon.portal.bestpractice.control.CaseRules;
import kr.minwon.portal.bestpractice.control.CaseWorkflow;
import kr.minwon.portal.bestpractice.control.TransitionRefused;
import kr.minwon.portal.bestpractice.entity.CaseEvent;
import kr.minwon.portal.bestpractice.entity.CaseReview;
import kr.minwon.portal.bestpractice.entity.CaseStatus;
import kr.minwon.portal.bestpractice.entity.Grade;
import kr.minwon.portal.bestpractice.entity.PracticeCase;
import kr.minwon.portal.notice.boundary.Inbox;
import kr.minwon.portal.platform.audit.AuditLog;
import kr.minwon.portal.platform.text.Text;
import kr.minwon.portal.platform.text.Texts;
import kr.minwon.portal.security.boundary.Accounts;
import kr.minwon.portal.staff.entity.Employee;
import kr.minwon.portal.staff.entity.Role;
import kr.minwon.portal.staff.entity.Unit;

/**
 * What the case facades share, not a facade itself (callers check roles with their own {@code @RolesAllowed}): who
 * may see and move a case ({@link Access}, asked of {@link CaseWorkflow} with the caller as an {@link Actor}), the
 * state moves with their history line, and telling people through the portal inbox. Unpublished cases are visible only
 * to the unit's managers, the assigned reviewers and admins; to anyone else they do not exist.
 */
@Stateless
@PermitAll
@DeclareRoles({
    Role.EMPLOYEE_NAME,
    Role.MANAGER_NAME,
    Role.REVIEWER_NAME,
    Role.AUDITOR_NAME,
    Role.ADMIN_NAME,
    CaseAccess.API_READ
})
public class CaseAccess {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Accounts accounts;

    @Inject
    AuditLog audit;

    @Inject
    Inbox inbox;

    @Resource
    SessionContext session;

    public static final String API_READ = "API_READ";

    /** What a person may do with a case, for the pages' buttons; the moves check again. */
    public record Access(boolean unitManager, boolean reviewer, boolean admin) implements Serializable {
        public Actor actor() {
            return new Actor(unitManager, reviewer, admin, false);
        }

        public boolean may(CaseStatus s, CaseAction a) {
            return CaseWorkflow.allows(s, a, actor());
        }

        public boolean isUnitManager() {
            return unitManager;
        }

        public boolean isReviewer() {
            return reviewer;
        }

        public boolean isAdmin() {
            return admin;
        }
    }

    /** The facade checks what it serves itself, whoever calls it (issue 14): CaseNotFound for a case not to be seen. */
    public void mustSee(Long id) {
        PracticeCase c = id == null ? null : em.find(PracticeCase.class, id);
        if (c == null || !visible(c)) {
            throw new CaseNotFound(id);
        }
    }

    public boolean visible(PracticeCase c) {
        if (c.getStatus() == CaseStatus.PUBLISHED) {
            return true;
        }
        Access a = accessTo(c);
        return a.unitManager() || a.reviewer() || a.admin();
    }

    public Access accessTo(PracticeCase c) {
        boolean admin = session.isCallerInRole(Role.ADMIN_NAME);
        Optional<Employee> me = accounts.callingEmployee();
        if (me.isEmpty()) {
            return new Access(false, false, admin);
        }
        Employee e = me.get();
        boolean manager = session.isCallerInRole(Role.MANAGER_NAME) && manages(e, c.getUnit());
        boolean reviewer = session.isCallerInRole(Role.REVIEWER_NAME)
                && reviewsOf(c).stream().anyMatch(r -> r.getReviewer().getId().equals(e.getId()));
        return new Access(manager, reviewer, admin);
    }

    public Employee me() {
        return accounts.callingEmployee()
                .orElseThrow(() -> CaseRefused.of("user", Texts.t("bestpractice.msg.CaseAccess.7")));
    }

    public Unit myUnit() {
        Unit u = me().getUnit();
        if (u == null) {
            throw CaseRefused.of("unit", Texts.t("bestpractice.msg.CaseAccess.6"));
        }
        return u;
    }

    public PracticeCase find(Long id) {
        PracticeCase c = id == null ? null : em.find(PracticeCase.class, id);
        if (c == null || !visible(c)) {
            throw new CaseNotFound(id);
        }
        return c;
    }

    /** The case if the version the person edited is still the stored one; otherwise his save is refused. */
    public PracticeCase forChange(Long id, long version) {
        PracticeCase c = find(id);
        if (c.getVersion() != version) {
            throw new CaseChanged();
        }
        return c;
    }

    public CaseStatus move(PracticeCase c, CaseAction action) {
        try {
            return CaseWorkflow.next(c.getStatus(), action, accessTo(c).actor());
        } catch (TransitionRefused refused) {
            throw CaseRefused.of("status", refused.getMessage());
        }
    }

    public PracticeCase transition(PracticeCase c, CaseAction action, String note) {
        CaseStatus from = c.getStatus();
        CaseStatus to = move(c, action);
        LocalDateTime now = LocalDateTime.now(clock);
        c.moveTo(to, now);
        event(c, action.name(), from, to, note, now);
        return c;
    }

    public void event(PracticeCase c, String action, CaseStatus from, CaseStatus to, String note, LocalDateTime now) {
        em.persist(new CaseEvent(c, action, from, to, note, audit.callerName(), now));
    }

    public void check(CaseInput in, boolean submitting) {
        List<CaseRules.Violation> v = CaseRules.check(in, submitting, LocalDate.now(clock));
        if (!v.isEmpty()) {
            throw CaseRefused.of(v);
        }
    }

    public List<CaseReview> reviewsOf(PracticeCase c) {
        if (c.getId() == null) {
            return List.of();
        }
        return em.createQuery("SELECT r FROM CaseReview r WHERE r.practiceCase = :c", CaseReview.class)
                .setParameter("c", c)
                .getResultList();
    }

    public CaseReview myReview(PracticeCase c) {
        Employee me = me();
        return reviewsOf(c).stream()
                .filter(r -> r.getReviewer().getId().equals(me.getId()))
                .findFirst()
                .orElseThrow(() -> CaseRefused.of("status", Texts.t("bestpractice.msg.CaseAccess.5")));
    }

    public List<Employee> admins() {
        return em.createQuery("SELECT e FROM Employee e WHERE e.active = TRUE AND :r MEMBER OF e.roles", Employee.class)
                .setParameter("r", Role.ADMIN)
                .getResultList();
    }

    public void tellAuthor(PracticeCase c, Text title, Text body, String link) {
        tell(c.getAuthor(), c, title, body, link);
    }

    public void tell(Employee to, PracticeCase c, Text title, Text body, String link) {
        inbox.post(to.getId(), title, body, link);
    }

    /** A manager writes for the unit he works in or leads, and for the teams of the department he heads. */
    public static boolean manages(Employee e, Unit unit) {
        if (unit == null) {
            return false;
        }
        Set<Long> ids = new LinkedHashSet<>();
        ids.add(unit.getId());
        Unit dept = unit.department();
        if (dept != null) {
            ids.add(dept.getId());
        }
        if (e.getUnit() != null && ids.contains(e.getUnit().getId())) {
            return true;
        }
        return (unit.getHead() != null && unit.getHead().getId().equals(e.getId()))
                || (dept != null
                        && dept.getHead() != null
                        && dept.getHead().getId().equals(e.getId()));
    }

    public static void requireComment(String comment, String reason) {
        if (comment == null || comment.strip().length() < 2) {
            throw CaseRefused.of("comment", reason);
        }
        if (comment.length() > 2000) {
            throw CaseRefused.of("comment", Texts.t("bestpractice.msg.CaseAccess.4"));
        }
    }

    public static String gradeName(Grade g) {
        return g == null ? "" : Texts.t(gradeKey(g));
    }

    /** A grade's name, worded later in a reader's language (an inbox message for the author). */
    public static Text gradeText(Grade g) {
        return g == null ? Text.plain("") : new Text(gradeKey(g));
    }

    private static String gradeKey(Grade g) {
        return switch (g) {
            case GRAND -> "bestpractice.msg.CaseAccess.3";
            case EXCELLENT -> "bestpractice.msg.CaseAccess.2";
            case MERIT -> "bestpractice.msg.CaseAccess.1";
        };
    }
}
