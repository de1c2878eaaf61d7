package kr.minwon.portal.notice.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDateTime;
import kr.minwon.portal.staff.entity.Employee;

/** A message in a person's portal inbox: a pre-notice (one per inbox delivery) or an auditor's reminder. */
@Entity
@Table(name = "inbox_message")
public class InboxMessage implements Serializable {

    public static final String NOTICE = "NOTICE";
    public static final String REMINDER = "REMINDER";
    public static final String MILEAGE = "MILEAGE";

    @Id
    @SequenceGenerator(name = "inbox_message_seq", sequenceName = "inbox_message_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "inbox_message_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "recipient_id", updatable = false)
    private Employee recipient;

    @Column(nullable = false, length = 10, updatable = false)
    private String kind;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(nullable = false, length = 2000)
    private String body;

    @Column(name = "receipt_no", length = 40)
    private String receiptNo;

    @Column(length = 300)
    private String link;

    /** Mapped (not a bare id) so the delivery row is always inserted first. */
    @OneToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "delivery_id", updatable = false)
    private NoticeDelivery delivery;

    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    /** What the message is about, unique when set: the same news is never posted twice (V16). */
    @Column(name = "source_key", length = 120, updatable = false)
    private String sourceKey;

    @Column(name = "read_at")
    private LocalDateTime readAt;

    protected InboxMessage() {}

    public InboxMessage(
            Employee recipient,
            String kind,
            String title,
            String body,
            String receiptNo,
            String link,
            NoticeDelivery delivery,
            LocalDateTime now) {
        this.recipient = recipient;
        this.kind = kind;
        this.title = title;
        this.body = body;
        this.receiptNo = receiptNo;
        this.link = link;
        this.delivery = delivery;
        this.createdAt = now;
    }

    /** Marks an unsaved message with the key of what it is about. */
    public InboxMessage about(String key) {
        if (id == null) {
            this.sourceKey = key;
        }
        return this;
    }

    public String getSourceKey() {
        return sourceKey;
    }

    public void markRead(LocalDateTime now) {
        if (readAt == null) {
            readAt = now;
        }
    }

    public boolean isUnread() {
        return readAt == null;
    }

    public Long getId() {
        return id;
    }

    public Employee getRecipient() {
        return recipient;
    }

    public String getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }

    public String getReceiptNo() {
        return receiptNo;
    }

    public String getLink() {
        return link;
    }

    public NoticeDelivery getDelivery() {
        return delivery;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public LocalDateTime getReadAt() {
        return readAt;
    }
}
