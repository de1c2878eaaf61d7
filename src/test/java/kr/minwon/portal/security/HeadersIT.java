package kr.minwon.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kr.minwon.portal.testing.DemoUser;
import kr.minwon.portal.testing.PortalSession;
import org.junit.jupiter.api.Test;

/** Security headers on pages, and the session cookie's flags. */
class HeadersIT {

    @Test
    void the_login_page_carries_the_security_headers() {
        assertSecurityHeaders(PortalSession.anonymous().get("/login.xhtml"));
    }

    @Test
    void a_signed_in_page_carries_the_security_headers_and_is_not_cached() {
        HttpResponse<String> home = PortalSession.signedIn(DemoUser.EMPLOYEE).get("/index.xhtml");
        assertThat(home.statusCode()).isEqualTo(200);
        assertSecurityHeaders(home);
        assertThat(home.headers().firstValue("Cache-Control")).hasValue("no-store");
    }

    @Test
    void the_session_cookie_is_http_only_and_same_site() {
        HttpResponse<String> signIn = PortalSession.anonymous()
                .signIn(DemoUser.EMPLOYEE.username(), kr.minwon.portal.testing.PortalServer.DEMO_PASSWORD);
        List<String> cookies = signIn.headers().allValues("Set-Cookie");
        String session = cookies.stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie in " + cookies));
        assertThat(session.toLowerCase()).contains("httponly").containsPattern("samesite=(lax|strict)");
    }

    @Test
    void the_login_page_opens_no_session() {
        HttpResponse<String> login = PortalSession.anonymous().get("/login.xhtml");
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(sessionId(login)).as("a session cookie from the login page").isNull();
        assertThat(PortalSession.viewState(login.body())).isEqualTo("stateless");
    }

    @Test
    void the_session_id_changes_at_sign_in() {
        // A session made before signing in (switching the language on the login page opens one) is not the one after.
        PortalSession session = PortalSession.anonymous();
        HttpResponse<String> page = session.get("/login.xhtml");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("langForm", "langForm");
        form.put("langForm:language", "langForm:language");
        form.put("jakarta.faces.ViewState", PortalSession.viewState(page.body()));
        form.put("primefaces.nonce", PortalSession.nonce(page.body()));
        String before = sessionId(session.postForm("/login.xhtml", form));
        assertThat(before).as("the session the language switch opened").isNotNull();
        HttpResponse<String> signIn =
                session.signIn(DemoUser.EMPLOYEE.username(), kr.minwon.portal.testing.PortalServer.DEMO_PASSWORD);
        String after = sessionId(signIn);
        assertThat(after).as("a new session id after sign-in").isNotNull().isNotEqualTo(before);
    }

    @Test
    void a_hand_made_post_to_the_login_page_is_a_bad_request_not_a_server_error() {
        PortalSession visitor = PortalSession.anonymous();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("loginForm", "loginForm");
        form.put("jakarta.faces.ViewState", "stateless");
        assertThat(visitor.postForm("/login.xhtml", form).statusCode())
                .as("no nonce")
                .isEqualTo(400);
        form.put("primefaces.nonce", "not-a-nonce");
        assertThat(visitor.postForm("/login.xhtml", form).statusCode())
                .as("a made-up nonce")
                .isEqualTo(400);
    }

    @Test
    void a_sign_in_posted_from_another_site_is_refused() {
        PortalSession session = PortalSession.anonymous().withHeader("Origin", "https://evil.example");
        HttpResponse<String> signIn =
                session.signIn(DemoUser.EMPLOYEE.username(), kr.minwon.portal.testing.PortalServer.DEMO_PASSWORD);
        assertThat(signIn.statusCode()).isEqualTo(403);
        // From the portal's own page it signs in.
        PortalSession own = PortalSession.anonymous();
        own = own.withHeader("Origin", own.uri("/").toString().replaceAll("/$", ""));
        assertThat(own.signIn(DemoUser.EMPLOYEE.username(), kr.minwon.portal.testing.PortalServer.DEMO_PASSWORD)
                        .statusCode())
                .isEqualTo(302);
    }

    @Test
    void responses_do_not_name_the_server() {
        HttpResponse<String> r = PortalSession.anonymous().get("/login.xhtml");
        assertThat(r.headers().firstValue("X-Powered-By")).isEmpty();
        assertThat(r.headers().firstValue("Server")).isEmpty();
    }

    private static String sessionId(HttpResponse<String> r) {
        return r.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring("JSESSIONID=".length(), c.indexOf(';')))
                .findFirst()
                .orElse(null);
    }

    static void assertSecurityHeaders(HttpResponse<?> r) {
        List<String> policies = r.headers().allValues("Content-Security-Policy");
        assertThat(policies)
                .as("Content-Security-Policy")
                .anySatisfy(p -> assertThat(p).contains("frame-ancestors"));
        assertThat(r.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(r.headers().firstValue("Referrer-Policy")).isPresent();
    }
}
