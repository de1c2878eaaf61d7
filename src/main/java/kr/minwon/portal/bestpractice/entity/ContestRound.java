package kr.minwon.portal.bestpractice.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** A round of the office's 우수사례 contest: cases enter until the deadline, the admin confirms grades at the end. */
@Entity
@Table(name = "contest_round")
public class ContestRound implements Serializable {

    public static final String OPEN = "OPEN";
    public static final String CLOSED = "CLOSED";
    public static final String CONFIRMED = "CONFIRMED";

    @Id
    @SequenceGenerator(name = "contest_round_seq", sequenceName = "contest_round_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "contest_round_seq")
    private Long id;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false)
    private LocalDate deadline;

    @Column(nullable = false, length = 12)
    private String status = OPEN;

    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    @Column(name = "created_by", nullable = false, length = 60, updatable = false)
    private String createdBy;

    @Version
    private long version;

    protected ContestRound() {}

    public ContestRound(String name, LocalDate deadline, LocalDateTime now, String by) {
        this.name = name;
        this.deadline = deadline;
        this.createdAt = now;
        this.createdBy = by;
    }

    public boolean acceptsOn(LocalDate day) {
        return OPEN.equals(status) && !day.isAfter(deadline);
    }

    public void close() {
        status = CLOSED;
    }

    public void confirm() {
        status = CONFIRMED;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public String getStatus() {
        return status;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }
}
