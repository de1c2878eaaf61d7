package kr.minwon.portal.security.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Objects;
import kr.minwon.portal.staff.entity.Employee;

/** A sign-in for one employee: the password hash and the lockout state. */
@Entity
@Table(name = "account")
public class Account {

    @Id
    @SequenceGenerator(name = "account_seq", sequenceName = "account_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_seq")
    private Long id;

    @Column(nullable = false, unique = true, length = 60)
    private String username;

    @OneToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "employee_id", unique = true)
    private Employee employee;

    @Column(name = "password_hash", nullable = false, length = 300)
    private String passwordHash;

    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    @Column(name = "failed_attempts", nullable = false)
    private int failedAttempts;

    @Column(name = "locked_until")
    private LocalDateTime lockedUntil;

    @Column(name = "last_login_at")
    private LocalDateTime lastLoginAt;

    @Column(name = "password_changed_at")
    private LocalDateTime passwordChangedAt;

    @Version
    private long version;

    protected Account() {}

    public Account(String username, Employee employee, String passwordHash, boolean mustChangePassword, LocalDateTime now) {
        this.username = Objects.requireNonNull(username);
        this.employee = Objects.requireNonNull(employee);
        this.passwordHash = Objects.requireNonNull(passwordHash);
        this.mustChangePassword = mustChangePassword;
        this.passwordChangedAt = now;
    }

    public boolean isLockedAt(LocalDateTime now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** Counts a failure; the limit-th consecutive one locks the account for the given time. */
    public void recordFailure(LocalDateTime now, int limit, Duration lock) {
        failedAttempts++;
        if (failedAttempts >= limit) {
            lockedUntil = now.plus(lock);
            failedAttempts = 0;
        }
    }

    public void recordSuccess(LocalDateTime now) {
        failedAttempts = 0;
        lockedUntil = null;
        lastLoginAt = now;
    }

    public void changePassword(String newHash, boolean mustChangeNext, LocalDateTime now) {
        this.passwordHash = Objects.requireNonNull(newHash);
        this.mustChangePassword = mustChangeNext;
        this.passwordChangedAt = now;
        this.failedAttempts = 0;
        this.lockedUntil = null;
    }

    public Long getId() { return id; }
    public String getUsername() { return username; }
    public Employee getEmployee() { return employee; }
    public String getPasswordHash() { return passwordHash; }
    public boolean isMustChangePassword() { return mustChangePassword; }
    public int getFailedAttempts() { return failedAttempts; }
    public LocalDateTime getLockedUntil() { return lockedUntil; }
    public LocalDateTime getLastLoginAt() { return lastLoginAt; }
}
