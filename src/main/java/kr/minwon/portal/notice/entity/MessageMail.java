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
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * The e-mail copy of an inbox message posted by another feature (mileage news): one per message, ever (V16),
 * PENDING until the relay takes it, retried like the notices' e-mails. Its text is the message's own.
 */
@Entity
@Table(name = "message_mail")
public class MessageMail {

    @Id
    @SequenceGenerator(name = "message_mail_seq", sequenceName = "message_mail_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "message_mail_seq")
    private Long id;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "message_id", updatable = false)
    private InboxMessage message;

    @Column(nullable = false, length = 200, updatable = false)
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

    protected MessageMail() {}

    public MessageMail(InboxMessage message, String address, LocalDateTime now) {
        this.message = message;
        this.address = address;
        this.status = DeliveryStatus.PENDING;
        this.nextAttemptAt = now;
        this.createdAt = now;
    }

    public Long getId() {
        return id;
    }

    public InboxMessage getMessage() {
        return message;
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

    public LocalDateTime getSentAt() {
        return sentAt;
    }
}
