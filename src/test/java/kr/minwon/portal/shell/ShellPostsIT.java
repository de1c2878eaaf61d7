package kr.minwon.portal.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kr.minwon.portal.testing.DemoUser;
import kr.minwon.portal.testing.PortalSession;
import org.junit.jupiter.api.Test;

/**
 * The shell's two posts (issue 16): sign-out and the language switch are plain forms to servlets, not a Faces form on
 * every page, so a page without a form of its own keeps no view state. They must still do their work, only on a post
 * from the portal's own pages, and the switch must come back to the page it was pressed on and nowhere else.
 */
class ShellPostsIT {

    private static final Pattern BACK = Pattern.compile("name=\"back\" value=\"([^\"]*)\"");

    @Test
    void the_home_page_has_no_faces_form_and_keeps_no_view_state() {
        HttpResponse<String> home = PortalSession.signedIn(DemoUser.HEAD).get("/index.xhtml");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body())
                .doesNotContain("jakarta.faces.ViewState")
                .contains("action=\"/account/sign-out\"")
                .contains("action=\"/account/language\"");
    }

    @Test
    void signing_out_ends_the_session_and_only_a_post_from_the_portal_does_it() {
        PortalSession s = PortalSession.signedIn(DemoUser.EMPLOYEE);
        assertThat(s.get(SIGN_OUT).statusCode()).as("a GET (a prefetched link)").isEqualTo(405);
        HttpResponse<String> crossSite = s.send(HttpRequest.newBuilder(s.uri(SIGN_OUT))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Sec-Fetch-Site", "cross-site")
                .POST(HttpRequest.BodyPublishers.ofString("")));
        assertThat(crossSite.statusCode()).as("a post another site makes").isEqualTo(403);
        assertThat(s.get("/index.xhtml").statusCode()).as("still signed in").isEqualTo(200);

        HttpResponse<String> out = s.postForm(SIGN_OUT, Map.of());
        assertThat(out.statusCode()).isEqualTo(303);
        assertThat(PortalSession.location(out)).endsWith("/login.xhtml?signedOut=true");
        assertThat(PortalSession.isRedirectToLogin(s.get("/index.xhtml")))
                .as("the next page after signing out")
                .isTrue();
        assertThat(PortalSession.isRedirectToLogin(s.postForm("/account/language", Map.of("back", "/index.xhtml"))))
                .as("the language switch without a session")
                .isTrue();
    }

    @Test
    void the_language_switch_comes_back_to_the_page_with_its_parameters_and_never_leaves_the_portal() {
        PortalSession s = PortalSession.signedIn(DemoUser.AUDITOR);
        try {
            HttpResponse<String> page = s.get("/account/password.xhtml?first=true");
            assertThat(page.statusCode()).isEqualTo(200);
            Matcher back = BACK.matcher(page.body());
            assertThat(back.find()).as("the switch's form on the page").isTrue();
            String here = back.group(1).replace("&amp;", "&");
            assertThat(here).isEqualTo("/account/password.xhtml?first=true");

            HttpResponse<String> switched = s.postForm(LANGUAGE, Map.of("back", here));
            assertThat(switched.statusCode()).isEqualTo(303);
            assertThat(pathAndQuery(switched)).isEqualTo(here);
            assertThat(s.get(here).body()).contains("lang=\"en\"");
            assertThat(PortalSession.signedIn(DemoUser.AUDITOR)
                            .get("/index.xhtml")
                            .body())
                    .as("a new session opens in the stored language")
                    .contains("lang=\"en\"");

            for (String elsewhere : new String[] {
                "//evil.example/x", "https://evil.example/", "/\\evil.example", "/index.xhtml\r\nX-Bad: 1", "", "x"
            }) {
                HttpResponse<String> r = s.postForm(LANGUAGE, Map.of("back", elsewhere));
                assertThat(r.statusCode()).as(elsewhere).isEqualTo(303);
                assertThat(pathAndQuery(r)).as(elsewhere).isEqualTo("/index.xhtml");
            }
            HttpResponse<String> crossSite = s.send(HttpRequest.newBuilder(s.uri(LANGUAGE))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Sec-Fetch-Site", "cross-site")
                    .POST(HttpRequest.BodyPublishers.ofString("back=%2Findex.xhtml")));
            assertThat(crossSite.statusCode()).isEqualTo(403);
            HttpResponse<String> apiKey = PortalSession.api(
                    "POST", LANGUAGE, "application/x-www-form-urlencoded", "back=%2Findex.xhtml".getBytes());
            assertThat(apiKey.statusCode() == 403 || PortalSession.isRedirectToLogin(apiKey))
                    .as("an API key has no language to switch: " + apiKey.statusCode())
                    .isTrue();
        } finally {
            PortalSession back = PortalSession.signedIn(DemoUser.AUDITOR);
            if (back.get("/index.xhtml").body().contains("lang=\"en\"")) {
                back.postForm(LANGUAGE, Map.of("back", "/index.xhtml"));
            }
        }
        assertThat(PortalSession.signedIn(DemoUser.AUDITOR).get("/index.xhtml").body())
                .as("switched back to Korean")
                .contains("lang=\"ko\"");
    }

    /** People of different roles asking by turns each get their own menu, and the page shown is marked current. */
    @Test
    void the_menu_follows_the_callers_roles_and_the_page() {
        PortalSession employee = PortalSession.signedIn(DemoUser.EMPLOYEE);
        PortalSession admin = PortalSession.signedIn(DemoUser.ADMIN);
        for (int i = 0; i < 2; i++) {
            String mine = employee.get("/index.xhtml").body();
            assertThat(mine).contains("id=\"menuMyPetitions\"").doesNotContain("id=\"menuEmployees\"");
            assertThat(mine).containsPattern("id=\"menuHome\"[^>]*aria-current=\"page\"");
            String admins = admin.get("/index.xhtml").body();
            assertThat(admins).contains("id=\"menuEmployees\"", "id=\"menuApiKeys\"");
            String list = employee.get("/petitions/mine.xhtml").body();
            assertThat(list)
                    .containsPattern("id=\"menuMyPetitions\"[^>]*aria-current=\"page\"")
                    .containsPattern("id=\"menuHome\"[^>]*aria-current=\"false\"")
                    .doesNotContain("id=\"menuEmployees\"");
        }
    }

    private static final String SIGN_OUT = "/account/sign-out";
    private static final String LANGUAGE = "/account/language";

    private static String pathAndQuery(HttpResponse<?> r) {
        URI uri = URI.create(PortalSession.location(r));
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }
}
