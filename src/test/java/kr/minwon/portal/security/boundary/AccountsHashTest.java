package kr.minwon.portal.security.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which stored hashes are upgraded at the next sign-in: those with fewer iterations than OWASP's 600,000. */
class AccountsHashTest {

    @Test
    void the_iterations_are_read_from_the_stored_hash() {
        assertThat(Accounts.ITERATIONS).isGreaterThanOrEqualTo(600_000);
        assertThat(Accounts.iterationsOf("PBKDF2WithHmacSHA256:210000:c2FsdA==:aGFzaA=="))
                .isEqualTo(210_000)
                .isLessThan(Accounts.ITERATIONS);
        assertThat(Accounts.iterationsOf("PBKDF2WithHmacSHA256:600000:c2FsdA==:aGFzaA=="))
                .isEqualTo(Accounts.ITERATIONS);
        assertThat(Accounts.iterationsOf("garbage")).isZero();
        assertThat(Accounts.iterationsOf(null)).isZero();
    }

    @Test
    void generated_passwords_meet_the_rules() {
        for (int i = 0; i < 200; i++) {
            String p = Accounts.randomPassword();
            assertThat(kr.minwon.portal.security.control.PasswordPolicy.problem(p.toCharArray(), "admin"))
                    .as(p)
                    .isEmpty();
        }
    }
}
