package kr.minwon.portal.bestpractice.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;

/** One reviewer's points (0-10) on one criterion of one case. */
@Entity
@Table(name = "case_score")
public class CaseScore implements Serializable {

    @Id
    @SequenceGenerator(name = "case_score_seq", sequenceName = "case_score_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_score_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "review_id", updatable = false)
    private CaseReview review;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "criterion_id", updatable = false)
    private ReviewCriterion criterion;

    @Column(nullable = false, precision = 4, scale = 1)
    private BigDecimal points;

    protected CaseScore() {}

    CaseScore(CaseReview review, ReviewCriterion criterion, BigDecimal points) {
        this.review = review;
        this.criterion = criterion;
        this.points = points;
    }

    void change(BigDecimal points) {
        this.points = points;
    }

    public Long getId() {
        return id;
    }

    public ReviewCriterion getCriterion() {
        return criterion;
    }

    public BigDecimal getPoints() {
        return points;
    }
}
