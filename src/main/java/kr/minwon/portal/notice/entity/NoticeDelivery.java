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
import kr.minwon.portal.notice.control.DeliveryChannel;
import kr.minwon.portal.staff.entity.Employee;

/**
 * One notice to one person over one channel. Petition, stage and stage day are repeated here so the database itself
 * refuses a second delivery of the same notice to the same person on the same channel.
 */
@Entity
@Table(name = "notice_delivery")
public class NoticeDelivery implements Serializable {

    @Id
    @SequenceGenerator(name = "notice_delivery_seq", sequenceName = "notice_delivery_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notice_delivery_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "notice_id", updatable = false)
    private Notice notice;

    @Column(name = "petition_id", nullable = false, updatable = false)
    private long petitionId;

    @Column(name = "stage", nullable = false, length = 12, updatable = false)
    private String stageCode;

    @Column(name = "stage_day", nullable = false, updatable = false)
    private LocalDate stageDay;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "recipient_id", updatable = false)
    private Employee recipient;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8, updatable = false)
    private DeliveryChannel channel;

    @Column(length = 200)
    private String address;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private DeliveryStatus status;

    private int attempts;

    @Column(name = "next_attempt_at")
    private LocalDateTime nextAttemptAt;

    @Column(name = "last_error", length = 1000)
    private String lastError;

    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    @Column(name = "sent_at")
    private LocalDateTime sentAt;

    protected NoticeDelivery() {}

    public NoticeDelivery(
            Notice notice, Employee recipient, DeliveryChannel channel, String address, LocalDateTime now) {
        this.notice = notice;
        this.petitionId = notice.getPetition().getId();
        this.stageCode = notice.getStageCode();
        this.stageDay = notice.getStageDay();
        this.recipient = recipient;
        this.channel = channel;
        this.address = address;
        this.createdAt = now;
        if (channel == DeliveryChannel.INBOX) {
            this.status = DeliveryStatus.SENT;
            this.attempts = 1;
            this.sentAt = now;
        } else {
            this.status = DeliveryStatus.PENDING;
            this.nextAttemptAt = now;
        }
    }

    public Long getId() {
        return id;
    }

    public Notice getNotice() {
        return notice;
    }

    public long getPetitionId() {
        return petitionId;
    }

    public String getStageCode() {
        return stageCode;
    }

    public LocalDate getStageDay() {
        return stageDay;
    }

    public Employee getRecipient() {
        return recipient;
    }

    public DeliveryChannel getChannel() {
        return channel;
    }

    public String getAddress() {
        return address;
    }

    public DeliveryStatus getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public LocalDateTime getNextAttemptAt() {
        return nextAttemptAt;
    }

    public String getLastError() {
        return lastError;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public LocalDateTime getSentAt() {
        return sentAt;
    }
}
