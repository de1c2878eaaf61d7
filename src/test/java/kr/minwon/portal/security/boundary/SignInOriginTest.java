package kr.minwon.portal.security.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SignInOriginTest {

    @Test
    void a_post_from_the_portals_own_page_passes() {
        assertThat(SignInOrigin.sameOrigin("http://portal.example:8080", null, "portal.example:8080"))
                .isTrue();
        assertThat(SignInOrigin.sameOrigin("https://portal.example", null, "portal.example"))
                .isTrue();
        assertThat(SignInOrigin.sameOrigin("https://Portal.Example", null, "portal.example:443"))
                .isTrue();
        assertThat(SignInOrigin.sameOrigin(null, "http://localhost:8080/login.xhtml?next=/x", "localhost:8080"))
                .isTrue();
    }

    @Test
    void a_post_from_another_site_is_refused() {
        assertThat(SignInOrigin.sameOrigin("https://evil.example", null, "portal.example"))
                .isFalse();
        assertThat(SignInOrigin.sameOrigin("http://portal.example:8081", null, "portal.example:8080"))
                .isFalse();
        assertThat(SignInOrigin.sameOrigin("http://portal.example.evil.example", null, "portal.example"))
                .isFalse();
        assertThat(SignInOrigin.sameOrigin(null, "https://evil.example/page.html", "portal.example"))
                .isFalse();
        // The Origin header decides when both are there.
        assertThat(SignInOrigin.sameOrigin(
                        "https://evil.example", "https://portal.example/login.xhtml", "portal.example"))
                .isFalse();
    }

    @Test
    void an_opaque_or_malformed_origin_is_refused() {
        assertThat(SignInOrigin.sameOrigin("null", null, "portal.example")).isFalse();
        assertThat(SignInOrigin.sameOrigin("http://user@portal.example", null, "portal.example"))
                .isFalse();
        assertThat(SignInOrigin.sameOrigin("http://portal example", null, "portal.example"))
                .isFalse();
        assertThat(SignInOrigin.sameOrigin("https://portal.example", null, null))
                .isFalse();
    }

    @Test
    void a_client_that_names_no_origin_is_no_browser_driven_by_another_page_and_passes() {
        assertThat(SignInOrigin.sameOrigin(null, null, "portal.example")).isTrue();
        assertThat(SignInOrigin.sameOrigin("", " ", "portal.example")).isTrue();
    }
}
