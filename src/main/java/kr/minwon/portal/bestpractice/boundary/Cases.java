package kr.minwon.portal.bestpractice.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import kr.minwon.portal.bestpractice.control.Actor;
import kr.minwon.portal.bestpractice.control.AttachmentRefused;
import kr.minwon.portal.bestpractice.control.AttachmentRules;
import kr.minwon.portal.bestpractice.control.CaseAction;
import kr.minwon.portal.bestpractice.control.CaseInput;
import kr.minwon.portal.bestpractice.control.CaseRules;
import kr.minwon.portal.bestpractice.control.CaseWorkflow;
import kr.minwon.portal.bestpractice.control.FileKind;
import kr.minwon.portal.bestpractice.control.Scoring;
import kr.minwon.portal.bestpractice.control.TransitionRefused;
import kr.minwon.portal.bestpractice.entity.CaseAdoption;
import kr.minwon.portal.bestpractice.entity.CaseAttachment;
import kr.minwon.portal.bestpractice.entity.CaseEvent;
import kr.minwon.portal.bestpractice.entity.CaseReview;
import kr.minwon.portal.bestpractice.entity.CaseStatus;
import kr.minwon.portal.bestpractice.entity.Grade;
import kr.minwon.portal.bestpractice.entity.PracticeCase;
import kr.minwon.portal.bestpractice.entity.ReviewCriterion;
import kr.minwon.portal.mileage.boundary.MileageLedger;
import kr.minwon.portal.notice.boundary.Inbox;
import kr.minwon.portal.security.boundary.Accounts;
import kr.minwon.portal.platform.audit.AuditLog;
import kr.minwon.portal.staff.entity.Employee;
import kr.minwon.portal.staff.entity.Role;
import kr.minwon.portal.staff.entity.Unit;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one write path of best-practice cases, and every read that needs a visibility check. Each move asks
 * {@link CaseWorkflow} with the caller as an {@link Actor} (manager of the case's unit, assigned reviewer, admin),
 * writes a history line and tells the people concerned through the portal inbox, all in one transaction.
 * Unpublished cases are visible only to the unit's managers, the assigned reviewers and admins; to anyone else they
 * do not exist.
 */
@Stateless
@DeclareRoles({Role.EMPLOYEE_NAME, Role.MANAGER_NAME, Role.REVIEWER_NAME, Role.AUDITOR_NAME, Role.ADMIN_NAME, Cases.API_READ})
public class Cases {

    public static final String API_READ = "API_READ";

    /** What a person may do with a case, for the pages' buttons; the moves check again. */
    public record Access(boolean unitManager, boolean reviewer, boolean admin) {
        public Actor actor() {
            return new Actor(unitManager, reviewer, admin, false);
        }
        public boolean may(CaseStatus s, CaseAction a) {
            return CaseWorkflow.allows(s, a, actor());
        }
        public boolean isUnitManager() { return unitManager; }
        public boolean isReviewer() { return reviewer; }
        public boolean isAdmin() { return admin; }
    }

    /** An attachment ready to be sent: where its bytes are and how to name and type them. */
    public record Download(String fileName, String contentType, long size, Path file) {}

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

    @Inject
    MileageLedger ledger;

    @Inject
    AttachmentStore store;

    @Resource
    SessionContext session;

    @Inject
    @ConfigProperty(name = "portal.cases.attachment.max.bytes", defaultValue = "20971520")
    long maxAttachmentBytes;

    @Inject
    @ConfigProperty(name = "portal.cases.attachments.max.total.bytes", defaultValue = "104857600")
    long maxCaseBytes;

    // ============================================================================================ reading

    /** A case the caller may see (published ones are everyone's), or CaseNotFound. */
    @RolesAllowed({Role.EMPLOYEE_NAME, Role.MANAGER_NAME, Role.REVIEWER_NAME, Role.AUDITOR_NAME, Role.ADMIN_NAME})
    public PracticeCase readable(Long id) {
        publishDue();
        PracticeCase c = id == null ? null : em.find(PracticeCase.class, id);
        if (c == null || !visible(c)) {
            throw new CaseNotFound(id);
        }
        return c;
    }

    /** A published case for the API or the board; anything else does not exist there. */
    @RolesAllowed({Role.EMPLOYEE_NAME, Role.MANAGER_NAME, Role.REVIEWER_NAME, Role.AUDITOR_NAME, Role.ADMIN_NAME, API_READ})
    public PracticeCase published(Long id) {
        publishDue();
        PracticeCase c = id == null ? null : em.find(PracticeCase.class, id);
        if (c == null || c.getStatus() != CaseStatus.PUBLISHED) {
            throw new CaseNotFound(id);
        }
        return c;
    }

    @RolesAllowed({Role.EMPLOYEE_NAME, Role.MANAGER_NAME, Role.REVIEWER_NAME, Role.AUDITOR_NAME, Role.ADMIN_NAME})
    public Access access(Long id) {
        PracticeCase c = em.find(PracticeCase.class, id);
        return c == null ? new Access(false, false, false) : accessTo(c);
    }

    @RolesAllowed({Role.EMPLOYEE_NAME, Role.MANAGER_NAME, Role.REVIEWER_NAME, Role.AUDITOR_NAME, Role.ADMIN_NAME, API_READ})
    public List<CaseAttachment> attachments(Long caseId) {
        if (caseId == null) {
            return List.of();
        }
        mustSee(caseId);
        return em.createQuery("SELECT a FROM CaseAttachment a WHERE a.practiceCase.id = :c ORDER BY a.id", CaseAttachment.class)
                .setParameter("c", caseId).getResultList();
    }

    @RolesAllowed({Role.EMPLOYEE_NAME, Role.MANAGER_NAME, Role.REVIEWER_NAME, Role.AUDITOR_NAME, Role.ADMIN_NAME})
    public List<CaseEvent> history(Long caseId) {
        PracticeCase c = readable(caseId);
        Access a = accessTo(c);
        if (!a.unitManager() && !a.reviewer() && !a.admin()) {
            return List.of();
        }
        return em.createQuery("SELECT e FROM CaseEvent e WHERE e.practiceCase = :c ORDER BY e.happenedAt, e.id", CaseEvent.class)
                .setParameter("c", c).getResultList();
    }

    @RolesAllowed({Role.EMPLOYEE_NAME, Role.MANAGER_NAME, Role.REVIEWER_NAME, Role.AUDITOR_NAME, Role.ADMIN_NAME, API_READ})
    public List<CaseAdoption> adoptions(Long caseId) {
        if (caseId == null) {
            return List.of();
        }
        mustSee(caseId);
        return em.createQuery("SELECT a FROM CaseAdoption a JOIN FETCH a.unit WHERE a.practiceCase.id = :c ORDER BY a.adoptedAt",
                CaseAdoption.class).setParameter("c", caseId).getResultList();
    }

    /** Reviews with private notes: reviewers of the case and admins only. */
    @RolesAllowed({Role.REVIEWER_NAME, Role.ADMIN_NAME})
    public List<CaseReview> reviews(Long caseId) {
        PracticeCase c = em.find(PracticeCase.class, caseId);
        if (c == null) {
            throw new CaseNotFound(caseId);
        }
        Access a = accessTo(c);
        if (!a.reviewer() && !a.admin()) {
            throw new CaseNotFound(caseId);
        }
        return em.createQuery("SELECT r FROM CaseReview r JOIN FETCH r.reviewer WHERE r.practiceCase = :c ORDER BY r.id",
                CaseReview.class).setParameter("c", c).getResultList();
    }

    @RolesAllowed({Role.EMPLOYEE_NAME, Role.MANAGER_NAME, Role.REVIEWER_NAME, Role.AUDITOR_NAME, Role.ADMIN_NAME})
    public boolean likedByMe(Long caseId) {
        Optional<Employee> me = accounts.callingEmployee();
        return me.isPresent() && ((Number) em.createNativeQuery(
                "SELECT COUNT(*) FROM case_like WHERE case_id = ? AND employee_id = ?")
                .setParameter(1, caseId).setParameter(2, me.get().getId()).getSingleResult()).longValue() > 0;
    }

    @RolesAllowed({Role.EMPLOYEE_NAME, Role.MANAGER_NAME, Role.REVIEWER_NAME, Role.AUDITOR_NAME, Role.ADMIN_NAME})
    public Optional<CaseAdoption> myUnitsAdoption(Long caseId) {
        Optional<Unit> unit = accounts.callingEmployee().map(Employee::getUnit);
        if (unit.isEmpty()) {
            return Optional.empty();
        }
        return em.createQuery("SELECT a FROM CaseAdoption a WHERE a.practiceCase.id = :c AND a.unit = :u", CaseAdoption.class)
                .setParameter("c", caseId).setParameter("u", unit.get()).getResultStream().findFirst();
    }

    // ------------------------------------------------------------------------------------------- board

    @RolesAllowed({Role.EMPLOYEE_NAME, Role.MANAGER_NAME, Role.REVIEWER_NAME, Role.AUDITOR_NAME, Role.ADMIN_NAME, API_READ})
    public List<PracticeCase> board(BoardQuery q, int first, int size) {
        publishDue();
        String order = switch (q.sort() == null ? BoardQuery.Sort.NEWEST : q.sort()) {
            case MOST_VIEWED -> " ORDER BY c.viewCount DESC, c.publishedAt DESC, c.id DESC";
            case MOST_LIKED -> " ORDER BY c.likeCount DESC, c.publishedAt DESC, c.id DESC";
            case NEWEST -> " ORDER BY c.publishedAt DESC, c.id DESC";
        };
        TypedQuery<PracticeCase> query = em.createQuery("SELECT c FROM PracticeCase c" + where(q) + order, PracticeCase.class);
        bind(query, q);
        return query.setFirstResult(first).setMaxResults(Math.min(size, 100)).getResultList();
    }

    @RolesAllowed({Role.EMPLOYEE_NAME, Role.MANAGER_NAME, Role.REVIEWER_NAME, Role.AUDITOR_NAME, Role.ADMIN_NAME, API_READ})
    public long boardCount(BoardQuery q) {
        TypedQuery<Long> query = em.createQuery("SELECT COUNT(c) FROM PracticeCase c" + where(q), Long.class);
        bind(query, q);
        return query.getSingleResult();
    }

    private static String where(BoardQuery q) {
        StringBuilder w = new StringBuilder(" WHERE c.status = kr.minwon.portal.bestpractice.entity.CaseStatus.PUBLISHED");
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
            String t = q.text().strip().toLowerCase(java.util.Locale.ROOT)
                    .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
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
        return em.createQuery("SELECT DISTINCT u FROM PracticeCase c JOIN c.department u WHERE c.status = "
                + "kr.minwon.portal.bestpractice.entity.CaseStatus.PUBLISHED ORDER BY u.name", Unit.class).getResultList();
    }

    // ------------------------------------------------------------------------------------------- lists

    /** The cases of the units the calling manager leads or works in, every state. */
    @RolesAllowed({Role.MANAGER_NAME})
    public List<PracticeCase> mine(int first, int size) {
        Unit u = myUnit();
        return em.createQuery("SELECT c FROM PracticeCase c WHERE c.unit = :u OR c.department = :u ORDER BY c.updatedAt DESC, c.id DESC",
                PracticeCase.class).setParameter("u", u).setFirstResult(first).setMaxResults(size).getResultList();
    }

    @RolesAllowed({Role.MANAGER_NAME})
    public long mineCount() {
        Unit u = myUnit();
        return em.createQuery("SELECT COUNT(c) FROM PracticeCase c WHERE c.unit = :u OR c.department = :u", Long.class)
                .setParameter("u", u).getSingleResult();
    }

    /** The reviewer's assignments, cases under review first. */
    @RolesAllowed({Role.REVIEWER_NAME})
    public List<CaseReview> assignedToMe(int first, int size) {
        Employee me = me();
        return em.createQuery("SELECT r FROM CaseReview r JOIN FETCH r.practiceCase c WHERE r.reviewer = :me "
                        + "ORDER BY CASE WHEN c.status IN (kr.minwon.portal.bestpractice.entity.CaseStatus.IN_REVIEW, "
                        + "kr.minwon.portal.bestpractice.entity.CaseStatus.RESUBMITTED) THEN 0 ELSE 1 END, c.updatedAt DESC",
                CaseReview.class).setParameter("me", me).setFirstResult(first).setMaxResults(size).getResultList();
    }

    @RolesAllowed({Role.REVIEWER_NAME})
    public long assignedToMeCount() {
        return em.createQuery("SELECT COUNT(r) FROM CaseReview r WHERE r.reviewer = :me", Long.class)
                .setParameter("me", me()).getSingleResult();
    }

    /** All cases past the draft, for the admin; optionally of one state. */
    @RolesAllowed({Role.ADMIN_NAME})
    public List<PracticeCase> administered(CaseStatus status, int first, int size) {
        publishDue();
        TypedQuery<PracticeCase> q = em.createQuery("SELECT c FROM PracticeCase c WHERE c.status <> "
                + "kr.minwon.portal.bestpractice.entity.CaseStatus.DRAFT" + (status == null ? "" : " AND c.status = :s")
                + " ORDER BY c.updatedAt DESC, c.id DESC", PracticeCase.class);
        if (status != null) {
            q.setParameter("s", status);
        }
        return q.setFirstResult(first).setMaxResults(size).getResultList();
    }

    @RolesAllowed({Role.ADMIN_NAME})
    public long administeredCount(CaseStatus status) {
        TypedQuery<Long> q = em.createQuery("SELECT COUNT(c) FROM PracticeCase c WHERE c.status <> "
                + "kr.minwon.portal.bestpractice.entity.CaseStatus.DRAFT" + (status == null ? "" : " AND c.status = :s"), Long.class);
        if (status != null) {
            q.setParameter("s", status);
        }
        return q.getSingleResult();
    }

    /** People an admin can assign: active employees holding REVIEWER. */
    @RolesAllowed({Role.ADMIN_NAME})
    public List<Employee> reviewers() {
        return em.createQuery("SELECT e FROM Employee e WHERE e.active = TRUE AND :r MEMBER OF e.roles ORDER BY e.name",
                Employee.class).setParameter("r", Role.REVIEWER).getResultList();
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
                ? em.createQuery("SELECT r FROM ReviewCriterion r WHERE r.round IS NULL ORDER BY r.sortNo", ReviewCriterion.class)
                : em.createQuery("SELECT r FROM ReviewCriterion r WHERE r.round.id = :r ORDER BY r.sortNo", ReviewCriterion.class)
                        .setParameter("r", roundId)).getResultList();
    }

    /** Sets criterion weights (the default set, or a round's before it is confirmed). */
    @RolesAllowed({Role.ADMIN_NAME})
    public void reweigh(Map<Long, Integer> weights) {
        int sum = 0;
        for (Map.Entry<Long, Integer> e : weights.entrySet()) {
            Integer w = e.getValue();
            if (w == null || w < 0 || w > 100) {
                throw CaseRefused.of("weight" + e.getKey(), "가중치는 0에서 100 사이입니다.");
            }
            sum += w;
        }
        if (sum == 0) {
            throw CaseRefused.of("weights", "가중치를 적어도 하나는 0보다 크게 정해 주세요.");
        }
        StringBuilder detail = new StringBuilder();
        for (Map.Entry<Long, Integer> e : weights.entrySet()) {
            ReviewCriterion c = em.find(ReviewCriterion.class, e.getKey());
            if (c != null && c.getWeight() != e.getValue()) {
                detail.append(c.getName()).append(' ').append(c.getWeight()).append("→").append(e.getValue()).append("; ");
                c.reweigh(e.getValue());
            }
        }
        if (detail.length() > 0) {
            audit.record("CASE_CRITERIA_WEIGHTED", "review_criterion", detail.toString());
        }
    }

    // ============================================================================================ writing

    /** A new draft for the calling manager's unit; may be empty. */
    @RolesAllowed({Role.MANAGER_NAME})
    public PracticeCase create(CaseInput raw) {
        Employee me = me();
        if (me.getUnit() == null) {
            throw CaseRefused.of("unit", "소속 부서가 없어 사례를 쓸 수 없습니다.");
        }
        CaseInput in = raw.sanitized();
        check(in, false);
        LocalDateTime now = LocalDateTime.now(clock);
        PracticeCase c = new PracticeCase(me, me.getUnit(), now);
        c.write(in, now);
        em.persist(c);
        event(c, "CREATED", null, CaseStatus.DRAFT, null, now);
        return c;
    }

    /** Saves a draft (or a case sent back for revision) as it is, complete or not. */
    @RolesAllowed({Role.MANAGER_NAME})
    public PracticeCase save(Long id, long version, CaseInput raw) {
        PracticeCase c = forChange(id, version);
        move(c, CaseAction.EDIT);
        CaseInput in = raw.sanitized();
        check(in, false);
        c.write(in, LocalDateTime.now(clock));
        return c;
    }

    /** Saves and submits (a draft) or resubmits (a case sent back): every required field must be there. */
    @RolesAllowed({Role.MANAGER_NAME})
    public PracticeCase submit(Long id, long version, CaseInput raw) {
        PracticeCase c = forChange(id, version);
        CaseAction action = c.getStatus() == CaseStatus.REVISION_REQUESTED ? CaseAction.RESUBMIT : CaseAction.SUBMIT;
        CaseStatus from = c.getStatus();
        CaseStatus to = move(c, action);
        CaseInput in = raw.sanitized();
        check(in, true);
        LocalDateTime now = LocalDateTime.now(clock);
        c.write(in, now);
        c.moveTo(to, now);
        event(c, action.name(), from, to, null, now);
        if (action == CaseAction.SUBMIT) {
            for (Employee admin : admins()) {
                tell(admin, c, "우수사례 제출: " + c.getTitle(), c.getUnit().getName() + "에서 우수사례를 제출했습니다. 심사위원을 배정해 주세요.",
                        "/admin/cases.xhtml");
            }
        } else {
            for (CaseReview r : reviewsOf(c)) {
                tell(r.getReviewer(), c, "보완 사례 재제출: " + c.getTitle(), "요청하신 보완을 반영해 다시 제출했습니다.",
                        "/cases/review.xhtml?id=" + c.getId());
            }
        }
        return c;
    }

    /** The author's unit takes a submitted case back to draft, before any reviewer is assigned. */
    @RolesAllowed({Role.MANAGER_NAME})
    public PracticeCase recall(Long id, long version) {
        PracticeCase c = forChange(id, version);
        return transition(c, CaseAction.RECALL, null);
    }

    @RolesAllowed({Role.ADMIN_NAME})
    public CaseReview assign(Long id, String reviewerNo) {
        PracticeCase c = find(id);
        Employee reviewer = em.createQuery("SELECT e FROM Employee e WHERE e.employeeNo = :n", Employee.class)
                .setParameter("n", reviewerNo).getResultStream().findFirst()
                .filter(e -> e.isActive() && e.holds(Role.REVIEWER))
                .orElseThrow(() -> CaseRefused.of("reviewer", "심사위원(REVIEWER) 역할이 있는 직원만 배정할 수 있습니다."));
        if (Objects.equals(reviewer.getId(), c.getAuthor().getId())) {
            throw CaseRefused.of("reviewer", "사례를 쓴 사람은 그 사례의 심사위원이 될 수 없습니다.");
        }
        if (reviewsOf(c).stream().anyMatch(r -> r.getReviewer().getId().equals(reviewer.getId()))) {
            throw CaseRefused.of("reviewer", reviewer.getName() + " 님은 이미 배정되어 있습니다.");
        }
        LocalDateTime now = LocalDateTime.now(clock);
        CaseReview review = new CaseReview(c, reviewer, now, audit.callerName());
        em.persist(review);
        transition(c, CaseAction.ASSIGN_REVIEWER, "심사위원 배정: " + reviewer.getName());
        audit.record("CASE_REVIEWER_ASSIGNED", "case " + c.getId(), reviewer.getEmployeeNo());
        tell(reviewer, c, "우수사례 심사 배정: " + c.getTitle(), "심사를 맡게 되었습니다. 평가 기준별 점수를 매겨 주세요.",
                "/cases/review.xhtml?id=" + c.getId());
        return review;
    }

    /** A reviewer's criterion scores (0-10 each) and private note; can be changed until the decision. */
    @RolesAllowed({Role.REVIEWER_NAME})
    public CaseReview score(Long id, Map<Long, BigDecimal> points, String privateNote) {
        PracticeCase c = find(id);
        move(c, CaseAction.SCORE);
        CaseReview review = myReview(c);
        List<ReviewCriterion> criteria = criteria(c.getRound() == null ? null : c.getRound().getId());
        List<Scoring.Mark> marks = new ArrayList<>();
        List<kr.minwon.portal.platform.rest.Problem.FieldError> errors = new ArrayList<>();
        for (ReviewCriterion k : criteria) {
            BigDecimal p = points.get(k.getId());
            if (p == null || p.signum() < 0 || p.compareTo(BigDecimal.TEN) > 0) {
                errors.add(new kr.minwon.portal.platform.rest.Problem.FieldError("score" + k.getId(), null,
                        k.getName() + " 점수를 0에서 10 사이로 매겨 주세요."));
                continue;
            }
            review.score(k, p);
            marks.add(new Scoring.Mark(p, k.getWeight()));
        }
        if (!errors.isEmpty()) {
            throw new CaseRefused("점수를 확인해 주세요.", errors);
        }
        String note = privateNote == null || privateNote.isBlank() ? null : privateNote.strip();
        if (note != null && note.length() > 4000) {
            throw CaseRefused.of("privateNote", "심사 메모는 4000자 이내입니다.");
        }
        review.conclude(note, Scoring.total(marks), LocalDateTime.now(clock));
        return review;
    }

    @RolesAllowed({Role.REVIEWER_NAME})
    public PracticeCase requestRevision(Long id, String comment) {
        PracticeCase c = find(id);
        requireComment(comment, "보완 요청 내용을 적어 주세요.");
        transition(c, CaseAction.REQUEST_REVISION, comment.strip());
        tellAuthor(c, "우수사례 보완 요청: " + c.getTitle(), comment.strip(), "/cases/edit.xhtml?id=" + c.getId());
        return c;
    }

    /** The decision: approved with a grade. Publication is a separate, later move by an admin. */
    @RolesAllowed({Role.REVIEWER_NAME})
    public PracticeCase approve(Long id, Grade grade, String comment) {
        PracticeCase c = find(id);
        if (grade == null) {
            throw CaseRefused.of("grade", "등급(최우수/우수/장려)을 골라 주세요.");
        }
        if (myReview(c).getScoredAt() == null) {
            throw CaseRefused.of("scores", "선정하기 전에 평가 기준별 점수를 저장해 주세요.");
        }
        transition(c, CaseAction.APPROVE, gradeName(grade) + (comment == null || comment.isBlank() ? "" : " · " + comment.strip()));
        c.decide(grade, audit.callerName(), LocalDateTime.now(clock));
        tellAuthor(c, "우수사례 선정(" + gradeName(grade) + "): " + c.getTitle(), "심사 결과 선정되었습니다. 게시는 관리자가 합니다.",
                "/cases/view.xhtml?id=" + c.getId());
        for (Employee admin : admins()) {
            tell(admin, c, "우수사례 선정: " + c.getTitle(), "선정된 사례를 게시해 주세요.", "/admin/cases.xhtml");
        }
        return c;
    }

    @RolesAllowed({Role.REVIEWER_NAME})
    public PracticeCase reject(Long id, String comment) {
        PracticeCase c = find(id);
        requireComment(comment, "미선정 사유를 적어 주세요.");
        transition(c, CaseAction.REJECT, comment.strip());
        c.decide(null, audit.callerName(), LocalDateTime.now(clock));
        tellAuthor(c, "우수사례 미선정: " + c.getTitle(), comment.strip(), "/cases/view.xhtml?id=" + c.getId());
        return c;
    }

    /** Changes the grade of an approved case (the contest's final confirmation). */
    @RolesAllowed({Role.ADMIN_NAME})
    public PracticeCase confirmGrade(Long id, Grade grade) {
        PracticeCase c = find(id);
        if (grade == null) {
            throw CaseRefused.of("grade", "등급을 골라 주세요.");
        }
        transition(c, CaseAction.CONFIRM_GRADE, "등급 확정: " + gradeName(grade));
        c.confirmGrade(grade);
        audit.record("CASE_GRADE_CONFIRMED", "case " + c.getId(), grade.name());
        return c;
    }

    /** Publishes an approved case now ({@code on} null or today and earlier) or schedules it for a later day. */
    @RolesAllowed({Role.ADMIN_NAME})
    public PracticeCase publish(Long id, LocalDate on) {
        PracticeCase c = find(id);
        LocalDate today = LocalDate.now(clock);
        if (on != null && on.isAfter(today)) {
            transition(c, CaseAction.SCHEDULE_PUBLICATION, "게시 예정일: " + on);
            c.schedulePublication(on);
            audit.record("CASE_PUBLICATION_SCHEDULED", "case " + c.getId(), on.toString());
            return c;
        }
        c.schedulePublication(today);
        transition(c, CaseAction.PUBLISH, null);
        audit.record("CASE_PUBLISHED", "case " + c.getId(), c.getTitle());
        tellAuthor(c, "우수사례 게시: " + c.getTitle(), "사례가 게시판에 게시되었습니다.", "/cases/view.xhtml?id=" + c.getId());
        return c;
    }

    @RolesAllowed({Role.ADMIN_NAME})
    public PracticeCase archive(Long id) {
        PracticeCase c = find(id);
        transition(c, CaseAction.ARCHIVE, null);
        audit.record("CASE_ARCHIVED", "case " + c.getId(), c.getTitle());
        return c;
    }

    /**
     * Publishes approved cases whose day has come. Runs from the timer and on every read of the board, so a case
     * appears on its day even if the timer has not fired yet on this node.
     */
    @PermitAll
    public int publishDue() {
        List<PracticeCase> due = em.createQuery("SELECT c FROM PracticeCase c WHERE c.status = "
                        + "kr.minwon.portal.bestpractice.entity.CaseStatus.APPROVED AND c.publishOn <= :today", PracticeCase.class)
                .setParameter("today", LocalDate.now(clock)).getResultList();
        LocalDateTime now = LocalDateTime.now(clock);
        for (PracticeCase c : due) {
            CaseStatus to = CaseWorkflow.next(c.getStatus(), CaseAction.PUBLISH, Actor.SYSTEM);
            c.moveTo(to, now);
            em.persist(new CaseEvent(c, CaseAction.PUBLISH.name(), CaseStatus.APPROVED, to, "예정일 게시", "system", now));
            inbox.post(c.getAuthor().getId(), "우수사례 게시: " + c.getTitle(), "예정일에 맞춰 게시되었습니다.",
                    "/cases/view.xhtml?id=" + c.getId());
        }
        return due.size();
    }

    // ------------------------------------------------------------------------------------------- readers

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
                .setParameter(1, c.getId()).setParameter(2, me.get().getId()).setParameter(3, LocalDate.now(clock))
                .executeUpdate();
        if (added > 0) {
            em.createQuery("UPDATE PracticeCase c SET c.viewCount = c.viewCount + 1 WHERE c.id = :id")
                    .setParameter("id", c.getId()).executeUpdate();
        }
    }

    /** "도움돼요": one per person; pressing again takes it back. Returns whether the case is now liked. */
    @RolesAllowed({Role.EMPLOYEE_NAME, Role.MANAGER_NAME, Role.REVIEWER_NAME, Role.AUDITOR_NAME, Role.ADMIN_NAME})
    public boolean toggleLike(Long id) {
        PracticeCase c = published(id);
        Employee me = me();
        int removed = em.createNativeQuery("DELETE FROM case_like WHERE case_id = ? AND employee_id = ?")
                .setParameter(1, c.getId()).setParameter(2, me.getId()).executeUpdate();
        int added = 0;
        if (removed == 0) {
            added = em.createNativeQuery("INSERT INTO case_like (case_id, employee_id, liked_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
                    .setParameter(1, c.getId()).setParameter(2, me.getId()).setParameter(3, LocalDateTime.now(clock))
                    .executeUpdate();
        }
        int delta = added - removed;
        if (delta != 0) {
            em.createQuery("UPDATE PracticeCase c SET c.likeCount = c.likeCount + :d WHERE c.id = :id")
                    .setParameter("d", delta).setParameter("id", c.getId()).executeUpdate();
        }
        return added > 0;
    }

    /**
     * The caller's unit records that it adopted a published case, once per unit and case (the unique key makes a
     * second one fail even at the same moment). The author may earn adoption points, written in this transaction.
     */
    @RolesAllowed({Role.EMPLOYEE_NAME, Role.MANAGER_NAME, Role.REVIEWER_NAME, Role.AUDITOR_NAME, Role.ADMIN_NAME})
    public CaseAdoption adopt(Long id, String note) {
        PracticeCase c = published(id);
        Employee me = me();
        Unit unit = me.getUnit();
        if (unit == null) {
            throw CaseRefused.of("adoptionNote", "소속 부서가 없어 채택을 기록할 수 없습니다.");
        }
        Unit mine = departmentOf(unit);
        Unit authors = departmentOf(c.getUnit());
        Unit authorsNow = c.getAuthor() == null || c.getAuthor().getUnit() == null ? null : departmentOf(c.getAuthor().getUnit());
        if (Objects.equals(mine.getId(), authors.getId()) || (authorsNow != null && Objects.equals(mine.getId(), authorsNow.getId()))) {
            // The adoption reward is for spreading a practice beyond its own department; a sister team does not count.
            throw CaseRefused.of("adoptionNote", "같은 부서(" + mine.getName()
                    + ")에서 만든 사례는 채택으로 기록할 수 없습니다. 채택은 다른 부서가 사례를 도입했을 때 기록합니다.");
        }
        String text = note == null ? "" : note.strip();
        if (text.length() < 2 || text.length() > 500) {
            throw CaseRefused.of("adoptionNote", "어떻게 도입했는지 2~500자로 적어 주세요.");
        }
        if (myUnitsAdoption(id).isPresent()) {
            throw CaseRefused.of("adoptionNote", unit.getName() + "은(는) 이미 이 사례의 채택을 기록했습니다.");
        }
        LocalDateTime now = LocalDateTime.now(clock);
        CaseAdoption a = new CaseAdoption(c, unit, text, now, audit.callerName());
        em.persist(a);
        // The unique key (case, unit) answers a concurrent second adoption here, before any points are written.
        em.flush();
        em.createQuery("UPDATE PracticeCase c SET c.adoptionCount = c.adoptionCount + 1 WHERE c.id = :id")
                .setParameter("id", c.getId()).executeUpdate();
        ledger.awardAdoption(c.getAuthor(), c.getTitle(), unit.getName(), now.toLocalDate())
                .ifPresent(entry -> a.rewarded(entry.getId()));
        tellAuthor(c, "우수사례 채택: " + c.getTitle(), unit.getName() + "에서 사례를 도입했습니다: " + text,
                "/cases/view.xhtml?id=" + c.getId());
        return a;
    }

    /** A team's department, or the unit itself when it is a department or the office. */
    private static Unit departmentOf(Unit unit) {
        Unit d = unit.department();
        return d == null ? unit : d;
    }

    // ------------------------------------------------------------------------------------------- attachments

    /** Checks and keeps an upload for a case being written; a refused file leaves nothing behind. */
    @RolesAllowed({Role.MANAGER_NAME})
    public CaseAttachment attach(Long id, String rawName, long declaredSize, InputStream content) {
        PracticeCase c = find(id);
        move(c, CaseAction.EDIT);
        AttachmentStore.Received received = null;
        try {
            String name = AttachmentRules.cleanName(rawName);
            AttachmentRules.claimedKind(name);
            long used = usedBytes(c);
            if (declaredSize > 0) {
                AttachmentRules.checkSize(declaredSize, maxAttachmentBytes, used, maxCaseBytes);
            }
            received = store.receive(content, maxAttachmentBytes);
            AttachmentRules.checkSize(received.size(), maxAttachmentBytes, used, maxCaseBytes);
            FileKind kind = AttachmentRules.check(name, received.temp());
            store.keep(received);
            CaseAttachment a = new CaseAttachment(c, name, kind, received.size(), received.sha256(),
                    LocalDateTime.now(clock), audit.callerName());
            em.persist(a);
            return a;
        } catch (AttachmentRefused refused) {
            if (received != null) {
                store.discard(received.temp());
            }
            throw CaseRefused.of("attachment", refused.getMessage());
        }
    }

    @RolesAllowed({Role.MANAGER_NAME})
    public void detach(Long attachmentId) {
        CaseAttachment a = em.find(CaseAttachment.class, attachmentId);
        if (a == null) {
            throw new CaseNotFound(attachmentId);
        }
        move(a.getPracticeCase(), CaseAction.EDIT);
        // The bytes stay: another case may hold the same file, and the checksum names it.
        em.remove(a);
    }

    /** An attachment for someone allowed to see its case, or CaseNotFound. */
    @RolesAllowed({Role.EMPLOYEE_NAME, Role.MANAGER_NAME, Role.REVIEWER_NAME, Role.AUDITOR_NAME, Role.ADMIN_NAME, API_READ})
    public Download download(Long attachmentId) {
        CaseAttachment a = attachmentId == null ? null : em.find(CaseAttachment.class, attachmentId);
        if (a == null) {
            throw new CaseNotFound(attachmentId);
        }
        PracticeCase c = a.getPracticeCase();
        if (!visible(c)) {
            throw new CaseNotFound(attachmentId);
        }
        return new Download(a.getFileName(), a.getContentType(), a.getSizeBytes(), store.pathOf(a.getSha256()));
    }

    public long maxAttachmentBytes() {
        return maxAttachmentBytes;
    }

    public long maxCaseBytes() {
        return maxCaseBytes;
    }

    // ============================================================================================ inside

    /** The facade checks what it serves itself, whoever calls it (issue 14): CaseNotFound for a case not to be seen. */
    private void mustSee(Long id) {
        PracticeCase c = id == null ? null : em.find(PracticeCase.class, id);
        if (c == null || !visible(c)) {
            throw new CaseNotFound(id);
        }
    }

    private boolean visible(PracticeCase c) {
        if (c.getStatus() == CaseStatus.PUBLISHED) {
            return true;
        }
        Access a = accessTo(c);
        return a.unitManager() || a.reviewer() || a.admin();
    }

    Access accessTo(PracticeCase c) {
        boolean admin = session.isCallerInRole(Role.ADMIN_NAME);
        Optional<Employee> me = accounts.callingEmployee();
        if (me.isEmpty()) {
            return new Access(false, false, admin);
        }
        Employee e = me.get();
        boolean manager = session.isCallerInRole(Role.MANAGER_NAME) && manages(e, c.getUnit());
        boolean reviewer = session.isCallerInRole(Role.REVIEWER_NAME) && reviewsOf(c).stream()
                .anyMatch(r -> r.getReviewer().getId().equals(e.getId()));
        return new Access(manager, reviewer, admin);
    }

    /** A manager writes for the unit he works in or leads, and for the teams of the department he heads. */
    static boolean manages(Employee e, Unit unit) {
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
                || (dept != null && dept.getHead() != null && dept.getHead().getId().equals(e.getId()));
    }

    private Employee me() {
        return accounts.callingEmployee().orElseThrow(() -> CaseRefused.of("user", "직원 계정으로 로그인해야 합니다."));
    }

    private Unit myUnit() {
        Unit u = me().getUnit();
        if (u == null) {
            throw CaseRefused.of("unit", "소속 부서가 없습니다.");
        }
        return u;
    }

    private PracticeCase find(Long id) {
        PracticeCase c = id == null ? null : em.find(PracticeCase.class, id);
        if (c == null || !visible(c)) {
            throw new CaseNotFound(id);
        }
        return c;
    }

    /** The case if the version the person edited is still the stored one; otherwise his save is refused. */
    private PracticeCase forChange(Long id, long version) {
        PracticeCase c = find(id);
        if (c.getVersion() != version) {
            throw new CaseChanged();
        }
        return c;
    }

    private CaseStatus move(PracticeCase c, CaseAction action) {
        try {
            return CaseWorkflow.next(c.getStatus(), action, accessTo(c).actor());
        } catch (TransitionRefused refused) {
            throw CaseRefused.of("status", refused.getMessage());
        }
    }

    private PracticeCase transition(PracticeCase c, CaseAction action, String note) {
        CaseStatus from = c.getStatus();
        CaseStatus to = move(c, action);
        LocalDateTime now = LocalDateTime.now(clock);
        c.moveTo(to, now);
        event(c, action.name(), from, to, note, now);
        return c;
    }

    private void event(PracticeCase c, String action, CaseStatus from, CaseStatus to, String note, LocalDateTime now) {
        em.persist(new CaseEvent(c, action, from, to, note, audit.callerName(), now));
    }

    private void check(CaseInput in, boolean submitting) {
        List<CaseRules.Violation> v = CaseRules.check(in, submitting, LocalDate.now(clock));
        if (!v.isEmpty()) {
            throw CaseRefused.of(v);
        }
    }

    private static void requireComment(String comment, String reason) {
        if (comment == null || comment.strip().length() < 2) {
            throw CaseRefused.of("comment", reason);
        }
        if (comment.length() > 2000) {
            throw CaseRefused.of("comment", "의견은 2000자 이내입니다.");
        }
    }

    private List<CaseReview> reviewsOf(PracticeCase c) {
        if (c.getId() == null) {
            return List.of();
        }
        return em.createQuery("SELECT r FROM CaseReview r WHERE r.practiceCase = :c", CaseReview.class)
                .setParameter("c", c).getResultList();
    }

    private CaseReview myReview(PracticeCase c) {
        Employee me = me();
        return reviewsOf(c).stream().filter(r -> r.getReviewer().getId().equals(me.getId())).findFirst()
                .orElseThrow(() -> CaseRefused.of("status", "이 사례에 배정된 심사위원이 아닙니다."));
    }

    private long usedBytes(PracticeCase c) {
        Long sum = em.createQuery("SELECT SUM(a.sizeBytes) FROM CaseAttachment a WHERE a.practiceCase = :c", Long.class)
                .setParameter("c", c).getSingleResult();
        return sum == null ? 0 : sum;
    }

    private List<Employee> admins() {
        return em.createQuery("SELECT e FROM Employee e WHERE e.active = TRUE AND :r MEMBER OF e.roles", Employee.class)
                .setParameter("r", Role.ADMIN).getResultList();
    }

    private void tellAuthor(PracticeCase c, String title, String body, String link) {
        tell(c.getAuthor(), c, title, body, link);
    }

    private void tell(Employee to, PracticeCase c, String title, String body, String link) {
        inbox.post(to.getId(), title, body, link);
    }

    public static String gradeName(Grade g) {
        return g == null ? "" : switch (g) {
            case GRAND -> "최우수";
            case EXCELLENT -> "우수";
            case MERIT -> "장려";
        };
    }

    /** For views: the counts of a case read fresh after the bulk updates above. */
    @RolesAllowed({Role.EMPLOYEE_NAME, Role.MANAGER_NAME, Role.REVIEWER_NAME, Role.AUDITOR_NAME, Role.ADMIN_NAME})
    public Map<String, Integer> counts(Long id) {
        mustSee(id);
        Object[] row = (Object[]) em.createNativeQuery("SELECT view_count, like_count, adoption_count FROM practice_case WHERE id = ?")
                .setParameter(1, id).getSingleResult();
        Map<String, Integer> m = new HashMap<>();
        m.put("views", ((Number) row[0]).intValue());
        m.put("likes", ((Number) row[1]).intValue());
        m.put("adoptions", ((Number) row[2]).intValue());
        return m;
    }
}
