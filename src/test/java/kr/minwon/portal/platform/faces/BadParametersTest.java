package kr.minwon.portal.platform.faces;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which request parameters no page can read (issue 17): control characters in a name or a value. */
class BadParametersTest {

    @Test
    void control_characters_anywhere_are_refused() {
        assertThat(BadParameters.hasControlCharacter(Map.of("no", new String[] {"2026-\u0000001"})))
                .isTrue();
        assertThat(BadParameters.hasControlCharacter(Map.of("no", new String[] {"ok", "a\r\nSet-Cookie: x=1"})))
                .isTrue();
        assertThat(BadParameters.hasControlCharacter(Map.of("n\u001bo", new String[] {"1"})))
                .isTrue();
        assertThat(BadParameters.hasControlCharacter(Map.of("x", new String[] {"\u009b"})))
                .isTrue();
    }

    @Test
    void ordinary_values_pass_korean_and_punctuation_included() {
        assertThat(BadParameters.hasControlCharacter(Map.of(
                        "no", new String[] {"1AA-2026-000123"},
                        "q", new String[] {"민원 서식; env; 'x' %"},
                        "empty", new String[] {""})))
                .isFalse();
        assertThat(BadParameters.hasControlCharacter(Map.of())).isFalse();
    }
}
