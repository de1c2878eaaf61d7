package kr.minwon.portal.petition;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import kr.minwon.portal.testing.ImportScreen;
import kr.minwon.portal.testing.PortalServer;
import kr.minwon.portal.testing.PortalSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The import screen's progress bar moves while its upload runs on the same node, in the same session: the bar's polls
 * are answered during the import, not queued behind it (issue 16's one-request-per-session filter held them until the
 * upload ended, so the bar jumped from 0 to 100). A portal of its own: the 20,000 open petitions the upload makes would
 * otherwise sit in the shared server's office, where every later holiday change reschedules them.
 */
class ImportProgressIT {

    private static PortalServer portal;

    @BeforeAll
    static void start() {
        Map<String, String> env = new LinkedHashMap<>();
        // Its own embedded database, also when the shared server runs on PostgreSQL (blank = the default).
        env.put("PORTAL_DB_DATASOURCE", "");
        env.put("PORTAL_DB_URL", "");
        env.put("PORTAL_DB_USER", "");
        env.put("PORTAL_DB_PASSWORD", "");
        portal = PortalServer.own("progress", env);
        portal.startReady();
    }

    @AfterAll
    static void stop() {
        if (portal != null) {
            portal.stop();
        }
    }

    @Test
    void the_bar_polled_in_the_same_session_moves_while_the_upload_runs() throws Exception {
        PortalSession admin = new PortalSession(portal);
        assertThat(admin.signIn("demo.admin", PortalServer.DEMO_PASSWORD).statusCode())
                .as("demo.admin signs in")
                .isEqualTo(302);
        HttpResponse<String> page = admin.get(ImportScreen.PATH);
        assertThat(page.statusCode()).isEqualTo(200);
        String viewState = PortalSession.viewState(page.body());
        String nonce = PortalSession.nonce(page.body());
        String boundary = "----progress-it-" + System.nanoTime();
        String body = ImportScreen.uploadBody(boundary, viewState, nonce, ImportScreen.petitionsCsv("PG", 20_000));

        CompletableFuture<HttpResponse<String>> upload =
                CompletableFuture.supplyAsync(() -> admin.send(HttpRequest.newBuilder(admin.uri(ImportScreen.PATH))
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .header("Faces-Request", "partial/ajax")
                        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))));

        String poll = ImportScreen.pollForm(viewState, nonce);
        Set<Integer> seen = new TreeSet<>();
        while (!upload.isDone()) {
            HttpResponse<String> answer = admin.send(HttpRequest.newBuilder(admin.uri(ImportScreen.PATH))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Faces-Request", "partial/ajax")
                    .POST(HttpRequest.BodyPublishers.ofString(poll)));
            assertThat(answer.statusCode()).as("a poll of the bar").isEqualTo(200);
            if (!upload.isDone()) {
                seen.add(ImportScreen.barValue(answer.body()));
            }
            Thread.sleep(300);
        }
        HttpResponse<String> done = upload.get();
        assertThat(done.statusCode()).isEqualTo(200);
        assertThat(done.body()).as("the upload's answer").contains("id=\"importResult\"");
        assertThat(seen).as("values of the bar answered while the import ran").anyMatch(v -> v > 0 && v < 100);
    }
}
