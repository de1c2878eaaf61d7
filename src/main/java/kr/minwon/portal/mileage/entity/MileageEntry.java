package kr.minwon.portal.mileage.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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
import java.time.LocalDate;
import java.time.LocalDateTime;
import kr.minwon.portal.petition.entity.Petition;
import kr.minwon.portal.platform.text.Texts;
import kr.minwon.portal.staff.entity.Employee;

/** A line of the mileage ledger. Inserted once and never changed: corrections are new lines. */
@Entity
@Table(name = "mileage_entry")
public class MileageEntry implements Serializable {

    @Id
    @SequenceGenerator(name = "mileage_entry_seq", sequenceName = "mileage_entry_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mileage_entry_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "employee_id", updatable = false)
    private Employee employee;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "petition_id", updatable = false)
    private Petition petition;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12, updatable = false)
    private EntryKind kind;

    @Column(nullable = false, precision = 7, scale = 1, updatable = false)
    private BigDecimal points;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "rule_set_id", updatable = false)
    private MileageRuleSet ruleSet;

    @Column(nullable = false, length = 500, updatable = false)
    private String explanation;

    @Column(name = "earned_on", nullable = false, updatable = false)
    private LocalDate earnedOn;

    @Column(name = "period_key", nullable = false, length = 10, updatable = false)
    private String periodKey;

    @Column(name = "score_seq", updatable = false)
    private Integer scoreSeq;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "reverses_id", updatable = false)
    private MileageEntry reverses;

    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    @Column(name = "created_by", nullable = false, length = 60, updatable = false)
    private String createdBy;

    protected MileageEntry() {}

    private MileageEntry(
            Employee employee,
            Petition petition,
            EntryKind kind,
            BigDecimal points,
            MileageRuleSet ruleSet,
            String explanation,
            LocalDate earnedOn,
            String periodKey,
            Integer scoreSeq,
            MileageEntry reverses,
            LocalDateTime createdAt,
            String createdBy) {
        this.employee = employee;
        this.petition = petition;
        this.kind = kind;
        this.points = rounded(points);
        this.ruleSet = ruleSet;
        this.explanation = explanation.length() <= 500 ? explanation : explanation.substring(0, 500);
        this.earnedOn = earnedOn;
        this.periodKey = periodKey;
        this.scoreSeq = scoreSeq;
        this.reverses = reverses;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    /** The award or penalty of a petition, the {@code scoreSeq}-th time it was scored. */
    public static MileageEntry score(
            Employee employee,
            Petition petition,
            EntryKind kind,
            BigDecimal points,
            MileageRuleSet rules,
            String explanation,
            LocalDate earnedOn,
            String periodKey,
            int scoreSeq,
            LocalDateTime now,
            String by) {
        if (kind != EntryKind.AWARD && kind != EntryKind.PENALTY) {
            throw new IllegalArgumentException(kind + " is not a score");
        }
        return new MileageEntry(
                employee, petition, kind, points, rules, explanation, earnedOn, periodKey, scoreSeq, null, now, by);
    }

    /** Cancels an entry with its opposite, in the period given (the next open one if the original's is closed). */
    public static MileageEntry reversal(
            MileageEntry original, String why, LocalDate on, String periodKey, LocalDateTime now, String by) {
        return new MileageEntry(
                original.employee,
                original.petition,
                EntryKind.REVERSAL,
                original.points.negate(),
                original.ruleSet,
                Texts.t("mileage.explain.reversal", why, original.explanation),
                on,
                periodKey,
                null,
                original,
                now,
                by);
    }

    public static MileageEntry adjustment(
            Employee employee,
            BigDecimal points,
            String reason,
            LocalDate on,
            String periodKey,
            LocalDateTime now,
            String by) {
        return new MileageEntry(
                employee, null, EntryKind.ADJUSTMENT, points, null, reason, on, periodKey, null, null, now, by);
    }

    /** Points as the ledger keeps them: one decimal, half up. */
    public static BigDecimal rounded(BigDecimal points) {
        return points.setScale(1, java.math.RoundingMode.HALF_UP);
    }

    public Long getId() {
        return id;
    }

    public Employee getEmployee() {
        return employee;
    }

    public Petition getPetition() {
        return petition;
    }

    public EntryKind getKind() {
        return kind;
    }

    public BigDecimal getPoints() {
        return points;
    }

    public MileageRuleSet getRuleSet() {
        return ruleSet;
    }

    public String getExplanation() {
        return explanation;
    }

    public LocalDate getEarnedOn() {
        return earnedOn;
    }

    public String getPeriodKey() {
        return periodKey;
    }

    public Integer getScoreSeq() {
        return scoreSeq;
    }

    public MileageEntry getReverses() {
        return reverses;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }
}
