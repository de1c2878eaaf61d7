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
import jakarta.persistence.Version;
import java.io.Serializable;

/** A review criterion with its weight: the office's default set (no round) or a round's own copy. */
@Entity
@Table(name = "review_criterion")
public class ReviewCriterion implements Serializable {

    @Id
    @SequenceGenerator(name = "review_criterion_seq", sequenceName = "review_criterion_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "review_criterion_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "round_id", updatable = false)
    private ContestRound round;

    @Column(nullable = false, length = 20, updatable = false)
    private String code;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(nullable = false)
    private int weight;

    @Column(name = "sort_no", nullable = false)
    private int sortNo;

    @Version
    private long version;

    protected ReviewCriterion() {}

    public ReviewCriterion(ContestRound round, ReviewCriterion template) {
        this.round = round;
        this.code = template.code;
        this.name = template.name;
        this.weight = template.weight;
        this.sortNo = template.sortNo;
    }

    public void reweigh(int weight) {
        this.weight = weight;
    }

    public Long getId() {
        return id;
    }

    public ContestRound getRound() {
        return round;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public int getWeight() {
        return weight;
    }

    public int getSortNo() {
        return sortNo;
    }

    public long getVersion() {
        return version;
    }
}
