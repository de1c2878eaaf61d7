package kr.minwon.portal.dashboard.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Objects;

/**
 * One month's status report as it was made: its figures frozen as JSON, when, and by whom (nobody: the automatic run).
 * One row per month, kept so by the database's unique key; regenerating rewrites it and counts.
 */
@Entity
@Table(name = "monthly_report")
public class MonthlyReport implements Serializable {

    @Id
    @SequenceGenerator(name = "monthly_report_seq", sequenceName = "monthly_report_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "monthly_report_seq")
    private Long id;

    @Column(name = "report_month", nullable = false, length = 7, updatable = false)
    private String month;

    @Column(name = "generated_at", nullable = false)
    private LocalDateTime generatedAt;

    @Column(name = "generated_by", length = 60)
    private String generatedBy;

    @Column(nullable = false)
    private boolean automatic;

    @Column(nullable = false)
    private int regenerations;

    @Column(name = "figures_json", nullable = false, length = 400000)
    private String figuresJson;

    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    @Version
    private long version;

    protected MonthlyReport() {}

    /** A report made for the first time; {@code by} is null for the automatic run. */
    public MonthlyReport(YearMonth month, String figuresJson, String by, LocalDateTime now) {
        this.month = month.toString();
        this.figuresJson = Objects.requireNonNull(figuresJson);
        this.generatedBy = by;
        this.automatic = by == null;
        this.generatedAt = now;
        this.createdAt = now;
    }

    /** Made again on demand by someone: the new figures replace the old, and the count says it happened. */
    public void regenerate(String figuresJson, String by, LocalDateTime now) {
        this.figuresJson = Objects.requireNonNull(figuresJson);
        this.generatedBy = Objects.requireNonNull(by);
        this.automatic = false;
        this.generatedAt = now;
        this.regenerations++;
    }

    public Long getId() {
        return id;
    }

    public YearMonth getMonth() {
        return YearMonth.parse(month);
    }

    public LocalDateTime getGeneratedAt() {
        return generatedAt;
    }

    public String getGeneratedBy() {
        return generatedBy;
    }

    public boolean isAutomatic() {
        return automatic;
    }

    public int getRegenerations() {
        return regenerations;
    }

    public String getFiguresJson() {
        return figuresJson;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }
}
