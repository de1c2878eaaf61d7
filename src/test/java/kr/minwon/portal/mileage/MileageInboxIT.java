package kr.minwon.portal.mileage;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kr.minwon.portal.testing.DemoUser;
import kr.minwon.portal.testing.OfficeTime;
import kr.minwon.portal.testing.PortalSession;
import org.junit.jupiter.api.Test;

/**
 * Issue 18 (1): an employee hears of his points in the inbox — a penalty, a manager's adjustment, a correction that
 * moves points, the tier won when a period closes — one message each, with the ledger line's explanation, and never
 * a second one when the same thing is scored, posted or written again.
 */
class MileageInboxIT {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
    private static final Pattern CORRECTION_LINK = Pattern.compile("corrections\\.xhtml\\?id=(\\d+)");
    private static final String RUN =
            "MI" + Long.toString(System.currentTimeMillis() % 10_000_000, 36).toUpperCase();

    private static HttpResponse<String> api(String method, String path, String json) {
        return PortalSession.api(
                method, path, "application/json", json == null ? null : json.getBytes(StandardCharsets.UTF_8));
    }

    private static JsonObject json(HttpResponse<String> r) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return Json.createReader(new StringReader(r.body())).readObject();
    }

    private static HttpResponse<String> put(
            String no, String type, String handler, LocalDateTime received, LocalDateTime approved) {
        String body = "{\"typeCode\":\"" + type + "\",\"receivedAt\":\"" + MINUTES.format(received)
                + "\",\"handlerNo\":\"" + handler + "\",\"channel\":\"ONLINE\",\"resident\":\"IN\""
                + (approved == null
                        ? ""
                        : ",\"approvedAt\":\"" + MINUTES.format(approved) + "\",\"outcome\":\"GRANTED\"")
                + "}";
        return api("PUT", "/api/v1/petitions/" + no, body);
    }

    /** The person's MILEAGE inbox messages that mention {@code text}. */
    private static List<JsonObject> news(String employeeNo, String text) {
        List<JsonObject> out = new ArrayList<>();
        for (JsonValue v : json(api("GET", "/api/v1/staff/" + employeeNo + "/notices?size=500", null))
                .getJsonArray("items")) {
            JsonObject m = v.asJsonObject();
            if ("MILEAGE".equals(m.getString("kind"))
                    && (m.getString("title").contains(text)
                            || m.getString("body").contains(text))) {
                out.add(m);
            }
        }
        return out;
    }

    /**
     * The person's ledger lines of a petition, in the period of {@code day} and the current one (a line dated in a
     * closed period counts in the open one).
     */
    private static List<JsonObject> ledger(String employeeNo, String receiptNo, LocalDate day) {
        List<JsonObject> lines = new ArrayList<>();
        for (String period : new java.util.LinkedHashSet<>(List.of(quarterOf(day), quarterOf(OfficeTime.today())))) {
            for (JsonValue v : json(api("GET", "/api/v1/staff/" + employeeNo + "/mileage?period=" + period, null))
                    .getJsonArray("entries")) {
                JsonObject e = v.asJsonObject();
                if (e.containsKey("receiptNo")
                        && !e.isNull("receiptNo")
                        && receiptNo.equals(e.getString("receiptNo"))) {
                    lines.add(e);
                }
            }
        }
        return lines;
    }

    private static String quarterOf(LocalDate day) {
        return day.getYear() + "-Q" + ((day.getMonthValue() - 1) / 3 + 1);
    }

    private static LocalDate mondayAfter(LocalDate day) {
        LocalDate d = day;
        while (d.getDayOfWeek() != DayOfWeek.MONDAY) {
            d = d.plusDays(1);
        }
        return d;
    }

    @Test
    void a_penalty_is_news_once_however_often_the_petition_is_scored_again() {
        String no = RUN + "-LATE";
        // 여권 발급 (8 working days) received five weeks ago, completed last week: late, a penalty for 900001.
        LocalDate received = mondayAfter(OfficeTime.today().minusDays(42));
        LocalDateTime receivedAt = received.atTime(10, 0);
        LocalDateTime approvedAt = received.plusDays(30).atTime(15, 0);
        assertThat(put(no, "C0006", "900001", receivedAt, approvedAt).statusCode())
                .isEqualTo(201);
        List<JsonObject> penalty = ledger("900001", no, approvedAt.toLocalDate());
        assertThat(penalty).extracting(e -> e.getString("kind")).containsExactly("PENALTY");
        String explanation = penalty.get(0).getString("explanation");

        List<JsonObject> news = news("900001", no);
        assertThat(news).as("one message").hasSize(1);
        assertThat(news.get(0).getString("title")).contains("감점").contains(no);
        assertThat(news.get(0).getString("body")).contains(explanation);
        assertThat(news.get(0).getString("link")).isEqualTo("/mileage/mine.xhtml");

        // The same facts again, then reopened and completed again the same way: the ledger reverses and re-scores,
        // the person is not told twice of the same penalty.
        assertThat(put(no, "C0006", "900001", receivedAt, approvedAt).statusCode())
                .isEqualTo(200);
        assertThat(put(no, "C0006", "900001", receivedAt, null).statusCode()).isEqualTo(200);
        assertThat(put(no, "C0006", "900001", receivedAt, approvedAt).statusCode())
                .isEqualTo(200);
        assertThat(ledger("900001", no, approvedAt.toLocalDate()))
                .extracting(e -> e.getString("kind"))
                .containsExactlyInAnyOrder("PENALTY", "REVERSAL", "PENALTY");
        assertThat(news("900001", no)).as("still one message").hasSize(1);
    }

    @Test
    void a_managers_adjustment_is_news_once_with_its_reason() {
        String reason = "친절 가점 " + RUN;
        PortalSession manager = PortalSession.signedIn(DemoUser.MANAGER);
        String path = "/mileage/adjust.xhtml";
        String page = manager.get(path).body();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("adjustForm:person_input", "900001");
        fields.put("adjustForm:person_hinput", "900001");
        fields.put("adjustForm:points_input", "1.5");
        fields.put("adjustForm:points_hinput", "1.5");
        fields.put("adjustForm:reason", reason);
        fields.put("adjustForm:save", "");
        HttpResponse<String> saved = manager.submit(path, page, "adjustForm", fields);
        assertThat(saved.statusCode()).as(saved.body()).isIn(200, 302, 303);

        List<JsonObject> news = news("900001", reason);
        assertThat(news).as("one message for one adjustment").hasSize(1);
        assertThat(news.get(0).getString("title")).contains("+1.5");
        assertThat(news.get(0).getString("body")).contains("조정: " + reason);
        // Read again (the notice run has come and gone meanwhile): still the one message for the one line.
        assertThat(news("900001", reason)).hasSize(1);
    }

    @Test
    void a_correction_that_moves_points_tells_each_person_it_moved_once() {
        String no = RUN + "-HAND";
        LocalDateTime approved = OfficeTime.minute().minusHours(1);
        LocalDateTime received = OfficeTime.minute().minusDays(3);
        assertThat(put(no, "G0002", "900001", received, approved).statusCode()).isEqualTo(201);
        assertThat(news("900001", no)).as("an award is no news").isEmpty();

        PortalSession employee = PortalSession.signedIn(DemoUser.EMPLOYEE);
        String path = "/petitions/correction.xhtml?no=" + no;
        String page = employee.get(path).body();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("requestForm:handlerNo", "900002");
        fields.put("requestForm:reason", "담당자를 잘못 입력함 " + RUN);
        fields.put("requestForm:send", "");
        assertThat(employee.submit(path, page, "requestForm", fields).statusCode())
                .isIn(302, 303);
        Matcher m = CORRECTION_LINK.matcher(
                employee.get("/petitions/detail.xhtml?no=" + no).body());
        long id = -1;
        while (m.find()) {
            id = Math.max(id, Long.parseLong(m.group(1)));
        }
        assertThat(id).isPositive();

        PortalSession head = PortalSession.signedIn(DemoUser.HEAD);
        String decide = "/petitions/corrections.xhtml?id=" + id;
        HttpResponse<String> ok = head.submit(
                decide,
                head.get(decide).body(),
                "decideForm",
                Map.of("decideForm:note", "확인함", "decideForm:approve", ""));
        assertThat(ok.body()).contains("승인됨");

        List<JsonObject> lost = news("900001", no);
        List<JsonObject> got = news("900002", no);
        assertThat(lost).as("the old handler, once").hasSize(1);
        assertThat(got).as("the new handler, once").hasSize(1);
        assertThat(lost.get(0).getString("title")).contains("정정").contains("→ 0점");
        assertThat(lost.get(0).getString("body")).contains("정정 #" + id);
        JsonObject award = ledger("900002", no, approved.toLocalDate()).get(0);
        assertThat(got.get(0).getString("body")).contains(award.getString("explanation"));

        // The core system sends the corrected record again: nothing changes, nobody is told again.
        assertThat(put(no, "G0002", "900002", received, approved).statusCode()).isEqualTo(200);
        assertThat(news("900001", no)).hasSize(1);
        assertThat(news("900002", no)).hasSize(1);
    }

    @Test
    void the_tier_won_at_a_periods_close_is_news_once() {
        // The oldest of the quarters the periods page offers: no demo data there, so this petition's award wins.
        LocalDate today = OfficeTime.today();
        LocalDate start = today.withDayOfMonth(1).withMonth((today.getMonthValue() - 1) / 3 * 3 + 1);
        LocalDate quarterStart = start.minusMonths(21);
        String key = quarterOf(quarterStart);
        String no = RUN + "-TIER";
        LocalDate received = mondayAfter(quarterStart.plusMonths(1));
        assertThat(put(
                                no,
                                "C0006",
                                "900001",
                                received.atTime(10, 0),
                                received.plusDays(1).atTime(15, 0))
                        .statusCode())
                .isEqualTo(201);

        PortalSession auditor = PortalSession.signedIn(DemoUser.AUDITOR);
        String path = "/mileage/periods.xhtml?period=" + key;
        String page = auditor.get(path).body();
        assertThat(page).as("closable for the auditor").contains("periodsForm:closePeriod");
        HttpResponse<String> closed = auditor.submit(path, page, "periodsForm", Map.of("periodsForm:closePeriod", ""));
        assertThat(closed.statusCode()).as(closed.body()).isEqualTo(200);

        JsonObject ranking = json(api("GET", "/api/v1/mileage/rankings?period=" + key, null));
        assertThat(ranking.getBoolean("closed")).isTrue();
        List<JsonObject> winners = ranking.getJsonArray("rows").stream()
                .map(JsonValue::asJsonObject)
                .filter(r -> r.containsKey("tier") && !r.isNull("tier"))
                .toList();
        assertThat(winners).extracting(r -> r.getString("employeeNo")).contains("900001");
        for (JsonObject w : winners) {
            List<JsonObject> told = news(w.getString("employeeNo"), key + " 마일리지 수상");
            assertThat(told).as("one message for " + w.getString("employeeNo")).hasSize(1);
            assertThat(told.get(0).getString("title")).contains(w.getString("tier"));
        }

        // Closing it again is refused and tells nobody anything new.
        String again = auditor.get(path).body();
        assertThat(again).doesNotContain("periodsForm:closePeriod");
        assertThat(news("900001", key + " 마일리지 수상")).hasSize(1);
    }

    @Test
    void everyone_can_read_how_points_are_computed_from_the_rules_in_force() {
        PortalSession employee = PortalSession.signedIn(DemoUser.EMPLOYEE);
        assertThat(employee.get("/mileage/mine.xhtml").body()).contains("/mileage/how.xhtml");
        HttpResponse<String> how = employee.get("/mileage/how.xhtml");
        assertThat(how.statusCode()).isEqualTo(200);
        assertThat(how.body())
                .contains("id=\"ruleSetInForce\"")
                .contains("id=\"bandsTable\"")
                .contains("id=\"penaltiesTable\"")
                .contains("id=\"adjustmentsTable\"")
                .contains("id=\"examplesTable\"")
                .contains("민원 처리에 관한 법률")
                // 법정 7일, 3일 만에 처리, scored by the rules in force (the default's 7–13 band: 1 per 2 days)
                .contains("법정 7일, 3일 만에 처리 →");
    }
}
