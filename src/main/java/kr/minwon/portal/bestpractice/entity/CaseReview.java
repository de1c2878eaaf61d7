package kr.minwon.portal.bestpractice.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import kr.minwon.portal.staff.entity.Employee;

/**
 * A reviewer's assignment to a case, with his criterion scores, weighted total and private note (seen only by
 * reviewers and admins, never by the author or the board).
 */
@Entity
@Table(name = "case_review")
public class CaseReview implements Serializable {

    @Id
    @SequenceGenerator(name = "case_review_seq", sequenceName = "case_review_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_review_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id", updatable = false)
    private PracticeCase practiceCase;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "reviewer_id", updatable = false)
    private Employee reviewer;

    @Column(name = "private_note", length = 4000)
    private String privateNote;

    @Column(precision = 6, scale = 2)
    private BigDecimal total;

    @Column(name = "assigned_at", nullable = false, updatable = false)
    private LocalDateTime assignedAt;

    @Column(name = "assigned_by", nullable = false, length = 60, updatable = false)
    private String assignedBy;

    @Column(name = "scored_at")
    private LocalDateTime scoredAt;

    @OneToMany(mappedBy = "review", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<CaseScore> scores = new ArrayList<>();

    @Version
    private long version;

    protected CaseReview() {}

    public CaseReview(PracticeCase c, Employee reviewer, LocalDateTime now, String by) {
        this.practiceCase = c;
        this.reviewer = reviewer;
        this.assignedAt = now;
        this.assignedBy = by;
    }

    public void score(ReviewCriterion criterion, BigDecimal points) {
        for (CaseScore s : scores) {
            if (s.getCriterion().getId().equals(criterion.getId())) {
                s.change(points);
                return;
            }
        }
        scores.add(new CaseScore(this, criterion, points));
    }

    public void conclude(String privateNote, BigDecimal total, LocalDateTime now) {
        this.privateNote = privateNote;
        this.total = total;
        this.scoredAt = now;
    }

    public Long getId() {
        return id;
    }

    public PracticeCase getPracticeCase() {
        return practiceCase;
    }

    public Employee getReviewer() {
        return reviewer;
    }

    public String getPrivateNote() {
        return privateNote;
    }

    public BigDecimal getTotal() {
        return total;
    }

    public LocalDateTime getAssignedAt() {
        return assignedAt;
    }

    public LocalDateTime getScoredAt() {
        return scoredAt;
    }

    public List<CaseScore> getScores() {
        return scores;
    }

    public long getVersion() {
        return version;
    }
}
