package kr.minwon.portal.bestpractice.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kr.minwon.portal.bestpractice.control.CaseAction;
import kr.minwon.portal.bestpractice.entity.CaseReview;
import kr.minwon.portal.bestpractice.entity.CaseScore;
import kr.minwon.portal.bestpractice.entity.Grade;
import kr.minwon.portal.bestpractice.entity.PracticeCase;
import kr.minwon.portal.bestpractice.entity.ReviewCriterion;
import kr.minwon.portal.platform.faces.DatabaseRows;
import kr.minwon.portal.platform.faces.Messages;
import org.primefaces.model.LazyDataModel;

/** /cases/review.xhtml[?id=]: the reviewer's assigned cases; with an id, the scoring form and the decision. */
@Named
@ViewScoped
public class CaseReviewView implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Set<String> FIELDS = Set.of("privateNote", "comment", "grade");

    @Inject
    CaseBoard caseBoard;

    @Inject
    CaseReviews caseReviews;

    @Inject
    kr.minwon.portal.security.boundary.Accounts accounts;

    private Long id;
    private LazyDataModel<CaseReview> model;
    private PracticeCase practiceCase;
    private List<ReviewCriterion> criteria;
    private Map<Long, BigDecimal> points = new HashMap<>();
    private String privateNote;
    private String comment;
    private Grade grade;
    private BigDecimal myTotal;
    private boolean mayDecide;

    @PostConstruct
    void init() {
        model = new DatabaseRows<>(
                () -> caseBoard.assignedToMeCount(),
                (first, size) -> caseBoard.assignedToMe(first, size),
                CaseReview::getId);
    }

    public void load() {
        if (id == null) {
            return;
        }
        try {
            practiceCase = caseBoard.readable(id);
        } catch (CaseNotFound | jakarta.ejb.EJBException e) {
            CasePages.notFound();
            return;
        }
        CaseAccess.Access access = caseBoard.access(id);
        if (!access.reviewer()) {
            CasePages.notFound();
            return;
        }
        mayDecide = access.may(practiceCase.getStatus(), CaseAction.APPROVE);
        criteria = caseReviews.criteriaFor(id);
        for (CaseReview r : caseReviews.reviews(id)) {
            if (r.getReviewer()
                    .getEmployeeNo()
                    .equals(accounts.callingEmployee()
                            .map(e -> e.getEmployeeNo())
                            .orElse(""))) {
                for (CaseScore s : r.getScores()) {
                    points.put(s.getCriterion().getId(), s.getPoints());
                }
                privateNote = r.getPrivateNote();
                myTotal = r.getTotal();
            }
        }
    }

    public void saveScores() {
        try {
            CaseReview r = caseReviews.score(id, points, privateNote);
            myTotal = r.getTotal();
            Messages.info("cases.review.scored", myTotal);
        } catch (CaseRefused e) {
            CasePages.show(e, "reviewForm", FIELDS);
        }
    }

    public String requestRevision() {
        return decide(() -> caseReviews.requestRevision(id, comment), "cases.review.revisionRequested");
    }

    public String approve() {
        return decide(() -> caseReviews.approve(id, grade, comment), "cases.review.approved");
    }

    public String reject() {
        return decide(() -> caseReviews.reject(id, comment), "cases.review.rejected");
    }

    private String decide(Runnable move, String done) {
        try {
            move.run();
            Messages.info(done);
            return "/cases/review?faces-redirect=true";
        } catch (CaseRefused e) {
            CasePages.show(e, "decisionForm", FIELDS);
            return null;
        }
    }

    public String getGradeName() {
        return practiceCase == null ? "" : CaseAccess.gradeName(practiceCase.getGrade());
    }

    public Grade[] getGrades() {
        return Grade.values();
    }

    public LazyDataModel<CaseReview> getModel() {
        return model;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long v) {
        id = v;
    }

    public PracticeCase getCase() {
        return practiceCase;
    }

    public List<ReviewCriterion> getCriteria() {
        return criteria;
    }

    public Map<Long, BigDecimal> getPoints() {
        return points;
    }

    public String getPrivateNote() {
        return privateNote;
    }

    public void setPrivateNote(String v) {
        privateNote = v;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String v) {
        comment = v;
    }

    public Grade getGrade() {
        return grade;
    }

    public void setGrade(Grade v) {
        grade = v;
    }

    public BigDecimal getMyTotal() {
        return myTotal;
    }

    public boolean isMayDecide() {
        return mayDecide;
    }

    public int getWeightSum() {
        return criteria == null
                ? 0
                : criteria.stream().mapToInt(ReviewCriterion::getWeight).sum();
    }
}
