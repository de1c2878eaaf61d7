package kr.minwon.portal.petition.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDateTime;

/** One line of a petition's timeline: what changed, when, by whom. Written once, never changed. */
@Entity
@Table(name = "petition_event")
public class PetitionEvent implements Serializable {

    @Id
    @SequenceGenerator(name = "petition_event_seq", sequenceName = "petition_event_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "petition_event_seq")
    private Long id;

    @Column(name = "petition_id", nullable = false, updatable = false)
    private Long petitionId;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private LocalDateTime occurredAt;

    @Column(length = 60, updatable = false)
    private String actor;

    @Column(nullable = false, length = 30, updatable = false)
    private String kind;

    @Column(length = 2000, updatable = false)
    private String detail;

    protected PetitionEvent() {}

    public PetitionEvent(Long petitionId, LocalDateTime occurredAt, String actor, String kind, String detail) {
        this.petitionId = petitionId;
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.kind = kind;
        this.detail = detail == null || detail.length() <= 2000 ? detail : detail.substring(0, 2000);
    }

    public Long getId() {
        return id;
    }

    public Long getPetitionId() {
        return petitionId;
    }

    public LocalDateTime getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getKind() {
        return kind;
    }

    public String getDetail() {
        return detail;
    }
}
