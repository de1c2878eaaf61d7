package kr.minwon.portal.petition.entity;

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
import java.time.LocalDateTime;
import kr.minwon.portal.petition.control.Extension;

/** An extension of the processing period (연장, 시행령 제21조): its reason, consent and the new deadline sent out. */
@Entity
@Table(name = "petition_extension")
public class PetitionExtension implements Serializable {

    @Id
    @SequenceGenerator(name = "extension_seq", sequenceName = "extension_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "extension_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "petition_id")
    private Petition petition;

    @Column(nullable = false)
    private int ordinal;

    @Column(nullable = false)
    private int amount;

    @Column(nullable = false, length = 1000)
    private String reason;

    @Column(nullable = false)
    private boolean consent;

    @Column(name = "new_deadline", nullable = false)
    private LocalDateTime newDeadline;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "created_by", length = 60)
    private String createdBy;

    /** When the extension was decided (office-local): given by the core system, else the moment it was recorded. */
    @Column(name = "decided_at")
    private LocalDateTime decidedAt;

    protected PetitionExtension() {}

    PetitionExtension(
            Petition petition,
            int ordinal,
            Extension extension,
            LocalDateTime createdAt,
            String createdBy,
            LocalDateTime decidedAt) {
        this.petition = petition;
        this.ordinal = ordinal;
        this.amount = extension.amount();
        this.reason = extension.reason();
        this.consent = extension.applicantConsent();
        this.createdAt = createdAt;
        this.createdBy = createdBy;
        this.decidedAt = decidedAt == null ? createdAt : decidedAt;
    }

    void recordNewDeadline(LocalDateTime deadline) {
        this.newDeadline = deadline;
    }

    public Extension toExtension() {
        return new Extension(amount, reason, consent);
    }

    public Long getId() {
        return id;
    }

    public int getOrdinal() {
        return ordinal;
    }

    public int getAmount() {
        return amount;
    }

    public String getReason() {
        return reason;
    }

    public boolean isConsent() {
        return consent;
    }

    public LocalDateTime getNewDeadline() {
        return newDeadline;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public LocalDateTime getDecidedAt() {
        return decidedAt == null ? createdAt : decidedAt;
    }
}
