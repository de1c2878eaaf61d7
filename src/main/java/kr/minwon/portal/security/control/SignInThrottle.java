package kr.minwon.portal.security.control;

import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Failed sign-ins counted per (user name, client address) and per client address, whether the user exists or not:
 * {@code perPair} failures lock that pair, {@code perAddress} failures (any names) lock the address, each for
 * {@code lock}. A stranger thus locks only himself out; the owner signs in from his own address. Kept in memory per
 * node (bounded); the per-user delay that holds across nodes is in the database ({@code Account}).
 */
public class SignInThrottle {

    static final int MAX_ENTRIES = 50_000;

    private final int perPair;
    private final int perAddress;
    private final Duration lock;
    private final Map<String, Counter> counters = new ConcurrentHashMap<>();

    public SignInThrottle(int perPair, int perAddress, Duration lock) {
        this.perPair = perPair;
        this.perAddress = perAddress;
        this.lock = lock;
    }

    private static final class Counter {
        int failures;
        Instant lastFailure;
        Instant lockedUntil;
    }

    /** Whether this name from this address is refused now, without checking the password. */
    public boolean isBlocked(String username, String address, Instant now) {
        return locked(pairKey(username, address), now) || locked(addressKey(address), now);
    }

    public void failure(String username, String address, Instant now) {
        if (counters.size() >= MAX_ENTRIES) {
            prune(now);
        }
        count(pairKey(username, address), perPair, now);
        count(addressKey(address), perAddress, now);
    }

    /** A successful sign-in clears the pair (the address keeps its count: spraying many names is still counted). */
    public void success(String username, String address) {
        counters.remove(pairKey(username, address));
    }

    private boolean locked(String key, Instant now) {
        Counter c = counters.get(key);
        if (c == null) {
            return false;
        }
        synchronized (c) {
            return c.lockedUntil != null && now.isBefore(c.lockedUntil);
        }
    }

    private void count(String key, int limit, Instant now) {
        Counter c = counters.computeIfAbsent(key, k -> new Counter());
        synchronized (c) {
            // Failures older than the lock time are forgotten: a few typos a day never add up to a lock.
            if (c.lastFailure != null && c.lastFailure.plus(lock).isBefore(now)) {
                c.failures = 0;
            }
            c.failures++;
            c.lastFailure = now;
            if (c.failures >= limit) {
                c.lockedUntil = now.plus(lock);
                c.failures = 0;
            }
        }
    }

    private void prune(Instant now) {
        for (Iterator<Map.Entry<String, Counter>> it = counters.entrySet().iterator(); it.hasNext(); ) {
            Counter c = it.next().getValue();
            synchronized (c) {
                boolean stale = (c.lockedUntil == null || !now.isBefore(c.lockedUntil))
                        && (c.lastFailure == null || c.lastFailure.plus(lock).isBefore(now));
                if (stale) {
                    it.remove();
                }
            }
        }
        if (counters.size() >= MAX_ENTRIES) {
            // Under a flood from many addresses: forget the oldest half rather than grow without bound.
            counters.entrySet().removeIf(e -> e.getKey().hashCode() % 2 == 0);
        }
    }

    int size() {
        return counters.size();
    }

    private static String pairKey(String username, String address) {
        return "u:" + (username == null ? "" : username.trim().toLowerCase(Locale.ROOT)) + "|a:" + address;
    }

    private static String addressKey(String address) {
        return "a:" + address;
    }
}
