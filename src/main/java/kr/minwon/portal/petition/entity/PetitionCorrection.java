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
import java.util.Objects;
import kr.minwon.portal.petition.control.Outcome;
import kr.minwon.portal.petition.control.StopReason;
import kr.minwon.portal.staff.entity.Employee;

/**
 * A correction of a petition's facts that staff may not make directly: asked for with a reason, then approved (and
 * applied) or refused by another person. Null proposed fields mean "as it is". Never deleted.
 */
@Entity
@Table(name = "petition_correction")
public class PetitionCorrection implements Serializable {

    /** What is proposed, as the person asking gives it. */
    public record Proposal(
            String typeCode,
            LocalDateTime receivedAt,
            String handlerNo,
            Boolean compound,
            LocalDateTime approvedAt,
            Outcome outcome,
            boolean reopen,
            StopReason stopReason,
            LocalDateTime stopStartedAt,
            LocalDateTime stopEndedAt,
            String stopNote) {

        public boolean isEmpty() {
            return typeCode == null
                    && receivedAt == null
                    && handlerNo == null
                    && compound == null
                    && approvedAt == null
                    && outcome == null
                    && !reopen
                    && stopReason == null
                    && stopStartedAt == null;
        }
    }

    @Id
    @SequenceGenerator(name = "petition_correction_seq", sequenceName = "petition_correction_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "petition_correction_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "petition_id")
    private Petition petition;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private CorrectionStatus status = CorrectionStatus.PENDING;

    @Column(nullable = false, length = 1000)
    private String reason;

    @Column(name = "requested_by", nullable = false, length = 60)
    private String requestedBy;

    @Column(name = "requested_at", nullable = false)
    private LocalDateTime requestedAt;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "handler_before_id")
    private Employee handlerBefore;

    @Column(name = "new_type_code", length = 40)
    private String typeCode;

    @Column(name = "new_received_at")
    private LocalDateTime receivedAt;

    @Column(name = "new_handler_no", length = 20)
    private String handlerNo;

    @Column(name = "new_compound")
    private Boolean compound;

    @Column(name = "new_approved_at")
    private LocalDateTime approvedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "new_outcome", length = 12)
    private Outcome outcome;

    @Column(nullable = false)
    private boolean reopen;

    @Enumerated(EnumType.STRING)
    @Column(name = "stop_reason", length = 24)
    private StopReason stopReason;

    @Column(name = "stop_started_at")
    private LocalDateTime stopStartedAt;

    @Column(name = "stop_ended_at")
    private LocalDateTime stopEndedAt;

    @Column(name = "stop_note", length = 500)
    private String stopNote;

    @Column(nullable = false, length = 2000)
    private String summary;

    @Column(name = "decided_by", length = 60)
    private String decidedBy;

    @Column(name = "decided_at")
    private LocalDateTime decidedAt;

    @Column(name = "decision_note", length = 1000)
    private String decisionNote;

    @Version
    private long version;

    protected PetitionCorrection() {}

    public PetitionCorrection(
            Petition petition, Proposal p, String reason, String summary, String requestedBy, LocalDateTime now) {
        this.petition = Objects.requireNonNull(petition);
        this.handlerBefore = petition.getHandler();
        this.typeCode = p.typeCode();
        this.receivedAt = p.receivedAt();
        this.handlerNo = p.handlerNo();
        this.compound = p.compound();
        this.approvedAt = p.approvedAt();
        this.outcome = p.outcome();
        this.reopen = p.reopen();
        this.stopReason = p.stopReason();
        this.stopStartedAt = p.stopStartedAt();
        this.stopEndedAt = p.stopEndedAt();
        this.stopNote = p.stopNote();
        this.reason = reason;
        this.summary = summary.length() <= 2000 ? summary : summary.substring(0, 2000);
        this.requestedBy = requestedBy;
        this.requestedAt = now;
    }

    public Proposal proposal() {
        return new Proposal(
                typeCode,
                receivedAt,
                handlerNo,
                compound,
                approvedAt,
                outcome,
                reopen,
                stopReason,
                stopStartedAt,
                stopEndedAt,
                stopNote);
    }

    public void decide(boolean approved, String by, LocalDateTime now, String note) {
        if (status != CorrectionStatus.PENDING) {
            throw new IllegalStateException("already decided");
        }
        this.status = approved ? CorrectionStatus.APPROVED : CorrectionStatus.REFUSED;
        this.decidedBy = by;
        this.decidedAt = now;
        this.decisionNote = note;
    }

    public boolean isPending() {
        return status == CorrectionStatus.PENDING;
    }

    public Long getId() {
        return id;
    }

    public Petition getPetition() {
        return petition;
    }

    public CorrectionStatus getStatus() {
        return status;
    }

    public String getReason() {
        return reason;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public LocalDateTime getRequestedAt() {
        return requestedAt;
    }

    public Employee getHandlerBefore() {
        return handlerBefore;
    }

    public String getHandlerNo() {
        return handlerNo;
    }

    public String getSummary() {
        return summary;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public LocalDateTime getDecidedAt() {
        return decidedAt;
    }

    public String getDecisionNote() {
        return decisionNote;
    }

    public long getVersion() {
        return version;
    }
}
