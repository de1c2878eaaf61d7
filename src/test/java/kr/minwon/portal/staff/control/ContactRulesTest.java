package kr.minwon.portal.staff.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContactRulesTest {

    @Test
    void acceptsOfficeEmailAddressesAndKoreanMobileNumbers() {
        assertThat(ContactRules.isEmail("hong@example.go.kr")).isTrue();
        assertThat(ContactRules.isMobile("010-1234-5678")).isTrue();
        assertThat(ContactRules.isMobile("01012345678")).isTrue();
        assertThat(ContactRules.isMobile("011-123-4567")).isTrue();
    }

    @Test
    void refusesWhatCannotBeSentTo() {
        assertThat(ContactRules.isEmail("hong@")).isFalse();
        assertThat(ContactRules.isEmail("hong example.go.kr")).isFalse();
        assertThat(ContactRules.isEmail("hong@localhost")).isFalse();
        assertThat(ContactRules.isMobile("02-2286-5000")).isFalse();
        assertThat(ContactRules.isMobile("010-12-34")).isFalse();
        assertThat(ContactRules.blankToNull("  ")).isNull();
    }
}
