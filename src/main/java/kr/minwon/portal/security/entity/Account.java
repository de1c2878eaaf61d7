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
import java.io.Serializable;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Objects;
import kr.minwon.portal.staff.entity.Employee;
import org.eclipse.persistence.annotations.JoinFetch;
import org.eclipse.persistence.annotations.JoinFetchType;

/** A sign-in for one employee: the password hash and the lockout state. */
@Entity
@Table(name = "account")
public class Account implements Serializable {

    @Id
    @SequenceGenerator(name = "account_seq", sequenceName = "account_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_seq")
    private Long id;

    @Column(nullable = false, unique = true, length = 60)
    private String username;

    // Issue 16: in the account's own query (every sign-in check and caller lookup), not in a second one.
    @OneToOne(fetch = FetchType.EAGER, optional = false)
    @JoinFetch(JoinFetchType.INNER)
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

    /** Raised on every password change: sessions signed in with an older epoch are refused on every node. */
    @Column(name = "session_epoch", nullable = false)
    private int sessionEpoch;

    @Column(name = "last_login_address", length = 64)
    private String lastLoginAddress;

    @Version
    private long version;

    protected Account() {}

    public Account(
            String username, Employee employee, String passwordHash, boolean mustChangePassword, LocalDateTime now) {
        this.username = Objects.requireNonNull(username);
        this.employee = Objects.requireNonNull(employee);
        this.passwordHash = Objects.requireNonNull(passwordHash);
        this.mustChangePassword = mustChangePassword;
        this.passwordChangedAt = now;
    }

    public boolean isLockedAt(LocalDateTime now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /**
     * Counts a failure from any address; from the {@code threshold}-th consecutive one on, the account waits a delay
     * that doubles with each further failure up to {@code max} (a delay, never a lock: see {@link #isDelayedFor}).
     */
    public void recordFailure(LocalDateTime now, int threshold, Duration max) {
        failedAttempts++;
        Duration delay = delayAfter(failedAttempts, threshold, max);
        lockedUntil = delay.isZero() ? null : now.plus(delay);
    }

    /** The per-user delay after {@code failures} consecutive failures: none below the threshold, then 1 s doubling. */
    public static Duration delayAfter(int failures, int threshold, Duration max) {
        if (failures < threshold) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - threshold, 30);
        Duration delay = Duration.ofSeconds(1L << doublings);
        return delay.compareTo(max) > 0 ? max : delay;
    }

    /**
     * Whether a sign-in from this address must wait: the delay spares the address of the last successful sign-in,
     * so failures from strangers slow them down without keeping the owner out.
     */
    public boolean isDelayedFor(LocalDateTime now, String address) {
        return isLockedAt(now) && (lastLoginAddress == null || !lastLoginAddress.equals(address));
    }

    public void recordSuccess(LocalDateTime now, String address) {
        failedAttempts = 0;
        lockedUntil = null;
        lastLoginAt = now;
        lastLoginAddress = address == null ? null : address.substring(0, Math.min(64, address.length()));
    }

    /** A stronger hash of the same password (more iterations), written at sign-in. */
    public void upgradeHash(String newHash) {
        this.passwordHash = Objects.requireNonNull(newHash);
    }

    public void changePassword(String newHash, boolean mustChangeNext, LocalDateTime now) {
        this.passwordHash = Objects.requireNonNull(newHash);
        this.mustChangePassword = mustChangeNext;
        this.passwordChangedAt = now;
        this.failedAttempts = 0;
        this.lockedUntil = null;
        this.sessionEpoch++;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public Employee getEmployee() {
        return employee;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    public int getFailedAttempts() {
        return failedAttempts;
    }

    public LocalDateTime getLockedUntil() {
        return lockedUntil;
    }

    public LocalDateTime getLastLoginAt() {
        return lastLoginAt;
    }

    public int getSessionEpoch() {
        return sessionEpoch;
    }

    public String getLastLoginAddress() {
        return lastLoginAddress;
    }
}
