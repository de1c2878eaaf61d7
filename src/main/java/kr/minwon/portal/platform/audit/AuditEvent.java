package kr.minwon.portal.platform.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDateTime;

/** One line of the audit log: who did what to what, and when. Written once, never changed. */
@Entity
@Table(name = "audit_event")
public class AuditEvent implements Serializable {

    @Id
    @SequenceGenerator(name = "audit_event_seq", sequenceName = "audit_event_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_event_seq")
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private LocalDateTime occurredAt;

    @Column(length = 60, updatable = false)
    private String actor;

    @Column(nullable = false, length = 40, updatable = false)
    private String action;

    @Column(length = 200, updatable = false)
    private String target;

    @Column(length = 2000, updatable = false)
    private String detail;

    @Column(name = "client_ip", length = 64, updatable = false)
    private String clientIp;

    protected AuditEvent() {}

    public AuditEvent(
            LocalDateTime occurredAt, String actor, String action, String target, String detail, String clientIp) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.action = action;
        this.target = truncate(target, 200);
        this.detail = truncate(detail, 2000);
        this.clientIp = clientIp;
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    public Long getId() {
        return id;
    }

    public LocalDateTime getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public String getTarget() {
        return target;
    }

    public String getDetail() {
        return detail;
    }

    public String getClientIp() {
        return clientIp;
    }
}
