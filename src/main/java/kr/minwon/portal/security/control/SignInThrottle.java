package kr.minwon.portal.security.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Failed sign-ins counted per (user name, client address) and per client address, whether the user exists or not:
 * {@code perPair} failures lock that pair, {@code perAddress} failures (any names) lock the address, each for
 * {@code lock}. A stranger thus locks only himself out; the owner signs in from his own address. The rules only: the
 * counters live in the database every node shares ({@code SignInThrottles}), so that a balancer spreading the tries
 * over several nodes gives no more of them.
 */
public class SignInThrottle {

    /** Longest key stored as it reads; a longer one (an absurd user name) is stored as its SHA-256. */
    public static final int MAX_KEY_LENGTH = 200;

    private final int perPair;
    private final int perAddress;
    private final Duration lock;

    public SignInThrottle(int perPair, int perAddress, Duration lock) {
        this.perPair = perPair;
        this.perAddress = perAddress;
        this.lock = lock;
    }

    /** One key's state; {@link #NONE} before its first failure. */
    public record Counter(int failures, Instant lastFailure, Instant lockedUntil) {

        public static final Counter NONE = new Counter(0, null, null);

        public boolean lockedAt(Instant now) {
            return lockedUntil != null && now.isBefore(lockedUntil);
        }
    }

    /** The pair's key, then the address's (the order in which a failure takes their locks). */
    public String pairKey(String username, String address) {
        return bounded("u:" + (username == null ? "" : username.trim().toLowerCase(Locale.ROOT)) + "|a:" + address);
    }

    public String addressKey(String address) {
        return bounded("a:" + address);
    }

    /** The counter after one more failure: a lock when it reaches the key's limit. */
    public Counter afterFailure(Counter c, boolean pair, Instant now) {
        int limit = pair ? perPair : perAddress;
        // Failures older than the lock time are forgotten: a few typos a day never add up to a lock.
        int failures = c.lastFailure() != null && c.lastFailure().plus(lock).isBefore(now) ? 0 : c.failures();
        failures++;
        if (failures >= limit) {
            return new Counter(0, now, now.plus(lock));
        }
        return new Counter(failures, now, c.lockedUntil());
    }

    /** Counters whose last failure is before this moment and which lock nothing now may be forgotten. */
    public Instant staleBefore(Instant now) {
        return now.minus(lock);
    }

    /** Whether a stored counter tells nothing any more (its failures are forgotten and it locks nothing). */
    public boolean stale(Counter c, Instant now) {
        return !c.lockedAt(now) && (c.lastFailure() == null || c.lastFailure().isBefore(staleBefore(now)));
    }

    private static String bounded(String key) {
        if (key.length() <= MAX_KEY_LENGTH) {
            return key;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return "h:" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
