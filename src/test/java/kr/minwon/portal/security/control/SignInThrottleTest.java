package kr.minwon.portal.security.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    private final Instant t0 = Instant.parse("2026-12-06T09:00:00Z");

    @Test
    void failures_lock_the_pair_and_not_the_user_elsewhere() {
        SignInThrottle t = new SignInThrottle(5, 30, Duration.ofMinutes(15));
        for (int i = 0; i < 4; i++) {
            t.failure("admin", "203.0.113.9", t0);
        }
        assertThat(t.isBlocked("admin", "203.0.113.9", t0)).isFalse();
        t.failure("admin", "203.0.113.9", t0);
        assertThat(t.isBlocked("admin", "203.0.113.9", t0)).isTrue();
        assertThat(t.isBlocked("ADMIN", "203.0.113.9", t0))
                .as("names without case")
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
        SignInThrottle t = new SignInThrottle(5, 30, Duration.ofMinutes(15));
        for (int i = 0; i < 30; i++) {
            t.failure("user" + i, "198.51.100.1", t0);
        }
        assertThat(t.isBlocked("anyone", "198.51.100.1", t0)).isTrue();
        assertThat(t.isBlocked("anyone", "198.51.100.2", t0)).isFalse();
    }

    @Test
    void old_failures_are_forgotten_and_success_clears_the_pair() {
        SignInThrottle t = new SignInThrottle(3, 30, Duration.ofMinutes(15));
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
    void the_table_stays_bounded_under_a_flood() {
        SignInThrottle t = new SignInThrottle(5, 30, Duration.ofMinutes(15));
        for (int i = 0; i < SignInThrottle.MAX_ENTRIES; i++) {
            t.failure("u", "a" + i, t0);
        }
        assertThat(t.size()).isLessThanOrEqualTo(SignInThrottle.MAX_ENTRIES + 2);
    }
}
