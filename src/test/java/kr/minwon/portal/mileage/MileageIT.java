package kr.minwon.portal.mileage;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import kr.minwon.portal.testing.DemoUser;
import kr.minwon.portal.testing.OfficeTime;
import kr.minwon.portal.testing.PortalSession;
import org.junit.jupiter.api.Test;

/**
 * The mileage ledger through the running portal: one score per petition however often and however concurrently its
 * completion arrives, reversal and re-scoring when the approval changes, frozen standings of a closed period, and
 * nobody reading another employee's entries.
 */
class MileageIT {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
    private static final String RUN =
            "MI" + Long.toString(System.currentTimeMillis() % 10_000_000, 36).toUpperCase();

    private static HttpResponse<String> call(String method, String path, String json) {
        return PortalSession.api(
                method, path, "application/json", json == null ? null : json.getBytes(StandardCharsets.UTF_8));
    }

    private static JsonObject json(HttpResponse<String> r) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return Json.createReader(new StringReader(r.body())).readObject();
    }

    private static String at(LocalDateTime t) {
        return MINUTES.format(t);
    }

    private static LocalDateTime now() {
        return OfficeTime.minute();
    }

    /** The quarter before the office's current one: the demo office closes it when it is seeded. */
    private static LocalDate lastQuarterStart() {
        LocalDate today = OfficeTime.today();
        return LocalDate.of(today.getYear(), (today.getMonthValue() - 1) / 3 * 3 + 1, 1)
                .minusMonths(3);
    }

    private static String quarterOf(LocalDate day) {
        return day.getYear() + "-Q" + ((day.getMonthValue() - 1) / 3 + 1);
    }

    private static String record(LocalDateTime received, LocalDateTime approved) {
        return "{\"typeCode\":\"G0002\",\"receivedAt\":\"" + at(received)
                + "\",\"handlerNo\":\"900001\",\"channel\":\"ONLINE\""
                + (approved == null ? "" : ",\"approvedAt\":\"" + at(approved) + "\",\"outcome\":\"GRANTED\"") + "}";
    }

    /** The ledger lines of one petition for 900001 in the periods of the given days (a quarter boundary may fall between). */
    private static List<JsonObject> linesOf(String receiptNo, LocalDateTime... days) {
        Map<String, JsonObject> lines = new LinkedHashMap<>();
        for (LocalDateTime day : days) {
            String period = quarterOf(day.toLocalDate());
            for (JsonValue v : json(call("GET", "/api/v1/staff/900001/mileage?period=" + period, null))
                    .getJsonArray("entries")) {
                JsonObject e = v.asJsonObject();
                if (receiptNo.equals(e.isNull("receiptNo") ? null : e.getString("receiptNo"))) {
                    lines.put(e.getString("createdAt") + e.getString("kind") + e.get("points"), e);
                }
            }
        }
        return new ArrayList<>(lines.values());
    }

    @Test
    void the_same_completion_twice_and_at_once_scores_once() throws Exception {
        String path = "/api/v1/petitions/" + RUN + "-ONCE";
        LocalDateTime received = now().minusDays(3);
        assertThat(call("PUT", path, record(received, null)).statusCode()).isEqualTo(201);
        String completion = record(received, now().minusMinutes(5));
        CompletableFuture<HttpResponse<String>> a = CompletableFuture.supplyAsync(() -> call("PUT", path, completion));
        CompletableFuture<HttpResponse<String>> b = CompletableFuture.supplyAsync(() -> call("PUT", path, completion));
        // One of two racing writers may lose the optimistic lock (409); neither may write a second score.
        assertThat(List.of(a.get().statusCode(), b.get().statusCode()))
                .contains(200)
                .allMatch(s -> s == 200 || s == 409);
        assertThat(call("PUT", path, completion).statusCode()).isEqualTo(200);

        List<JsonObject> lines = linesOf(RUN + "-ONCE", now());
        assertThat(lines).as("ledger lines of the petition").hasSize(1);
        assertThat(lines.get(0).getString("kind")).isEqualTo("AWARD");
        assertThat(lines.get(0).getString("explanation")).contains("법정 7일");
    }

    @Test
    void a_changed_approval_time_reverses_the_old_score_and_writes_a_new_one() {
        String no = RUN + "-AGAIN";
        String path = "/api/v1/petitions/" + no;
        LocalDateTime received = now().minusDays(6);
        LocalDateTime first = now().minusDays(4);
        LocalDateTime second = now().minusDays(1);
        assertThat(call("PUT", path, record(received, first)).statusCode()).isEqualTo(201);
        assertThat(call("PUT", path, record(received, second)).statusCode()).isEqualTo(200);

        List<String> kinds =
                linesOf(no, first, now()).stream().map(e -> e.getString("kind")).toList();
        assertThat(kinds).containsExactlyInAnyOrder("AWARD", "REVERSAL", "AWARD");
        double sum = linesOf(no, first, now()).stream()
                .mapToDouble(e -> e.getJsonNumber("points").doubleValue())
                .sum();
        JsonObject last = linesOf(no, first, now()).stream()
                .filter(e -> e.getString("kind").equals("AWARD"))
                .filter(e -> e.getString("earnedOn").equals(second.toLocalDate().toString()))
                .findFirst()
                .orElseThrow();
        assertThat(sum)
                .as("the reversal cancels the first award exactly")
                .isEqualTo(last.getJsonNumber("points").doubleValue());
    }

    @Test
    void a_closed_period_keeps_its_standings_when_a_petition_in_it_is_corrected() {
        LocalDate quarter = lastQuarterStart();
        String period = quarterOf(quarter);
        JsonArray before = json(call("GET", "/api/v1/mileage/rankings?period=" + period + "&size=500", null))
                .getJsonArray("rows");
        assertThat(json(call("GET", "/api/v1/mileage/rankings?period=" + period + "&size=1", null))
                        .getBoolean("closed"))
                .as("the demo office closed " + period)
                .isTrue();

        JsonObject target = null;
        // Approved well inside the quarter, so that the corrected approval (a day earlier) stays in it; page on past
        // the 365 office's counter documents (issued in minutes), which fill whole pages of a recent quarter.
        for (int page = 0; target == null && page < 200; page++) {
            JsonArray items = json(call(
                            "GET",
                            "/api/v1/petitions?approvedFrom="
                                    + quarter.plusMonths(1).plusDays(2) + "&approvedTo="
                                    + quarter.plusMonths(3).minusDays(10) + "&status=COMPLETED&size=200&page="
                                    + page,
                            null))
                    .getJsonArray("items");
            if (items.isEmpty()) {
                break;
            }
            for (JsonValue v : items) {
                JsonObject p = v.asJsonObject();
                LocalDateTime received = LocalDateTime.parse(p.getString("receivedAt"));
                LocalDateTime approved = LocalDateTime.parse(p.getString("approvedAt"));
                if ("GRANTED".equals(p.getString("outcome", ""))
                        && p.getJsonNumber("legalDays").doubleValue() >= 2
                        && approved.minusDays(2).isAfter(received)) {
                    target = p;
                    break;
                }
            }
        }
        assertThat(target).as("a scored petition of the demo data in " + period).isNotNull();
        LocalDateTime approved = LocalDateTime.parse(target.getString("approvedAt"));
        String corrected = "{\"typeCode\":\"" + target.getString("typeCode") + "\",\"receivedAt\":\""
                + target.getString("receivedAt")
                + "\",\"handlerNo\":\"" + target.getString("handlerNo") + "\",\"departmentCode\":\""
                + target.getString("departmentCode")
                + "\",\"channel\":\"" + target.getString("channel") + "\",\"approvedAt\":\"" + at(approved.minusDays(1))
                + "\",\"outcome\":\"GRANTED\",\"compound\":" + target.getBoolean("compound")
                + (target.isNull("resident") ? "" : ",\"resident\":\"" + target.getString("resident") + "\"") + "}";
        HttpResponse<String> put = call("PUT", "/api/v1/petitions/" + target.getString("receiptNo"), corrected);
        assertThat(put.statusCode()).as(put.body()).isEqualTo(200);

        JsonArray after = json(call("GET", "/api/v1/mileage/rankings?period=" + period + "&size=500", null))
                .getJsonArray("rows");
        assertThat(after).as("frozen standings of the closed quarter").isEqualTo(before);
    }

    @Test
    void an_employee_cannot_read_another_employees_entries() {
        PortalSession employee = PortalSession.signedIn(DemoUser.EMPLOYEE);
        assertThat(employee.get("/api/v1/staff/900001/mileage").statusCode())
                .as("his own")
                .isEqualTo(200);
        assertThat(employee.get("/api/v1/staff/900002/mileage").statusCode())
                .as("his team leader's")
                .isEqualTo(403);
        assertThat(employee.get("/api/v1/staff/100001/mileage").statusCode())
                .as("anyone else's")
                .isEqualTo(403);
    }
}
