package kr.minwon.portal.bestpractice.entity;

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
import java.time.LocalDateTime;

/** One line of a case's history: who did what, from which state to which, with the note they gave. */
@Entity
@Table(name = "case_event")
public class CaseEvent implements Serializable {

    @Id
    @SequenceGenerator(name = "case_event_seq", sequenceName = "case_event_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_event_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id", updatable = false)
    private PracticeCase practiceCase;

    @Column(nullable = false, length = 30, updatable = false)
    private String action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 20, updatable = false)
    private CaseStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, length = 20, updatable = false)
    private CaseStatus toStatus;

    @Column(length = 2000, updatable = false)
    private String note;

    @Column(nullable = false, length = 60, updatable = false)
    private String actor;

    @Column(name = "happened_at", nullable = false, updatable = false)
    private LocalDateTime happenedAt;

    protected CaseEvent() {}

    public CaseEvent(
            PracticeCase c,
            String action,
            CaseStatus from,
            CaseStatus to,
            String note,
            String actor,
            LocalDateTime at) {
        this.practiceCase = c;
        this.action = action;
        this.fromStatus = from;
        this.toStatus = to;
        this.note = note == null || note.length() <= 2000 ? note : note.substring(0, 2000);
        this.actor = actor;
        this.happenedAt = at;
    }

    public Long getId() {
        return id;
    }

    public String getAction() {
        return action;
    }

    public CaseStatus getFromStatus() {
        return fromStatus;
    }

    public CaseStatus getToStatus() {
        return toStatus;
    }

    public String getNote() {
        return note;
    }

    public String getActor() {
        return actor;
    }

    public LocalDateTime getHappenedAt() {
        return happenedAt;
    }
}
