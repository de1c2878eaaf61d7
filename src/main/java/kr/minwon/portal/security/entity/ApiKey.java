package kr.minwon.portal.security.entity;

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

/** A key of a service account. Only its SHA-256 is kept; the key itself is shown once when issued. */
@Entity
@Table(name = "api_key")
public class ApiKey implements Serializable {

    @Id
    @SequenceGenerator(name = "api_key_seq", sequenceName = "api_key_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "api_key_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "service_account_id")
    private ServiceAccount serviceAccount;

    /** The first characters of the key, so people can tell keys apart without seeing them. */
    @Column(name = "key_prefix", nullable = false, length = 16)
    private String keyPrefix;

    @Column(name = "key_hash", nullable = false, unique = true, length = 64)
    private String keyHash;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "created_by", nullable = false, length = 60)
    private String createdBy;

    @Column(name = "revoked_at")
    private LocalDateTime revokedAt;

    @Column(name = "last_used_at")
    private LocalDateTime lastUsedAt;

    protected ApiKey() {}

    public ApiKey(
            ServiceAccount serviceAccount,
            String keyPrefix,
            String keyHash,
            LocalDateTime createdAt,
            String createdBy) {
        this.serviceAccount = serviceAccount;
        this.keyPrefix = keyPrefix;
        this.keyHash = keyHash;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    public boolean isUsable() {
        return revokedAt == null && serviceAccount.isActive();
    }

    public void revoke(LocalDateTime now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    public void used(LocalDateTime now) {
        lastUsedAt = now;
    }

    public Long getId() {
        return id;
    }

    public ServiceAccount getServiceAccount() {
        return serviceAccount;
    }

    public String getKeyPrefix() {
        return keyPrefix;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public LocalDateTime getRevokedAt() {
        return revokedAt;
    }

    public LocalDateTime getLastUsedAt() {
        return lastUsedAt;
    }
}
