package kr.minwon.portal.security.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The accounts' session state read from the database, kept per node for at most {@link #TTL_NANOS} (1 s): a change
 * made on any node (deactivation, roles, password) ends the sessions it concerns on every node within a second.
 */
@ApplicationScoped
public class SessionStates {

    static final long TTL_NANOS = 1_000_000_000L;
    private static final int MAX_ENTRIES = 10_000;

    private record Cached(Optional<Accounts.SessionState> state, long readAt) {}

    @Inject
    Accounts accounts;

    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    public Optional<Accounts.SessionState> of(String username) {
        long now = System.nanoTime();
        Cached c = cache.get(username);
        if (c != null && now - c.readAt() < TTL_NANOS) {
            return c.state();
        }
        Optional<Accounts.SessionState> state = accounts.sessionState(username);
        if (cache.size() >= MAX_ENTRIES) {
            cache.clear();
        }
        cache.put(username, new Cached(state, now));
        return state;
    }

    /** Forgets what this node knows of an account (after a change made here). */
    public void forget(String username) {
        cache.remove(username);
    }
}
