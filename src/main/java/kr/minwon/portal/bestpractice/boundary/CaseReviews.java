package kr.minwon.portal.bestpractice.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import kr.minwon.portal.bestpractice.control.CaseAction;
import kr.minwon.portal.bestpractice.control.CaseTexts;
import kr.minwon.portal.bestpractice.control.Scoring;
import kr.minwon.portal.bestpractice.entity.CaseReview;
import kr.minwon.portal.bestpractice.entity.Grade;
import kr.minwon.portal.bestpractice.entity.PracticeCase;
import kr.minwon.portal.bestpractice.entity.ReviewCriterion;
import kr.minwon.portal.platform.audit.AuditLog;
import kr.minwon.portal.platform.text.Text;
import kr.minwon.portal.platform.text.Texts;
import kr.minwon.portal.staff.boundary.Staff;
import kr.minwon.portal.staff.entity.Employee;
import kr.minwon.portal.staff.entity.Role;

/** The review workflow: criteria and their weights, assigning reviewers, scoring, and the decision (revision, approval with a grade, rejection). */
@Stateless
public class CaseReviews {

    @PersistenceContext
    EntityManager em;

    @Inject
    Staff staff;

    @Inject
    Clock clock;

    @Inject
    AuditLog audit;

    @Inject
    CaseAccess guard;

    /** Reviews with private notes: reviewers of the case and admins only. */
    @RolesAllowed({Role.REVIEWER_NAME, Role.ADMIN_NAME})
    public List<CaseReview> reviews(Long caseId) {
        PracticeCase c = em.find(PracticeCase.class, caseId);
        if (c == null) {
            throw new CaseNotFound(caseId);
        }
        CaseAccess.Access a = guard.accessTo(c);
        if (!a.reviewer() && !a.admin()) {
            throw new CaseNotFound(caseId);
        }
        return em.createQuery(
                        "SELECT r FROM CaseReview r JOIN FETCH r.reviewer WHERE r.practiceCase = :c ORDER BY r.id",
                        CaseReview.class)
                .setParameter("c", c)
                .getResultList();
    }

    /** People an admin can assign: active employees holding REVIEWER. */
    @RolesAllowed({Role.ADMIN_NAME})
    public List<Employee> reviewers() {
        return em.createQuery(
                        "SELECT e FROM Employee e WHERE e.active = TRUE AND :r MEMBER OF e.roles ORDER BY e.name",
                        Employee.class)
                .setParameter("r", Role.REVIEWER)
                .getResultList();
    }

    /** The criteria a case is scored on: its round's, or the office default. */
    @RolesAllowed({Role.EMPLOYEE_NAME, Role.MANAGER_NAME, Role.REVIEWER_NAME, Role.AUDITOR_NAME, Role.ADMIN_NAME})
    public List<ReviewCriterion> criteriaFor(Long caseId) {
        PracticeCase c = em.find(PracticeCase.class, caseId);
        return criteria(c == null || c.getRound() == null ? null : c.getRound().getId());
    }

    @RolesAllowed({Role.EMPLOYEE_NAME, Role.MANAGER_NAME, Role.REVIEWER_NAME, Role.AUDITOR_NAME, Role.ADMIN_NAME})
    public List<ReviewCriterion> criteria(Long roundId) {
        return (roundId == null
                        ? em.createQuery(
                                "SELECT r FROM ReviewCriterion r WHERE r.round IS NULL ORDER BY r.sortNo",
                                ReviewCriterion.class)
                        : em.createQuery(
                                        "SELECT r FROM ReviewCriterion r WHERE r.round.id = :r ORDER BY r.sortNo",
                                        ReviewCriterion.class)
                                .setParameter("r", roundId))
                .getResultList();
    }

    /** Sets criterion weights (the default set, or a round's before it is confirmed). */
    @RolesAllowed({Role.ADMIN_NAME})
    public void reweigh(Map<Long, Integer> weights) {
        int sum = 0;
        for (Map.Entry<Long, Integer> e : weights.entrySet()) {
            Integer w = e.getValue();
            if (w == null || w < 0 || w > 100) {
                throw CaseRefused.of("weight" + e.getKey(), Texts.t("bestpractice.msg.CaseReviews.11"));
            }
            sum += w;
        }
        if (sum == 0) {
            throw CaseRefused.of("weights", Texts.t("bestpractice.msg.CaseReviews.10"));
        }
        StringBuilder detail = new StringBuilder();
        for (Map.Entry<Long, Integer> e : weights.entrySet()) {
            ReviewCriterion c = em.find(ReviewCriterion.class, e.getKey());
            if (c != null && c.getWeight() != e.getValue()) {
                detail.append(c.getName())
                        .append(' ')
                        .append(c.getWeight())
                        .append("→")
                        .append(e.getValue())
                        .append("; ");
                c.reweigh(e.getValue());
            }
        }
        if (detail.length() > 0) {
            audit.record("CASE_CRITERIA_WEIGHTED", "review_criterion", detail.toString());
        }
    }

