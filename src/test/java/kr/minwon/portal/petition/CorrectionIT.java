package kr.minwon.portal.petition;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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
 * Issue 13's corrections through the running portal: the handler asks on "정정 요청" to hand a completed petition to
 * his team leader; neither the one who asked nor the new handler may approve it; the head of the department does,
 * and the ledger reverses the old score and writes the new one naming both, with audit rows for request and
 * decision. A refused correction changes nothing and keeps its history.
 */
class CorrectionIT {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
    private static final DateTimeFormatter PICKER = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final String RUN =
            "CO" + Long.toString(System.currentTimeMillis() % 10_000_000, 36).toUpperCase();
    private static final Pattern CORRECTION_LINK = Pattern.compile("corrections\\.xhtml\\?id=(\\d+)");

    private static HttpResponse<String> api(String method, String path, String json) {
        return PortalSession.api(
                method, path, "application/json", json == null ? null : json.getBytes(StandardCharsets.UTF_8));
    }

    private static JsonObject json(HttpResponse<String> r) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return Json.createReader(new StringReader(r.body())).readObject();
    }

    private static LocalDateTime now() {
        return OfficeTime.minute();
    }

    private static String completed(String suffix, LocalDateTime received, LocalDateTime approved) {
        String no = RUN + "-" + suffix;
        HttpResponse<String> r = api(
                "PUT",
                "/api/v1/petitions/" + no,
                "{\"typeCode\":\"G0002\",\"receivedAt\":\""
                        + MINUTES.format(received)
                        + "\",\"handlerNo\":\"900001\",\"channel\":\"ONLINE\",\"approvedAt\":\""
                        + MINUTES.format(approved) + "\",\"outcome\":\"GRANTED\"}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return no;
    }

    /** Asks for a correction on the petition's "정정 요청" page; returns the new correction's id. */
    private static long request(PortalSession s, String no, Map<String, String> change, String reason) {
        String path = "/petitions/correction.xhtml?no=" + no;
        HttpResponse<String> page = s.get(path);
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        Map<String, String> fields = new LinkedHashMap<>(change);
        fields.put("requestForm:reason", reason);
        fields.put("requestForm:send", "");
        HttpResponse<String> sent = s.submit(path, page.body(), "requestForm", fields);
        assertThat(sent.statusCode()).as(sent.body()).isIn(302, 303);
        Matcher m = CORRECTION_LINK.matcher(
                s.get("/petitions/detail.xhtml?no=" + no).body());
        long id = -1;
        while (m.find()) {
            id = Math.max(id, Long.parseLong(m.group(1)));
        }
        assertThat(id).as("the correction is listed on the petition").isPositive();
        return id;
    }

    private static HttpResponse<String> decide(PortalSession s, long id, String button, String note) {
        String path = "/petitions/corrections.xhtml?id=" + id;
        String page = s.get(path).body();
        return s.submit(path, page, "decideForm", Map.of("decideForm:note", note, "decideForm:" + button, ""));
    }

    private static List<JsonObject> ledger(String employeeNo, String receiptNo, LocalDateTime day) {
        String period = day.getYear() + "-Q" + ((day.getMonthValue() - 1) / 3 + 1);
        List<JsonObject> lines = new ArrayList<>();
        for (JsonValue v : json(api("GET", "/api/v1/staff/" + employeeNo + "/mileage?period=" + period, null))
                .getJsonArray("entries")) {
            JsonObject e = v.asJsonObject();
            if (e.containsKey("receiptNo") && !e.isNull("receiptNo") && receiptNo.equals(e.getString("receiptNo"))) {
                lines.add(e);
            }
        }
        return lines;
    }

    @Test
    void a_correction_is_approved_by_someone_it_does_not_score_and_the_ledger_names_requester_and_approver() {
        LocalDateTime approved = now().minusHours(1);
        String no = completed("HAND", now().minusDays(3), approved);
        assertThat(ledger("900001", no, approved))
                .extracting(e -> e.getString("kind"))
                .containsExactly("AWARD");

        PortalSession employee = PortalSession.signedIn(DemoUser.EMPLOYEE);
        // A direct change of a received record is no longer offered: the edit form sends to the correction page.
        HttpResponse<String> edit = employee.get("/petitions/new.xhtml?no=" + no);
        assertThat(PortalSession.location(edit)).contains("/petitions/correction.xhtml?no=" + no);

        long id = request(employee, no, Map.of("requestForm:handlerNo", "900002"), "담당자를 잘못 입력함 " + RUN);
        assertThat(json(api("GET", "/api/v1/petitions/" + no, null)).getString("handlerNo"))
                .as("nothing changes yet")
                .isEqualTo("900001");

        // The one who asked, and the new handler (the team leader), may not decide it.
        HttpResponse<String> own = decide(employee, id, "approve", "");
        assertThat(own.body()).contains("정정을 요청한 사람은 그 정정을 승인하거나 반려할 수 없습니다").doesNotContain("decideForm:approve");
        PortalSession manager = PortalSession.signedIn(DemoUser.MANAGER);
        HttpResponse<String> scored = decide(manager, id, "approve", "");
        assertThat(scored.body()).contains("마일리지가 달라지는 담당자").doesNotContain("decideForm:approve");
        assertThat(json(api("GET", "/api/v1/petitions/" + no, null)).getString("handlerNo"))
                .isEqualTo("900001");
        assertThat(ledger("900001", no, approved)).as("no ledger change").hasSize(1);

        // The head of the department approves: applied, the old score reversed, the new one for the new handler.
        PortalSession head = PortalSession.signedIn(DemoUser.HEAD);
        assertThat(head.get("/petitions/corrections.xhtml").body())
                .as("listed for him")
                .contains("corrections.xhtml?id=" + id);
        HttpResponse<String> ok = decide(head, id, "approve", "확인함");
        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
        assertThat(ok.body()).contains("승인됨");
        assertThat(json(api("GET", "/api/v1/petitions/" + no, null)).getString("handlerNo"))
                .isEqualTo("900002");

        List<JsonObject> before = ledger("900001", no, approved);
        assertThat(before).extracting(e -> e.getString("kind")).containsExactlyInAnyOrder("AWARD", "REVERSAL");
        JsonObject reversal = before.stream()
                .filter(e -> e.getString("kind").equals("REVERSAL"))
                .findFirst()
                .orElseThrow();
        assertThat(reversal.getString("explanation"))
                .contains("정정 #" + id)
                .contains("요청 demo.employee")
                .contains("승인 demo.head");
        List<JsonObject> after = ledger("900002", no, approved);
        assertThat(after).extracting(e -> e.getString("kind")).containsExactly("AWARD");
        assertThat(after.get(0).getString("explanation"))
                .contains("요청 demo.employee")
                .contains("승인 demo.head");

        String audit =
                PortalSession.signedIn(DemoUser.AUDITOR).get("/audit/log.xhtml").body();
        assertThat(audit)
                .contains("CORRECTION_REQUESTED")
                .contains("CORRECTION_APPROVED")
                .contains("정정 #" + id);
    }

    @Test
    void a_refused_correction_changes_nothing_and_keeps_its_history() {
        LocalDateTime received = now().minusDays(3);
        LocalDateTime approved = now().minusHours(1);
        String no = completed("STOP", received, approved);
        PortalSession manager = PortalSession.signedIn(DemoUser.MANAGER);
        Map<String, String> stop = new LinkedHashMap<>();
        stop.put("requestForm:stopReason_input", "SUPPLEMENT");
        stop.put("requestForm:stopStartedAt_input", PICKER.format(received.plusHours(1)));
        stop.put("requestForm:stopEndedAt_input", PICKER.format(received.plusDays(1)));
        long id = request(manager, no, stop, "보완 요청을 빠뜨림 " + RUN);

        PortalSession head = PortalSession.signedIn(DemoUser.HEAD);
        HttpResponse<String> noReason = decide(head, id, "refuse", "");
        assertThat(noReason.body()).contains("반려 사유를 적어야 합니다");
        HttpResponse<String> refused = decide(head, id, "refuse", "증빙 없음");
        assertThat(refused.body()).contains("반려됨").contains("증빙 없음");
        assertThat(json(api("GET", "/api/v1/petitions/" + no, null)).getJsonArray("stops"))
                .as("nothing applied")
                .isEmpty();
        assertThat(ledger("900001", no, approved))
                .extracting(e -> e.getString("kind"))
                .containsExactly("AWARD");
        assertThat(head.get("/petitions/detail.xhtml?no=" + no).body())
                .contains("반려됨")
                .contains("보완 요청을 빠뜨림 " + RUN);
        assertThat(PortalSession.signedIn(DemoUser.AUDITOR)
                        .get("/audit/log.xhtml")
                        .body())
                .contains("CORRECTION_REFUSED");
    }
}
