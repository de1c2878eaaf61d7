package kr.minwon.portal.bestpractice.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kr.minwon.portal.bestpractice.control.CaseAction;
import kr.minwon.portal.bestpractice.entity.CaseReview;
import kr.minwon.portal.bestpractice.entity.CaseStatus;
import kr.minwon.portal.bestpractice.entity.ContestRound;
import kr.minwon.portal.bestpractice.entity.Grade;
import kr.minwon.portal.bestpractice.entity.PracticeCase;
import kr.minwon.portal.bestpractice.entity.ReviewCriterion;
import kr.minwon.portal.platform.faces.DatabaseRows;
import kr.minwon.portal.platform.faces.Messages;
import kr.minwon.portal.staff.entity.Employee;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.StreamedContent;

/** /cases/admin.xhtml: assign reviewers, publish now or on a day, archive, criteria weights, contest rounds. */
@Named
@ViewScoped
public class AdminCasesView implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Set<String> FIELDS =
            Set.of("reviewer", "publishOn", "round", "grade", "roundName", "roundDeadline");

    /** The office clock: the office's "today", not the server's. */
    @Inject
    Clock clock;

    @Inject
    CaseReviews caseReviews;

    @Inject
    CaseBoard caseBoard;

    @Inject
    CasePublication casePublication;

    @Inject
    ContestRounds rounds;

    private CaseStatus statusFilter;
    private LazyDataModel<PracticeCase> model;
    private Long selectedId;
    private PracticeCase selected;
    private List<CaseReview> selectedReviews;
    private String reviewerNo;
    private LocalDate publishOn;
    private Long roundId;
    private Grade grade;
    private List<Employee> reviewers;
    private List<ReviewCriterion> criteria;
    private Map<Long, Integer> weights = new HashMap<>();
    private String roundName;
    private LocalDate roundDeadline;
    private Long rankingRoundId;
    private List<ContestRounds.Standing> ranking;
    private Map<Long, String> confirmed = new LinkedHashMap<>();

    @PostConstruct
    void init() {
        reviewers = caseReviews.reviewers();
        loadCriteria();
        model = new DatabaseRows<>(
                () -> caseBoard.administeredCount(statusFilter),
                (first, size) -> caseBoard.administered(statusFilter, first, size),
                PracticeCase::getId);
    }

    private void loadCriteria() {
        criteria = caseReviews.criteria(null);
        weights.clear();
        criteria.forEach(c -> weights.put(c.getId(), c.getWeight()));
    }

    public void select(Long id) {
        selectedId = id;
        refreshSelected();
    }

    private void refreshSelected() {
        selected = caseBoard.readable(selectedId);
        selectedReviews = caseReviews.reviews(selectedId);
        grade = selected.getGrade();
    }

    public void assign() {
        act(() -> caseReviews.assign(selectedId, reviewerNo), "cases.admin.assigned");
    }

    public void publish() {
        act(
                () -> casePublication.publish(selectedId, publishOn),
                publishOn != null && publishOn.isAfter(LocalDate.now(clock))
                        ? "cases.admin.scheduled"
                        : "cases.admin.published");
    }

    public void archive() {
        act(() -> casePublication.archive(selectedId), "cases.admin.archived");
    }

    public void confirmGrade() {
        act(() -> caseReviews.confirmGrade(selectedId, grade), "cases.admin.gradeConfirmed");
    }

    public void enterRound() {
        act(() -> rounds.enter(selectedId, roundId), "cases.admin.entered");
    }

    private void act(Runnable r, String done) {
        try {
            r.run();
            Messages.info(done);
            refreshSelected();
        } catch (CaseRefused e) {
            CasePages.show(e, "caseForm", FIELDS);
        } catch (CaseNotFound e) {
            Messages.plainError(e.getMessage());
        }
    }

    public void saveWeights() {
        try {
            caseReviews.reweigh(weights);
            Messages.info("cases.admin.weightsSaved");
        } catch (CaseRefused e) {
            Messages.plainError(e.getMessage());
        }
        loadCriteria();
    }

    public void openRound() {
        try {
            ContestRound r = rounds.open(roundName, roundDeadline);
            roundName = null;
            roundDeadline = null;
            rankingRoundId = r.getId();
            showRanking();
            Messages.info("cases.admin.roundOpened");
        } catch (CaseRefused e) {
            CasePages.show(e, "roundForm", FIELDS);
        }
    }

    public void showRanking() {
        ranking = rankingRoundId == null ? null : rounds.ranking(rankingRoundId);
        confirmed.clear();
        if (ranking != null) {
            ranking.forEach(s -> confirmed.put(
                    s.caseId(), s.grade() == null ? null : s.grade().name()));
        }
    }

    public void confirmRound() {
        try {
            Map<Long, Grade> approved = new LinkedHashMap<>();
            for (ContestRounds.Standing s : ranking) {
                if (s.status() == CaseStatus.APPROVED && confirmed.get(s.caseId()) != null) {
                    approved.put(s.caseId(), Grade.valueOf(confirmed.get(s.caseId())));
                }
            }
            rounds.confirm(rankingRoundId, approved);
            Messages.info("cases.admin.roundConfirmed");
        } catch (CaseRefused e) {
            Messages.plainError(e.getMessage());
        }
        showRanking();
    }

    public StreamedContent getExport() {
        Long round = rankingRoundId;
        return DefaultStreamedContent.builder()
                .name("contest-ranking-" + round + ".xlsx")
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .stream(() -> new ByteArrayInputStream(rounds.export(round)))
                .build();
    }

    public boolean may(String action) {
        return selected != null && caseBoard.access(selectedId).may(selected.getStatus(), CaseAction.valueOf(action));
    }

    public String gradeName(Grade g) {
        return CaseAccess.gradeName(g);
    }

    public CaseStatus[] getStatuses() {
        return CaseStatus.values();
    }

    public Grade[] getGrades() {
        return Grade.values();
    }

    public List<ContestRound> getRounds() {
        return rounds.rounds();
    }

    public LazyDataModel<PracticeCase> getModel() {
        return model;
    }

    public CaseStatus getStatusFilter() {
        return statusFilter;
    }

    public void setStatusFilter(CaseStatus v) {
        statusFilter = v;
    }

    public PracticeCase getSelected() {
        return selected;
    }

    public List<CaseReview> getSelectedReviews() {
        return selectedReviews;
    }

    public String getReviewerNo() {
        return reviewerNo;
    }

    public void setReviewerNo(String v) {
        reviewerNo = v;
    }

    public LocalDate getPublishOn() {
        return publishOn;
    }

    public void setPublishOn(LocalDate v) {
        publishOn = v;
    }

    public Long getRoundId() {
        return roundId;
    }

    public void setRoundId(Long v) {
        roundId = v;
    }

    public Grade getGrade() {
        return grade;
    }

    public void setGrade(Grade v) {
        grade = v;
    }

    public List<Employee> getReviewers() {
        return reviewers;
    }

    public List<ReviewCriterion> getCriteria() {
        return criteria;
    }

    public Map<Long, Integer> getWeights() {
        return weights;
    }

    public String getRoundName() {
        return roundName;
    }

    public void setRoundName(String v) {
        roundName = v;
    }

    public LocalDate getRoundDeadline() {
        return roundDeadline;
    }

    public void setRoundDeadline(LocalDate v) {
        roundDeadline = v;
    }

    public Long getRankingRoundId() {
        return rankingRoundId;
    }

    public void setRankingRoundId(Long v) {
        rankingRoundId = v;
    }

    public List<ContestRounds.Standing> getRanking() {
        return ranking;
    }

    public Map<Long, String> getConfirmed() {
        return confirmed;
    }
}
