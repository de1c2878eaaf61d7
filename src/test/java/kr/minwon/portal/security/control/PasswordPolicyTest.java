package kr.minwon.portal.security.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

    @Test
    void the_common_password_list_ships_with_the_portal() {
        assertThat(PasswordPolicy.listSize()).isGreaterThan(1000);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "short1",
                "onlyletters",
                "1234567890123",
                "qwerty1234",
                "Password123",
                "1q2w3e4r5t",
                "iloveyou12",
                "admin12345"
            })
    void weak_or_common_passwords_are_refused(String password) {
        assertThat(PasswordPolicy.problem(password.toCharArray(), "kim.minwon")).isPresent();
    }

    @Test
    void the_user_name_may_not_be_in_it() {
        assertThat(PasswordPolicy.problem("xkim.minwon9".toCharArray(), "Kim.Minwon"))
                .isPresent();
    }

    @Test
    void a_long_uncommon_password_passes() {
        assertThat(PasswordPolicy.problem("Sleet-garnet-42".toCharArray(), "kim.minwon"))
                .isEmpty();
    }
}