    @RolesAllowed({Role.ADMIN_NAME})
    public CaseReview assign(Long id, String reviewerNo) {
        PracticeCase c = guard.find(id);
        Employee reviewer = staff.byNumber(reviewerNo)
                .filter(e -> e.isActive() && e.holds(Role.REVIEWER))
                .orElseThrow(() -> CaseRefused.of("reviewer", Texts.t("bestpractice.msg.CaseReviews.9")));
        if (Objects.equals(reviewer.getId(), c.getAuthor().getId())) {
            throw CaseRefused.of("reviewer", Texts.t("bestpractice.msg.CaseReviews.8"));
        }
        if (guard.reviewsOf(c).stream().anyMatch(r -> r.getReviewer().getId().equals(reviewer.getId()))) {
            throw CaseRefused.of("reviewer", Texts.t("cases.msg.alreadyAssigned", reviewer.getName()));
        }
        LocalDateTime now = LocalDateTime.now(clock);
        CaseReview review = new CaseReview(c, reviewer, now, audit.callerName());
        em.persist(review);
        guard.transition(c, CaseAction.ASSIGN_REVIEWER, Texts.t("cases.event.reviewerAssigned", reviewer.getName()));
        audit.record("CASE_REVIEWER_ASSIGNED", "case " + c.getId(), reviewer.getEmployeeNo());
        guard.tell(
                reviewer,
                c,
                CaseTexts.text("assigned.title", c.getTitle()),
                CaseTexts.text("assigned.body"),
                "/cases/review.xhtml?id=" + c.getId());
        return review;
    }

    /** A reviewer's criterion scores (0-10 each) and private note; can be changed until the decision. */
    @RolesAllowed({Role.REVIEWER_NAME})
    public CaseReview score(Long id, Map<Long, BigDecimal> points, String privateNote) {
        PracticeCase c = guard.find(id);
        guard.move(c, CaseAction.SCORE);
        CaseReview review = guard.myReview(c);
        List<ReviewCriterion> criteria =
                criteria(c.getRound() == null ? null : c.getRound().getId());
        List<Scoring.Mark> marks = new ArrayList<>();
        List<kr.minwon.portal.platform.rest.Problem.FieldError> errors = new ArrayList<>();
        for (ReviewCriterion k : criteria) {
            BigDecimal p = points.get(k.getId());
            if (p == null || p.signum() < 0 || p.compareTo(BigDecimal.TEN) > 0) {
                errors.add(new kr.minwon.portal.platform.rest.Problem.FieldError(
                        "score" + k.getId(), null, Texts.t("cases.msg.scoreRange", k.getName())));
                continue;
            }
            review.score(k, p);
            marks.add(new Scoring.Mark(p, k.getWeight()));
        }
        if (!errors.isEmpty()) {
            throw new CaseRefused(Texts.t("bestpractice.msg.CaseReviews.7"), errors);
        }
        String note = privateNote == null || privateNote.isBlank() ? null : privateNote.strip();
        if (note != null && note.length() > 4000) {
            throw CaseRefused.of("privateNote", Texts.t("bestpractice.msg.CaseReviews.6"));
        }
        review.conclude(note, Scoring.total(marks), LocalDateTime.now(clock));
        return review;
    }

    @RolesAllowed({Role.REVIEWER_NAME})
    public PracticeCase requestRevision(Long id, String comment) {
        PracticeCase c = guard.find(id);
        CaseAccess.requireComment(comment, Texts.t("bestpractice.msg.CaseReviews.5"));
        guard.transition(c, CaseAction.REQUEST_REVISION, comment.strip());
        guard.tellAuthor(
                c,
                CaseTexts.text("revision.title", c.getTitle()),
                Text.plain(comment.strip()),
                "/cases/edit.xhtml?id=" + c.getId());
        return c;
    }

    /** The decision: approved with a grade. Publication is a separate, later move by an admin. */
    @RolesAllowed({Role.REVIEWER_NAME})
    public PracticeCase approve(Long id, Grade grade, String comment) {
        PracticeCase c = guard.find(id);
        if (grade == null) {
            throw CaseRefused.of("grade", Texts.t("bestpractice.msg.CaseReviews.4"));
        }
        if (guard.myReview(c).getScoredAt() == null) {
            throw CaseRefused.of("scores", Texts.t("bestpractice.msg.CaseReviews.3"));
        }
        guard.transition(
                c,
                CaseAction.APPROVE,
                CaseAccess.gradeName(grade) + (comment == null || comment.isBlank() ? "" : " · " + comment.strip()));
        c.decide(grade, audit.callerName(), LocalDateTime.now(clock));
        guard.tellAuthor(
                c,
                CaseTexts.text("approved.title", CaseAccess.gradeText(grade), c.getTitle()),
                CaseTexts.text("approved.body"),
                "/cases/view.xhtml?id=" + c.getId());
        for (Employee admin : guard.admins()) {
            guard.tell(
                    admin,
                    c,
                    CaseTexts.text("toPublish.title", c.getTitle()),
                    CaseTexts.text("toPublish.body"),
                    "/cases/admin.xhtml");
        }
        return c;
    }

    @RolesAllowed({Role.REVIEWER_NAME})
    public PracticeCase reject(Long id, String comment) {
        PracticeCase c = guard.find(id);
        CaseAccess.requireComment(comment, Texts.t("bestpractice.msg.CaseReviews.2"));
        guard.transition(c, CaseAction.REJECT, comment.strip());
        c.decide(null, audit.callerName(), LocalDateTime.now(clock));
        guard.tellAuthor(
                c,
                CaseTexts.text("rejected.title", c.getTitle()),
                Text.plain(comment.strip()),
                "/cases/view.xhtml?id=" + c.getId());
        return c;
    }

    /** Changes the grade of an approved case (the contest's final confirmation). */
    @RolesAllowed({Role.ADMIN_NAME})
    public PracticeCase confirmGrade(Long id, Grade grade) {
        PracticeCase c = guard.find(id);
        if (grade == null) {
            throw CaseRefused.of("grade", Texts.t("bestpractice.msg.CaseReviews.1"));
        }
        guard.transition(
                c, CaseAction.CONFIRM_GRADE, Texts.t("cases.event.gradeConfirmed", CaseAccess.gradeName(grade)));
        c.confirmGrade(grade);
        audit.record("CASE_GRADE_CONFIRMED", "case " + c.getId(), grade.name());
        return c;
    }
}
