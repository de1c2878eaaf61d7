package kr.minwon.portal.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import kr.minwon.portal.testing.PortalServer;
import kr.minwon.portal.testing.PortalSession;
import org.junit.jupiter.api.Test;

/** The API authenticates each request by key: 401 problem documents without one, and never a session or a redirect. */
class ApiAuthIT {

    private static HttpResponse<String> get(String path, String authorization) {
        PortalSession session = PortalSession.anonymous();
        HttpRequest.Builder request = HttpRequest.newBuilder(session.uri(path)).GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return session.send(request);
    }

    @Test
    void without_a_key_the_api_answers_401_problem_json() {
        HttpResponse<String> r = get("/api/v1/imports/staff", null);
        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(r.headers().firstValue("WWW-Authenticate").orElse("")).startsWith("Bearer");
        assertThat(r.body()).contains("\"status\":401");
        assertThat(r.headers().allValues("Set-Cookie"))
                .as("no session for API calls")
                .isEmpty();
    }

    @Test
    void a_wrong_key_answers_401_problem_json() {
        HttpResponse<String> r = get("/api/v1/imports/staff", "Bearer not-a-key");
        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
    }

    @Test
    void a_valid_key_is_authenticated() {
        // Any path under /api/: an accepted key gets past authentication (404 here, never 401 or a redirect).
        // No check of Set-Cookie: the 404 is the HTML error page, whose Faces beans open a session.
        HttpResponse<String> r = get("/api/v1/no-such-resource", "Bearer " + PortalServer.API_KEY);
        assertThat(r.statusCode()).isNotIn(401, 302, 303);
    }

    @Test
    void a_valid_key_does_not_open_the_pages() {
        // Keys are for the API; admin pages need a signed-in ADMIN, not a service account.
        HttpResponse<String> r = get("/staff/employees.xhtml", "Bearer " + PortalServer.API_KEY);
        assertThat(r.statusCode()).isIn(401, 403);
    }
}
