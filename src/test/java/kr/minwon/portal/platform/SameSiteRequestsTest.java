package kr.minwon.portal.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Where the shell's language switch may send a person back to: a path on the portal, never another host. */
class SameSiteRequestsTest {

    private static final String HOME = "/index.xhtml";

    @Test
    void a_path_on_the_portal_with_its_query_is_kept() {
        assertThat(SameSiteRequests.localPath("/petitions/detail.xhtml?no=2026-1&x=%20y", "", HOME))
                .isEqualTo("/petitions/detail.xhtml?no=2026-1&x=%20y");
        assertThat(SameSiteRequests.localPath("/portal/index.xhtml", "/portal", HOME))
                .isEqualTo("/portal/index.xhtml");
    }

    @Test
    void anything_a_browser_could_read_as_another_host_or_header_goes_home() {
        for (String back : new String[] {
            null,
            "",
            "index.xhtml",
            "//evil.example/x",
            "/\\evil.example",
            "https://evil.example/",
            "javascript:alert(1)",
            "/index.xhtml\r\nSet-Cookie: a=b",
            "/a\tb",
            "/%zz",
            "/" + "a".repeat(2100)
        }) {
            assertThat(SameSiteRequests.localPath(back, "", HOME))
                    .as(String.valueOf(back))
                    .isEqualTo(HOME);
        }
        assertThat(SameSiteRequests.localPath("/index.xhtml", "/portal", "/portal/index.xhtml"))
                .as("outside the portal's context")
                .isEqualTo("/portal/index.xhtml");
    }
}
