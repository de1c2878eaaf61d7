package kr.minwon.portal.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import kr.minwon.portal.testing.DatabaseProxy;
import kr.minwon.portal.testing.PortalServer;
import kr.minwon.portal.testing.PortalSession;
import org.h2.tools.Server;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Issue 19 item 5: the database goes away and comes back. A server of this test's own reaches an H2 database in TCP
 * server mode through a {@link DatabaseProxy} the test cuts and restores (works in both CI phases). While the database
 * is away the portal answers 503 within 5 s (problem JSON for the API, the 503 page for screens; never 500, never a
 * hang) and is not ready; the first requests after it is back succeed. A Faces ajax post meanwhile gets a partial
 * response that sends the browser to the 503 page (the Faces script would show nothing of an error). Starting without
 * a database: {@link StartWithoutDatabaseIT}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DatabaseOutageIT {

    private static final String ADMIN_PASSWORD = "outage-admin-pass-1357";
    private static final Duration FAST = Duration.ofSeconds(5);

    private static Server h2;
    private static DatabaseProxy proxy;
    private static PortalServer portal;

    @BeforeAll
    static void start() throws Exception {
        Path base = Files.createTempDirectory(
                Path.of(System.getProperty("it.target", "target")).toAbsolutePath(), "outage-h2-");
        h2 = Server.createTcpServer("-tcpPort", "0", "-ifNotExists", "-baseDir", base.toString())
                .start();
        proxy = new DatabaseProxy("127.0.0.1", h2.getPort(), false);
        portal = PortalServer.own(
                "outage",
                Map.of(
                        "PORTAL_DB_DATASOURCE", "org.h2.jdbcx.JdbcDataSource",
                        "PORTAL_DB_URL",
                                "jdbc:h2:tcp://127.0.0.1:" + proxy.port()
                                        + "/minwon;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
                        "PORTAL_DB_USER", "portal",
                        "PORTAL_DB_PASSWORD", "portal",
                        "PORTAL_DEMO", "false",
                        "PORTAL_DEMO_API_KEY", "",
                        "PORTAL_ADMIN_PASSWORD", ADMIN_PASSWORD));
        portal.startReady();
    }

    @AfterAll
    static void stop() {
        if (portal != null) {
            portal.stop();
        }
        if (proxy != null) {
            proxy.close();
        }
        if (h2 != null) {
            h2.stop();
        }
    }

    private static PortalSession visitor() {
        return new PortalSession(portal);
    }

    private static HttpResponse<String> timed(String what, java.util.function.Supplier<HttpResponse<String>> call) {
        long t0 = System.nanoTime();
        HttpResponse<String> r = call.get();
        Duration took = Duration.ofNanos(System.nanoTime() - t0);
        assertThat(took)
                .as(what + " answered " + r.statusCode() + " in " + took)
                .isLessThan(FAST);
        return r;
    }

    /** An API call that needs the database (the key is looked up): 401 with it, 503 without. */
    private static HttpResponse<String> apiCall() {
        PortalSession s = visitor().withHeader("Authorization", "Bearer not-a-key-of-this-office");
        return s.send(HttpRequest.newBuilder(s.uri("/api/v1/petitions")).GET());
    }

    private static void assertUnavailable() {
        HttpResponse<String> api = timed("API call", DatabaseOutageIT::apiCall);
        assertThat(api.statusCode()).as(api.body()).isEqualTo(503);
        assertThat(api.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(api.headers().firstValue("Retry-After")).isPresent();

        HttpResponse<String> page = timed("sign-in", () -> visitor().signIn("admin", ADMIN_PASSWORD));
        assertThat(page.statusCode()).as(page.body()).isEqualTo(503);
        assertThat(page.body()).contains("errorTitle").contains("잠시 서비스를 이용할 수 없습니다");

        HttpResponse<String> ready = timed("readiness", () -> visitor().get("/health/ready"));
        assertThat(ready.statusCode()).isEqualTo(503);
        assertThat(ready.body()).contains("DOWN");
    }

    private static void awaitReady(Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            if (visitor().get("/health/ready").statusCode() == 200) {
                return;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("not ready within " + within + portal.tail());
    }

    @Test
    @Order(1)
    void with_the_database_the_calls_of_the_test_answer_as_usual() throws Exception {
        awaitReady(Duration.ofSeconds(30));
        HttpResponse<String> api = apiCall();
        assertThat(api.statusCode()).as(api.body()).isEqualTo(401);
        HttpResponse<String> signIn = visitor().signIn("admin", ADMIN_PASSWORD);
        assertThat(signIn.statusCode()).as(signIn.body()).isEqualTo(302);
        assertThat(portal.logOfLatestStart()).contains("Schema at version");
    }

    @Test
    @Order(2)
    void while_the_database_is_away_requests_get_503_quickly_and_the_first_after_it_is_back_succeeds()
            throws Exception {
        proxy.cut();
        assertUnavailable();
        assertUnavailable();

        proxy.restore();
        // The very first requests after the database is back: pooled connections were dropped; none may fail.
        HttpResponse<String> api = timed("API call after the outage", DatabaseOutageIT::apiCall);
        assertThat(api.statusCode()).as(api.body()).isEqualTo(401);
        HttpResponse<String> signIn =
                timed("sign-in after the outage", () -> visitor().signIn("admin", ADMIN_PASSWORD));
        assertThat(signIn.statusCode()).as(signIn.body()).isEqualTo(302);
        assertThat(visitor().get("/health/ready").statusCode()).isEqualTo(200);

        String log = portal.logOfLatestStart();
        assertThat(log).doesNotContain("API error ");
        assertThat(log).contains("Database unavailable");
    }

    @Test
    @Order(3)
    void an_ajax_post_while_the_database_is_away_is_sent_to_the_503_page() throws Exception {
        awaitReady(Duration.ofSeconds(30));
        PortalSession admin = visitor();
        HttpResponse<String> signIn = admin.signIn("admin", ADMIN_PASSWORD);
        assertThat(signIn.statusCode()).as(signIn.body()).isEqualTo(302);
        // The first-start admin opens nothing but the password change: its save button posts by ajax.
        HttpResponse<String> page = admin.get("/account/password.xhtml");
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        assertThat(page.body()).contains("passwordForm:save");

        Map<String, String> form = new LinkedHashMap<>();
        form.put("jakarta.faces.partial.ajax", "true");
        form.put("jakarta.faces.source", "passwordForm:save");
        form.put("jakarta.faces.partial.execute", "passwordForm");
        form.put("jakarta.faces.partial.render", "passwordForm");
        form.put("passwordForm:save", "passwordForm:save");
        form.put("passwordForm", "passwordForm");
        form.put("passwordForm:current", ADMIN_PASSWORD);
        form.put("passwordForm:next", "outage-next-pass-9753");
        form.put("passwordForm:confirm", "outage-next-pass-9753");
        form.put("jakarta.faces.ViewState", PortalSession.viewState(page.body()));
        form.put("primefaces.nonce", PortalSession.nonce(page.body()));
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));

        proxy.cut();
        try {
            HttpResponse<String> ajax = timed(
                    "ajax post",
                    () -> admin.send(HttpRequest.newBuilder(admin.uri("/account/password.xhtml"))
                            .header("Faces-Request", "partial/ajax")
                            .header("X-Requested-With", "XMLHttpRequest")
                            .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                            .POST(HttpRequest.BodyPublishers.ofString(body))));
            // Faces' script follows a partial-response redirect; an error status or an <error> element it would not
            // show to the person.
            assertThat(ajax.statusCode()).as(ajax.body()).isEqualTo(200);
            assertThat(ajax.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(t -> assertThat(t).startsWith("text/xml"));
            assertThat(ajax.body())
                    .contains("<partial-response")
                    .contains("<redirect url=\"/errors/503.xhtml\"")
                    .doesNotContain("<error>");
            HttpResponse<String> shown = timed("the 503 page", () -> admin.get("/errors/503.xhtml"));
            assertThat(shown.statusCode()).isEqualTo(200);
            assertThat(shown.body()).contains("errorTitle").contains("잠시 서비스를 이용할 수 없습니다");
        } finally {
            proxy.restore();
        }
        // Nothing was changed: the admin's password is still the first one.
        HttpResponse<String> again =
                timed("sign-in after the outage", () -> visitor().signIn("admin", ADMIN_PASSWORD));
        assertThat(again.statusCode()).as(again.body()).isEqualTo(302);
        assertThat(portal.logOfLatestStart()).doesNotContain("Failure while notifying an observer");
    }
}
