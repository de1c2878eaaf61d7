package kr.minwon.portal.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import kr.minwon.portal.testing.DatabaseProxy;
import kr.minwon.portal.testing.PortalServer;
import kr.minwon.portal.testing.PortalSession;
import org.h2.tools.Server;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 19 item 5: the portal starts while the database is away and becomes ready when it appears. A demo server of
 * this test's own reaches an H2 database in TCP server mode through a {@link DatabaseProxy} that is cut from the start
 * (works in both CI phases). Until the proxy opens, the deployment must not fail: the server is live, not ready, and
 * pages and the API answer 503 within 5 s (never 500). Once the database answers, the schema is migrated, the demo
 * office seeded, the server ready, and a demo person signs in and the API reads.
 */
class StartWithoutDatabaseIT {

    private static final String API_KEY = "no-database-at-start-key-0123456789";
    private static final Duration FAST = Duration.ofSeconds(5);
    private static final Duration READY_AFTER_THE_DATABASE =
            Duration.ofSeconds(Math.max(180, Long.getLong("it.ready.seconds", 300)));

    private static Server h2;
    private static DatabaseProxy proxy;
    private static PortalServer portal;
    private static final List<Integer> statuses = new ArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        Path base = Files.createTempDirectory(
                Path.of(System.getProperty("it.target", "target")).toAbsolutePath(), "nodb-h2-");
        h2 = Server.createTcpServer("-tcpPort", "0", "-ifNotExists", "-baseDir", base.toString())
                .start();
        proxy = new DatabaseProxy("127.0.0.1", h2.getPort(), true);
        portal = PortalServer.own(
                "nodb",
                Map.of(
                        "PORTAL_DB_DATASOURCE", "org.h2.jdbcx.JdbcDataSource",
                        "PORTAL_DB_URL",
                                "jdbc:h2:tcp://127.0.0.1:" + proxy.port()
                                        + "/minwon;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
                        "PORTAL_DB_USER", "portal",
                        "PORTAL_DB_PASSWORD", "portal",
                        "PORTAL_DEMO", "true",
                        "PORTAL_DEMO_API_KEY", API_KEY));
        // Waits until the HTTP listener answers and the deployment is done, ready or not.
        portal.startAnswering();
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

    private static HttpResponse<String> timed(String what, Supplier<HttpResponse<String>> call) {
        long t0 = System.nanoTime();
        HttpResponse<String> r = call.get();
        Duration took = Duration.ofNanos(System.nanoTime() - t0);
        statuses.add(r.statusCode());
        assertThat(took)
                .as(what + " answered " + r.statusCode() + " in " + took)
                .isLessThan(FAST);
        return r;
    }

    private static HttpResponse<String> apiRead() {
        PortalSession s = visitor().withHeader("Authorization", "Bearer " + API_KEY);
        return s.send(HttpRequest.newBuilder(s.uri("/api/v1/petitions")).GET());
    }

    @Test
    void starts_without_the_database_answers_503_meanwhile_and_becomes_ready_when_it_appears() throws Exception {
        // The deployment survived: live, not ready.
        awaitStatus("/health/live", 200, Duration.ofSeconds(60));
        HttpResponse<String> ready = timed("readiness", () -> visitor().get("/health/ready"));
        assertThat(ready.statusCode()).isEqualTo(503);
        assertThat(ready.body()).contains("DOWN");

        // Screens and the API answer 503 quickly, twice (no request may hang on the pool or fail with a 500).
        for (int i = 0; i < 2; i++) {
            HttpResponse<String> page = timed("login page", () -> visitor().get("/login.xhtml"));
            assertThat(page.statusCode()).as(page.body()).isEqualTo(503);
            assertThat(page.body()).contains("errorTitle").contains("잠시 서비스를 이용할 수 없습니다");
            assertThat(page.headers().firstValue("Retry-After")).isPresent();

            HttpResponse<String> home = timed("home page", () -> visitor().get("/"));
            assertThat(home.statusCode()).as(home.body()).isEqualTo(503);

            HttpResponse<String> api = timed("API read", StartWithoutDatabaseIT::apiRead);
            assertThat(api.statusCode()).as(api.body()).isEqualTo(503);
            assertThat(api.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        }
        // The 503 page's own resources and the error pages answer without the database.
        HttpResponse<String> errorPage = timed("503 page", () -> visitor().get("/errors/503.xhtml"));
        assertThat(errorPage.statusCode()).isEqualTo(200);

        // The database appears: migrations, the demo office, then ready.
        proxy.restore();
        awaitStatus("/health/ready", 200, READY_AFTER_THE_DATABASE);
        assertThat(visitor().get("/health/ready").body()).contains("\"UP\"").doesNotContain("DOWN");

        HttpResponse<String> signIn = visitor().signIn("demo.employee", PortalServer.DEMO_PASSWORD);
        statuses.add(signIn.statusCode());
        assertThat(signIn.statusCode()).as(signIn.body()).isEqualTo(302);
        assertThat(PortalSession.location(signIn)).doesNotContain("/login.xhtml");
        HttpResponse<String> api = apiRead();
        statuses.add(api.statusCode());
        assertThat(api.statusCode()).as(api.body()).isEqualTo(200);
        assertThat(api.body()).contains("receiptNo");

        assertThat(statuses).doesNotContain(500);
        String log = portal.logOfLatestStart();
        assertThat(log).contains("Database unavailable: opening the persistence unit");
        assertThat(log).contains("Demo office seeded");
        assertThat(log).contains("the portal is ready");
        assertThat(log)
                .as("no failed deployment, start-up bean or observer")
                .doesNotContain("Exception while loading the app")
                .doesNotContain("Initialization failed for Singleton")
                .doesNotContain("Failure while notifying an observer")
                .doesNotContain("JPADeployer");
        // The readiness probe does not query a database that is away (a stack trace every probe).
        assertThat(log).doesNotContain("OfficeCalendar.reload(");
    }

    private static void awaitStatus(String path, int status, Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        int last = -1;
        while (System.nanoTime() < deadline) {
            last = visitor().get(path).statusCode();
            if (last == status) {
                return;
            }
            Thread.sleep(500);
        }
        throw new AssertionError(path + " answered " + last + ", not " + status + " within " + within + portal.tail());
    }
}
