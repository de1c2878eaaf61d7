package kr.minwon.portal.petition;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import kr.minwon.portal.testing.OfficeTime;
import kr.minwon.portal.testing.PortalServer;
import kr.minwon.portal.testing.PortalSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 19 item 4: the core system retries, so a {@code PUT} that repeats the stored record answers 2xx however the
 * requests interleave (a lost optimistic lock or unique key included), scores once, and a different record written at
 * the same time still answers 409 with a problem saying so. All requests share one HTTP client, as a core system would.
 */
class PetitionRaceIT {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
    private static final String RUN =
            "RC" + Long.toString(System.currentTimeMillis() % 10_000_000, 36).toUpperCase();
    private static final int AT_ONCE = 12;
    private static final ExecutorService POOL = Executors.newFixedThreadPool(AT_ONCE);
    private static final PortalSession CORE =
            PortalSession.anonymous().withHeader("Authorization", "Bearer " + PortalServer.API_KEY);

    @AfterAll
    static void stop() {
        POOL.shutdownNow();
    }

    private static HttpResponse<String> put(String receiptNo, String json) {
        return CORE.send(HttpRequest.newBuilder(CORE.uri("/api/v1/petitions/" + receiptNo))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** Sends every body at the same moment (a barrier releases the threads together); answers in order. */
    private static List<HttpResponse<String>> atOnce(String receiptNo, List<String> bodies) throws Exception {
        CyclicBarrier start = new CyclicBarrier(bodies.size());
        List<Future<HttpResponse<String>>> futures = new ArrayList<>();
        for (String body : bodies) {
            futures.add(POOL.submit(() -> {
                start.await();
                return put(receiptNo, body);
            }));
        }
        List<HttpResponse<String>> answers = new ArrayList<>();
        for (Future<HttpResponse<String>> f : futures) {
            answers.add(f.get());
        }
        return answers;
    }

    private static JsonObject json(HttpResponse<String> r) {
        return Json.createReader(new StringReader(r.body())).readObject();
    }

    private static String record(LocalDateTime received, LocalDateTime approved) {
        return "{\"typeCode\":\"G0002\",\"receivedAt\":\"" + MINUTES.format(received)
                + "\",\"handlerNo\":\"900001\",\"channel\":\"ONLINE\""
                + (approved == null
                        ? ""
                        : ",\"approvedAt\":\"" + MINUTES.format(approved) + "\",\"outcome\":\"GRANTED\"")
                + "}";
    }

    /** The ledger lines of one petition for 900001 in the current period. */
    private static List<JsonObject> ledgerLines(String receiptNo) {
        LocalDateTime now = OfficeTime.minute();
        String period = now.getYear() + "-Q" + ((now.getMonthValue() - 1) / 3 + 1);
        HttpResponse<String> r =
                CORE.send(HttpRequest.newBuilder(CORE.uri("/api/v1/staff/900001/mileage?period=" + period))
                        .GET());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        List<JsonObject> lines = new ArrayList<>();
        for (JsonValue v : json(r).getJsonArray("entries")) {
            JsonObject e = v.asJsonObject();
            if (!e.isNull("receiptNo") && receiptNo.equals(e.getString("receiptNo"))) {
                lines.add(e);
            }
        }
        return lines;
    }

    @Test
    void twelve_identical_creations_at_once_all_succeed_and_make_one_petition() throws Exception {
        String no = RUN + "-NEW";
        LocalDateTime received = OfficeTime.minute().minusDays(2);
        List<HttpResponse<String>> answers = atOnce(no, java.util.Collections.nCopies(AT_ONCE, record(received, null)));

        assertThat(answers)
                .allSatisfy(r -> assertThat(r.statusCode()).as(r.body()).isIn(200, 201));
        assertThat(answers.stream().filter(r -> r.statusCode() == 201))
                .as("one creation")
                .hasSize(1);
        assertThat(answers)
                .allSatisfy(r -> assertThat(json(r).getString("receiptNo")).isEqualTo(no));
    }

    @Test
    void twelve_identical_completions_at_once_all_succeed_and_score_once() throws Exception {
        String no = RUN + "-DONE";
        LocalDateTime received = OfficeTime.minute().minusDays(3);
        assertThat(put(no, record(received, null)).statusCode()).isEqualTo(201);
        String completion = record(received, OfficeTime.minute().minusMinutes(5));

        List<HttpResponse<String>> answers = atOnce(no, java.util.Collections.nCopies(AT_ONCE, completion));

        assertThat(answers)
                .allSatisfy(r -> assertThat(r.statusCode()).as(r.body()).isEqualTo(200));
        assertThat(answers)
                .allSatisfy(r -> assertThat(json(r).getString("status")).isEqualTo("COMPLETED"));
        assertThat(answers.stream().filter(r -> json(r).getString("result").equals("UPDATED")))
                .as("one writer changed the record, the others found it stored")
                .hasSize(1);
        List<JsonObject> lines = ledgerLines(no);
        assertThat(lines).as("ledger lines of the petition").hasSize(1);
        assertThat(lines.get(0).getString("kind")).isEqualTo("AWARD");
    }

    @Test
    void a_different_record_written_at_the_same_moment_answers_409_with_a_problem() throws Exception {
        // Two different completions released together: whichever commits first wins; the other either lost the race
        // (409) or came after it (200, a later change). A few rounds make sure the race itself was seen.
        int raced = 0;
        for (int round = 0; round < 8 && raced == 0; round++) {
            String no = RUN + "-X" + round;
            LocalDateTime received = OfficeTime.minute().minusDays(3);
            assertThat(put(no, record(received, null)).statusCode()).isEqualTo(201);
            String a = record(received, OfficeTime.minute().minusMinutes(30));
            String b = record(received, OfficeTime.minute().minusMinutes(10));

            List<HttpResponse<String>> answers = atOnce(no, List.of(a, b));

            assertThat(answers)
                    .allSatisfy(r -> assertThat(r.statusCode()).as(r.body()).isIn(200, 409));
            assertThat(answers).anySatisfy(r -> assertThat(r.statusCode()).isEqualTo(200));
            for (HttpResponse<String> r : answers) {
                if (r.statusCode() == 409) {
                    raced++;
                    assertThat(r.headers().firstValue("Content-Type"))
                            .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
                    assertThat(json(r).getString("detail"))
                            .contains(no)
                            .contains("동시에")
                            .contains("다릅니다");
                }
            }
            List<JsonObject> awards = ledgerLines(no).stream()
                    .filter(e -> e.getString("kind").equals("AWARD"))
                    .toList();
            List<JsonObject> reversals = ledgerLines(no).stream()
                    .filter(e -> e.getString("kind").equals("REVERSAL"))
                    .toList();
            assertThat(awards.size() - reversals.size()).as("one live award").isEqualTo(1);
        }
        assertThat(raced)
                .as("a 409 in %d rounds of two different records at once", 8)
                .isGreaterThan(0);
    }
}
