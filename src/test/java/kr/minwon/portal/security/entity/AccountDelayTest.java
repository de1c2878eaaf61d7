package kr.minwon.portal.security.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import kr.minwon.portal.staff.entity.Employee;
import org.junit.jupiter.api.Test;

class AccountDelayTest {

    private final LocalDateTime t0 = LocalDateTime.of(2026, 12, 6, 9, 0);

    @Test
    void the_per_user_delay_grows_from_the_threshold_and_is_capped() {
        Duration max = Duration.ofSeconds(60);
        assertThat(Account.delayAfter(9, 10, max)).isZero();
        assertThat(Account.delayAfter(10, 10, max)).hasSeconds(1);
        assertThat(Account.delayAfter(11, 10, max)).hasSeconds(2);
        assertThat(Account.delayAfter(15, 10, max)).hasSeconds(32);
        assertThat(Account.delayAfter(16, 10, max)).hasSeconds(60);
        assertThat(Account.delayAfter(500, 10, max)).hasSeconds(60);
    }

    @Test
    void the_delay_spares_the_address_of_the_last_success_and_a_password_change_raises_the_epoch() {
        Account a = new Account("kim", new Employee("1", "김", null), "h", false, t0);
        a.recordSuccess(t0, "10.1.1.1");
        for (int i = 0; i < 12; i++) {
            a.recordFailure(t0, 10, Duration.ofSeconds(60));
        }
        assertThat(a.isDelayedFor(t0, "203.0.113.9")).isTrue();
        assertThat(a.isDelayedFor(t0, "10.1.1.1")).as("the owner's address").isFalse();
        assertThat(a.isDelayedFor(t0.plusMinutes(2), "203.0.113.9")).isFalse();
        int epoch = a.getSessionEpoch();
        a.changePassword("h2", false, t0);
        assertThat(a.getSessionEpoch()).isEqualTo(epoch + 1);
    }
}
