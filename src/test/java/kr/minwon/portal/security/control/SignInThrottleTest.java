package kr.minwon.portal.security.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import kr.minwon.portal.security.control.SignInThrottle.Counter;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    private final Instant t0 = Instant.parse("2026-12-06T09:00:00Z");

    /** The counters as the database keeps them (SignInThrottles), one row per key. */
    private static final class Rows {
        final SignInThrottle rules;
        final Map<String, Counter> rows = new HashMap<>();

        Rows(SignInThrottle rules) {
            this.rules = rules;
        }

        void failure(String username, String address, Instant now) {
            rows.merge(
                    rules.pairKey(username, address),
                    rules.afterFailure(Counter.NONE, true, now),
                    (old, fresh) -> rules.afterFailure(old, true, now));
            rows.merge(
                    rules.addressKey(address),
                    rules.afterFailure(Counter.NONE, false, now),
                    (old, fresh) -> rules.afterFailure(old, false, now));
        }

        boolean isBlocked(String username, String address, Instant now) {
            return rows.getOrDefault(rules.pairKey(username, address), Counter.NONE)
                            .lockedAt(now)
                    || rows.getOrDefault(rules.addressKey(address), Counter.NONE)
                            .lockedAt(now);
        }

        void success(String username, String address) {
            rows.remove(rules.pairKey(username, address));
        }
    }

    @Test
    void failures_lock_the_pair_and_not_the_user_elsewhere() {
        Rows t = new Rows(new SignInThrottle(5, 30, Duration.ofMinutes(15)));
        for (int i = 0; i < 4; i++) {
            t.failure("admin", "203.0.113.9", t0);
        }
        assertThat(t.isBlocked("admin", "203.0.113.9", t0)).isFalse();
        t.failure("admin", "203.0.113.9", t0);
        assertThat(t.isBlocked("admin", "203.0.113.9", t0)).isTrue();
        assertThat(t.isBlocked("ADMIN", "203.0.113.9", t0))
                .as("names without case")
                .isTrue();
        assertThat(t.isBlocked(" admin ", "203.0.113.9", t0))
                .as("names without surrounding blanks")
                .isTrue();
        assertThat(t.isBlocked("admin", "10.1.1.1", t0))
                .as("the owner elsewhere")
                .isFalse();
        assertThat(t.isBlocked("admin", "203.0.113.9", t0.plus(Duration.ofMinutes(16))))
                .as("after the lock time")
                .isFalse();
    }

    @Test
    void unknown_and_known_names_count_alike_and_spraying_locks_the_address() {
        Rows t = new Rows(new SignInThrottle(5, 30, Duration.ofMinutes(15)));
        for (int i = 0; i < 29; i++) {
            t.failure("user" + i, "198.51.100.1", t0);
        }
        assertThat(t.isBlocked("anyone", "198.51.100.1", t0)).isFalse();
        t.failure("user29", "198.51.100.1", t0);
        assertThat(t.isBlocked("anyone", "198.51.100.1", t0)).isTrue();
        assertThat(t.isBlocked("anyone", "198.51.100.2", t0)).isFalse();
    }

    @Test
    void old_failures_are_forgotten_and_success_clears_the_pair() {
        Rows t = new Rows(new SignInThrottle(3, 30, Duration.ofMinutes(15)));
        t.failure("a", "x", t0);
        t.failure("a", "x", t0);
        t.failure("a", "x", t0.plus(Duration.ofHours(1)));
        assertThat(t.isBlocked("a", "x", t0.plus(Duration.ofHours(1)))).isFalse();
        t.failure("a", "x", t0.plus(Duration.ofHours(1)));
        t.success("a", "x");
        t.failure("a", "x", t0.plus(Duration.ofHours(1)));
        assertThat(t.isBlocked("a", "x", t0.plus(Duration.ofHours(1)))).isFalse();
    }

    @Test
    void a_lock_starts_the_count_afresh_and_a_counter_is_stale_only_when_it_tells_nothing() {
        SignInThrottle rules = new SignInThrottle(2, 30, Duration.ofMinutes(15));
        Counter one = rules.afterFailure(Counter.NONE, true, t0);
        assertThat(one).isEqualTo(new Counter(1, t0, null));
        Counter locked = rules.afterFailure(one, true, t0.plusSeconds(1));
        assertThat(locked.failures()).isZero();
        assertThat(locked.lockedUntil()).isEqualTo(t0.plusSeconds(1).plus(Duration.ofMinutes(15)));
        assertThat(rules.stale(locked, t0.plus(Duration.ofMinutes(10))))
                .as("locked")
                .isFalse();
        assertThat(rules.stale(one, t0.plus(Duration.ofMinutes(10))))
                .as("a failure still counted")
                .isFalse();
        assertThat(rules.stale(one, t0.plus(Duration.ofMinutes(16)))).isTrue();
        assertThat(rules.stale(locked, t0.plus(Duration.ofMinutes(17)))).isTrue();
    }

    @Test
    void a_key_stays_within_its_column_whatever_the_name_sent() {
        SignInThrottle rules = new SignInThrottle(5, 30, Duration.ofMinutes(15));
        String huge = "x".repeat(10_000);
        String key = rules.pairKey(huge, "2001:db8::1");
        assertThat(key).hasSizeLessThanOrEqualTo(SignInThrottle.MAX_KEY_LENGTH).startsWith("h:");
        assertThat(rules.pairKey(huge.toUpperCase(), "2001:db8::1")).isEqualTo(key);
        assertThat(rules.pairKey(huge, "2001:db8::2")).isNotEqualTo(key);
        assertThat(rules.pairKey("admin", "203.0.113.9")).isEqualTo("u:admin|a:203.0.113.9");
    }
}
