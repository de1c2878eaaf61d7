package kr.minwon.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kr.minwon.portal.testing.DemoUser;
import kr.minwon.portal.testing.PortalSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Overlapping requests of one session (two tabs, a double click) never fail (issue 16): every page of the access
 * matrix a demo role may open is requested {@link #PARALLEL} times at once by one session, as the first requests of a
 * fresh sign-in (when Faces creates its per-session maps; before the fix about one such burst in six lost a view bean
 * and answered 500); every answer must be 200 with the page. Then ajax postbacks of one view at once (the ranking's period list): each must answer the
 * partial response, never an error.
 */
class SameSessionConcurrencyIT {

    private static final int PARALLEL = 5;
    private static final Pattern PERIOD = Pattern.compile("<option value=\"(\\d{4}-[^\"]+)\"");

    @ParameterizedTest
    @EnumSource(DemoUser.class)
    void every_page_answers_parallel_requests_of_one_session(DemoUser user) {
        List<String> failures = new ArrayList<>();
        for (AccessMatrixIT.Access page : AccessMatrixIT.MATRIX) {
            if (page.isApi() || !"GET".equals(page.method()) || !page.allows(user)) {
                continue;
            }
            PortalSession fresh = PortalSession.signedIn(user);
            for (int round = 0; round < 2; round++) {
                List<HttpResponse<String>> answers = all(() -> fresh.get(page.path()));
                for (HttpResponse<String> r : answers) {
                    if (r.statusCode() != 200 || !r.body().contains("</html>")) {
                        failures.add(page.path() + " (round " + round + ") answered " + r.statusCode() + " "
                                + PortalSession.location(r));
                    }
                }
            }
        }
        assertThat(failures)
                .as("parallel requests of one %s session", user.username())
                .isEmpty();
    }

    @Test
    void parallel_postbacks_of_one_view_all_answer() {
        PortalSession session = PortalSession.signedIn(DemoUser.MANAGER);
        String page = session.get("/mileage/ranking.xhtml").body();
        Matcher m = PERIOD.matcher(page);
        assertThat(m.find()).as("a period in the list").isTrue();
        String period = m.group(1);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("jakarta.faces.partial.ajax", "true");
        fields.put("jakarta.faces.source", "rankingForm:period");
        fields.put("jakarta.faces.partial.execute", "rankingForm:period");
        fields.put("jakarta.faces.partial.render", "rankingForm:results");
        fields.put("jakarta.faces.behavior.event", "change");
        fields.put("jakarta.faces.partial.event", "change");
        fields.put("rankingForm:period_input", period);
        for (int round = 0; round < 3; round++) {
            List<HttpResponse<String>> answers = all(() -> {
                Map<String, String> all = new LinkedHashMap<>();
                all.put("rankingForm", "rankingForm");
                all.putAll(fields);
                all.put("jakarta.faces.ViewState", PortalSession.viewState(page));
                all.put("primefaces.nonce", PortalSession.nonce(page));
                String body = all.entrySet().stream()
                        .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                        .reduce((a, b) -> a + "&" + b)
                        .orElseThrow();
                return session.send(HttpRequest.newBuilder(session.uri("/mileage/ranking.xhtml"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Faces-Request", "partial/ajax")
                        .POST(HttpRequest.BodyPublishers.ofString(body)));
            });
            for (HttpResponse<String> r : answers) {
                assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
                assertThat(r.body())
                        .contains("<partial-response")
                        .contains("rankingForm:results")
                        .doesNotContain("<error>")
                        .doesNotContain("<redirect");
            }
        }
    }

    /** The same request {@link #PARALLEL} times, released together. */
    private static List<HttpResponse<String>> all(java.util.function.Supplier<HttpResponse<String>> request) {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(PARALLEL);
        List<CompletableFuture<HttpResponse<String>>> futures = new ArrayList<>();
        for (int i = 0; i < PARALLEL; i++) {
            futures.add(CompletableFuture.supplyAsync(
                    () -> {
                        try {
                            start.await();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            throw new IllegalStateException(e);
                        }
                        return request.get();
                    },
                    pool));
        }
        start.countDown();
        try {
            List<HttpResponse<String>> answers = new ArrayList<>();
            futures.forEach(f -> answers.add(f.join()));
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }
}
