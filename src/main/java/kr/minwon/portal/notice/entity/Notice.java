package kr.minwon.portal.notice.entity;

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
import java.time.LocalDate;
import java.time.LocalDateTime;
import kr.minwon.portal.notice.control.NoticeStatus;
import kr.minwon.portal.notice.control.Stage;
import kr.minwon.portal.petition.entity.Petition;

/**
 * A planned notice of one petition, stage and stage day. Claimed by a guarded UPDATE (status PLANNED → SENT), never
 * by reading and writing, so two runs cannot both send it. No {@code @Version}: those updates are bulk statements.
 */
@Entity
@Table(name = "notice")
public class Notice implements Serializable {

    @Id
    @SequenceGenerator(name = "notice_seq", sequenceName = "notice_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notice_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "petition_id", updatable = false)
    private Petition petition;

    @Column(name = "stage", nullable = false, length = 12, updatable = false)
    private String stageCode;

    @Column(name = "stage_day", nullable = false, updatable = false)
    private LocalDate stageDay;

    @Column(name = "planned_at", nullable = false)
    private LocalDateTime plannedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private NoticeStatus status = NoticeStatus.PLANNED;

    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    @Column(name = "settled_at")
    private LocalDateTime settledAt;

    @Column(length = 300)
    private String note;

    protected Notice() {}

    public Notice(Petition petition, Stage stage, LocalDate stageDay, LocalDateTime plannedAt, LocalDateTime now) {
        this.petition = petition;
        this.stageCode = stage.code();
        this.stageDay = stageDay;
        this.plannedAt = plannedAt;
        this.createdAt = now;
    }

    public Stage stage() {
        return Stage.parse(stageCode);
    }

    public Long getId() {
        return id;
    }

    public Petition getPetition() {
        return petition;
    }

    public String getStageCode() {
        return stageCode;
    }

    public LocalDate getStageDay() {
        return stageDay;
    }

    public LocalDateTime getPlannedAt() {
        return plannedAt;
    }

    public NoticeStatus getStatus() {
        return status;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public LocalDateTime getSettledAt() {
        return settledAt;
    }

    public String getNote() {
        return note;
    }
}
