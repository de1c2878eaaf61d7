package kr.minwon.portal.security.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import kr.minwon.portal.platform.Migrations;
import kr.minwon.portal.security.control.SignInThrottle;
import kr.minwon.portal.security.control.SignInThrottle.Counter;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The {@link SignInThrottle}'s counters, configured by {@code portal.login.*}, kept in the database ({@code
 * sign_in_throttle}) so that they hold on every node: a balancer spreading an attacker's tries over the nodes gives him
 * no more of them, and a lock set on one node refuses on all. Runs in the sign-in's transaction. A failure first
 * inserts the key's row if it is missing (ON CONFLICT DO NOTHING), then reads it under its row lock and writes the
 * next state: concurrent failures on several nodes follow one another and all count.
 */
@Stateless
@PermitAll
public class SignInThrottles {

    private static final Logger LOG = Logger.getLogger(SignInThrottles.class.getName());

    /** Stale rows deleted by one prune at most (the next prune goes on). */
    static final int PRUNE_BATCH = 5_000;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Migrations migrations;

    @Inject
    @ConfigProperty(name = "portal.login.max.failures", defaultValue = "5")
    int maxFailures;

    @Inject
    @ConfigProperty(name = "portal.login.address.max.failures", defaultValue = "30")
    int maxAddressFailures;

    @Inject
    @ConfigProperty(name = "portal.login.lock.minutes", defaultValue = "15")
    int lockMinutes;

    private SignInThrottle rules;

    @PostConstruct
    void create() {
        rules = new SignInThrottle(maxFailures, maxAddressFailures, Duration.ofMinutes(lockMinutes));
    }

    /** Whether this name from this address is refused now, without checking the password. */
    public boolean isBlocked(String username, String address, Instant now) {
        List<?> locks = em.createNativeQuery(
                        "SELECT throttle_key FROM sign_in_throttle WHERE throttle_key IN (?, ?) AND locked_until > ?")
                .setParameter(1, rules.pairKey(username, address))
                .setParameter(2, rules.addressKey(address))
                .setParameter(3, now.toEpochMilli())
                .getResultList();
        return !locks.isEmpty();
    }

    /** Counts a failure for the pair and for the address (their rows locked in that order, as everywhere). */
    public void failure(String username, String address, Instant now) {
        count(rules.pairKey(username, address), true, now);
        count(rules.addressKey(address), false, now);
    }

    /** A successful sign-in clears the pair (the address keeps its count: spraying many names is still counted). */
    public void success(String username, String address) {
        em.createNativeQuery("DELETE FROM sign_in_throttle WHERE throttle_key = ?")
                .setParameter(1, rules.pairKey(username, address))
                .executeUpdate();
    }

    private void count(String key, boolean pair, Instant now) {
        long millis = now.toEpochMilli();
        em.createNativeQuery("INSERT INTO sign_in_throttle (throttle_key, failures, last_failure, locked_until) "
                        + "VALUES (?, 0, ?, NULL) ON CONFLICT DO NOTHING")
                .setParameter(1, key)
                .setParameter(2, millis)
                .executeUpdate();
        Object[] row =
                (Object[]) em.createNativeQuery("SELECT failures, last_failure, locked_until FROM sign_in_throttle "
                                + "WHERE throttle_key = ? FOR UPDATE")
                        .setParameter(1, key)
                        .getSingleResult();
        Counter stored = new Counter(
                ((Number) row[0]).intValue(),
                Instant.ofEpochMilli(((Number) row[1]).longValue()),
                row[2] == null ? null : Instant.ofEpochMilli(((Number) row[2]).longValue()));
        Counter next = rules.afterFailure(stored, pair, now);
        if (next.lockedUntil() != null && !next.lockedUntil().equals(stored.lockedUntil())) {
            em.createNativeQuery("UPDATE sign_in_throttle SET failures = ?, last_failure = ?, locked_until = ? "
                            + "WHERE throttle_key = ?")
                    .setParameter(1, next.failures())
                    .setParameter(2, next.lastFailure().toEpochMilli())
                    .setParameter(3, next.lockedUntil().toEpochMilli())
                    .setParameter(4, key)
                    .executeUpdate();
        } else {
            em.createNativeQuery("UPDATE sign_in_throttle SET failures = ?, last_failure = ? WHERE throttle_key = ?")
                    .setParameter(1, next.failures())
                    .setParameter(2, next.lastFailure().toEpochMilli())
                    .setParameter(3, key)
                    .executeUpdate();
        }
    }

    /**
     * Forgets counters that tell nothing any more (failures older than the lock time, no lock in force), so that the
     * table stays small under a flood from many addresses. Every node runs it; the rows are locked in the order a
     * failure locks them (descending keys: the pair's 'u:' before the address's 'a:'), so it never deadlocks with one.
     */
    @Schedule(minute = "*/10", hour = "*", persistent = false)
    void prune() {
        if (!migrations.isMigrated()) {
            return;
        }
        Instant now = clock.instant();
        try {
            int n = prune(now);
            if (n > 0) {
                LOG.fine(() -> n + " stale sign-in throttle row(s) forgotten");
            }
        } catch (RuntimeException e) {
            // Harmless: stale rows only take room; the next run tries again.
            LOG.log(Level.INFO, "Sign-in throttle prune skipped: " + e, e);
        }
    }

    int prune(Instant now) {
        long before = rules.staleBefore(now).toEpochMilli();
        long at = now.toEpochMilli();
        @SuppressWarnings("unchecked")
        List<Object> keys = em.createNativeQuery("SELECT throttle_key FROM sign_in_throttle WHERE last_failure < ? "
                        + "AND (locked_until IS NULL OR locked_until <= ?) ORDER BY throttle_key DESC LIMIT "
                        + PRUNE_BATCH
                        + " FOR UPDATE")
                .setParameter(1, before)
                .setParameter(2, at)
                .getResultList();
        int deleted = 0;
        for (Object key : keys) {
            deleted += em.createNativeQuery("DELETE FROM sign_in_throttle WHERE throttle_key = ? AND last_failure < ? "
                            + "AND (locked_until IS NULL OR locked_until <= ?)")
                    .setParameter(1, key)
                    .setParameter(2, before)
                    .setParameter(3, at)
                    .executeUpdate();
        }
        return deleted;
    }
}
