package kr.minwon.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
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
        HttpResponse<String> login = PortalSession.anonymous().get("/login.xhtml");
        List<String> cookies = login.headers().allValues("Set-Cookie");
        String session = cookies.stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie in " + cookies));
        assertThat(session.toLowerCase()).contains("httponly").containsPattern("samesite=(lax|strict)");
    }

    @Test
    void the_session_id_changes_at_sign_in() {
        PortalSession session = PortalSession.anonymous();
        String before = sessionId(session.get("/login.xhtml"));
        HttpResponse<String> signIn =
                session.signIn(DemoUser.EMPLOYEE.username(), kr.minwon.portal.testing.PortalServer.DEMO_PASSWORD);
        String after = sessionId(signIn);
        assertThat(after).as("a new session id after sign-in").isNotNull().isNotEqualTo(before);
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
