package kr.minwon.portal.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import kr.minwon.portal.testing.DemoUser;
import kr.minwon.portal.testing.PortalSession;
import org.junit.jupiter.api.Test;

/** Error pages are the portal's own, in Korean, and never show a stack trace. */
class ErrorPagesIT {

    /** Signs of a stack trace or a container error page (the word "Exception" alone also appears in PrimeFaces' settings). */
    private static final String[] TRACE = {
        "Caused by",
        "\tat ",
        "at java.",
        "at jakarta.",
        "at kr.minwon.",
        "java.lang.",
        "Exception:",
        "Payara Server",
        "GlassFish",
        "Stack Trace",
        "stacktrace"
    };

    @Test
    void an_unknown_page_shows_the_korean_404_page() {
        HttpResponse<String> r = PortalSession.signedIn(DemoUser.EMPLOYEE).get("/does-not-exist.xhtml");
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.body()).contains("<title>페이지를 찾을 수 없습니다").contains("id=\"errorTitle\"");
        assertNoTrace(r);
    }

    @Test
    void an_unknown_path_outside_faces_shows_the_404_page_too() {
        HttpResponse<String> r = PortalSession.signedIn(DemoUser.EMPLOYEE).get("/no/such/file.txt");
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.body()).contains("페이지를 찾을 수 없습니다");
        assertNoTrace(r);
    }

    @Test
    void a_refused_page_shows_the_korean_403_page() {
        HttpResponse<String> r = PortalSession.signedIn(DemoUser.EMPLOYEE).get("/staff/employees.xhtml");
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(r.body()).contains("<title>접근 권한이 없습니다");
        assertNoTrace(r);
    }

    @Test
    void a_broken_form_post_shows_no_stack_trace() {
        PortalSession session = PortalSession.signedIn(DemoUser.EMPLOYEE);
        HttpResponse<String> r = session.postForm(
                "/account/password.xhtml",
                java.util.Map.of(
                        "passwordForm",
                        "passwordForm",
                        "jakarta.faces.ViewState",
                        "stale:view-state",
                        "passwordForm:save",
                        ""));
        assertThat(r.statusCode()).isBetween(200, 599);
        assertNoTrace(r);
    }

    private static void assertNoTrace(HttpResponse<String> r) {
        assertThat(r.body()).as("error page body").doesNotContain(TRACE);
    }
}
