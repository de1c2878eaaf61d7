package kr.minwon.portal.petition.entity;

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
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.LocalDateTime;
import kr.minwon.portal.petition.control.ClockStop;
import kr.minwon.portal.petition.control.StopReason;

/** A period the clock stood still (처리기간에 산입하지 않는 기간), with its typed reason. */
@Entity
@Table(name = "clock_stop")
public class PetitionStop implements Serializable {

    @Id
    @SequenceGenerator(name = "clock_stop_seq", sequenceName = "clock_stop_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "clock_stop_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "petition_id")
    private Petition petition;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private StopReason reason;

    @Column(name = "started_at", nullable = false)
    private LocalDateTime startedAt;

    @Column(name = "ended_at")
    private LocalDateTime endedAt;

    @Column(length = 500)
    private String note;

    @Version
    private long version;

    protected PetitionStop() {}

    PetitionStop(Petition petition, StopReason reason, LocalDateTime startedAt, LocalDateTime endedAt, String note) {
        this.petition = petition;
        change(reason, startedAt, endedAt, note);
    }

    public final void change(StopReason reason, LocalDateTime startedAt, LocalDateTime endedAt, String note) {
        if (endedAt != null && endedAt.isBefore(startedAt)) {
            throw new IllegalArgumentException("A clock stop cannot end before it starts");
        }
        this.reason = reason;
        this.startedAt = startedAt;
        this.endedAt = endedAt;
        this.note = note;
    }

    public void end(LocalDateTime at) {
        change(reason, startedAt, at, note);
    }

    public boolean isOpen() {
        return endedAt == null;
    }

    public ClockStop toClockStop() {
        return new ClockStop(reason, startedAt, endedAt);
    }

    public Long getId() {
        return id;
    }

    public Petition getPetition() {
        return petition;
    }

    public StopReason getReason() {
        return reason;
    }

    public LocalDateTime getStartedAt() {
        return startedAt;
    }

    public LocalDateTime getEndedAt() {
        return endedAt;
    }

    public String getNote() {
        return note;
    }
}
