package kr.minwon.portal.petition;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import kr.minwon.portal.testing.DemoUser;
import kr.minwon.portal.testing.OfficeTime;
import kr.minwon.portal.testing.PortalSession;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, "facts from the right people" and "API writes take API keys only", through the running portal: each
 * refusal answers with a Korean message (screens) or a 4xx problem document (API), and the record is unchanged
 * afterwards.
 */
class FactsIT {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
    private static final DateTimeFormatter PICKER = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final String RUN =
            "FX" + Long.toString(System.currentTimeMillis() % 10_000_000, 36).toUpperCase();

    private static HttpResponse<String> api(String method, String path, String json) {
        return PortalSession.api(
                method, path, "application/json", json == null ? null : json.getBytes(StandardCharsets.UTF_8));
    }

    private static JsonObject json(HttpResponse<String> r) {
        return Json.createReader(new StringReader(r.body())).readObject();
    }

    private static LocalDateTime now() {
        return OfficeTime.minute();
    }

    private static String at(LocalDateTime t) {
        return MINUTES.format(t);
    }

    private static String record(String type, LocalDateTime received, LocalDateTime approved) {
        return "{\"typeCode\":\"" + type + "\",\"receivedAt\":\"" + at(received)
                + "\",\"handlerNo\":\"900001\",\"channel\":\"ONLINE\""
                + (approved == null ? "" : ",\"approvedAt\":\"" + at(approved) + "\",\"outcome\":\"GRANTED\"") + "}";
    }

    private static String create(String suffix, String type, LocalDateTime received, LocalDateTime approved) {
        String no = RUN + "-" + suffix;
        HttpResponse<String> r = api("PUT", "/api/v1/petitions/" + no, record(type, received, approved));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return no;
    }

    private static JsonObject petition(String no) {
        HttpResponse<String> r = api("GET", "/api/v1/petitions/" + no, null);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return json(r);
    }

    private static void assertProblem(HttpResponse<String> r, int status, String field) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        if (field != null) {
            assertThat(r.body()).contains("\"field\":\"" + field + "\"");
        }
    }

    // ---------------------------------------------------------------- API keys only

    @Test
    void a_session_cookie_cannot_write_under_the_api_and_nothing_is_written() {
        String open = create("SESS", "G0006", now().minusHours(5), null);
        PortalSession employee = PortalSession.signedIn(DemoUser.EMPLOYEE);
        String mine = "/api/v1/petitions/" + RUN + "-SESS-NEW";

        HttpResponse<String> put = employee.send(HttpRequest.newBuilder(employee.uri(mine))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(record("G0006", now().minusHours(1), now()))));
        assertProblem(put, 403, null);
        assertThat(put.body()).contains("API 키");
        assertThat(api("GET", mine, null).statusCode()).as("nothing created").isEqualTo(404);

        HttpResponse<String> stop = employee.post(
                "/api/v1/petitions/" + open + "/stops",
                "application/json",
                "{\"reason\":\"SUPPLEMENT\",\"startedAt\":\"" + at(now().minusHours(4)) + "\"}");
        assertProblem(stop, 403, null);
        HttpResponse<String> extend = employee.post(
                "/api/v1/petitions/" + open + "/extensions", "application/json", "{\"amount\":1,\"reason\":\"x\"}");
        assertProblem(extend, 403, null);
        HttpResponse<String> delete = employee.send(HttpRequest.newBuilder(employee.uri("/api/v1/petitions/" + open))
                .DELETE());
        assertThat(delete.statusCode()).isEqualTo(403);
        JsonObject after = petition(open);
        assertThat(after.getJsonArray("stops")).isEmpty();
        assertThat(after.getJsonArray("extensions")).isEmpty();

        // A cross-site text/plain post to the imports while an admin is signed in: refused, nothing imported.
        PortalSession admin = PortalSession.signedIn(DemoUser.ADMIN);
        String csv = "receipt_no,type_code,received_at,handler_no\n" + RUN + "-CSRF,G0002,"
                + PICKER.format(now().minusHours(2)) + ",900001\n";
        for (String endpoint : new String[] {"/api/v1/imports/petitions", "/api/v1/imports/stops"}) {
            HttpResponse<String> r = admin.post(endpoint, "text/plain", csv);
            assertProblem(r, 403, null);
        }
        assertThat(api("GET", "/api/v1/petitions/" + RUN + "-CSRF", null).statusCode())
                .isEqualTo(404);

        // Reading with the session still works.
        assertThat(employee.get("/api/v1/petitions/" + open).statusCode()).isEqualTo(200);
    }

    // ---------------------------------------------------------------- the core system's facts

    @Test
    void the_core_system_stops_lie_between_receipt_and_approval_and_a_completed_petition_has_no_open_stop() {
        LocalDateTime received = now().minusDays(3);
        LocalDateTime approved = now().minusHours(2);
        String no = create("CSTOP", "G0002", received, approved);
        String stops = "/api/v1/petitions/" + no + "/stops";
        assertProblem(
                api(
                        "POST",
                        stops,
                        "{\"reason\":\"SUPPLEMENT\",\"startedAt\":\"" + at(received.minusHours(1)) + "\",\"endedAt\":\""
                                + at(received.plusHours(1)) + "\"}"),
                422,
                "startedAt");
        assertProblem(
                api(
                        "POST",
                        stops,
                        "{\"reason\":\"SUPPLEMENT\",\"startedAt\":\"" + at(approved.plusMinutes(30))
                                + "\",\"endedAt\":\"" + at(approved.plusMinutes(60)) + "\"}"),
                422,
                "startedAt");
        HttpResponse<String> open =
                api("POST", stops, "{\"reason\":\"SUPPLEMENT\",\"startedAt\":\"" + at(received.plusHours(1)) + "\"}");
        assertProblem(open, 422, "endedAt");
        assertThat(open.body()).contains("진행 중인 처리정지");
        JsonObject after = petition(no);
        assertThat(after.getJsonArray("stops")).as("nothing written").isEmpty();
        assertThat(after.getBoolean("onTime")).isTrue();

        // Within receipt..approval and closed: accepted.
        HttpResponse<String> ok = api(
                "POST",
                stops,
                "{\"reason\":\"SUPPLEMENT\",\"startedAt\":\"" + at(received.plusHours(1)) + "\",\"endedAt\":\""
                        + at(received.plusHours(3)) + "\"}");
        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(201);
    }

    @Test
    void a_stops_file_with_a_stop_left_open_on_a_completed_petition_is_refused_whole() {
        String done = create("FSTOP-D", "G0002", now().minusDays(3), now().minusHours(2));
        String open = create("FSTOP-O", "G0006", now().minusHours(6), null);
        String csv = "receipt_no,reason,started_at,ended_at\n"
                + open + ",보완," + PICKER.format(now().minusHours(5)) + ",\n"
                + done + ",보완," + PICKER.format(now().minusDays(2)) + ",\n";
        HttpResponse<String> r =
                PortalSession.api("POST", "/api/v1/imports/stops", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(422);
        assertThat(r.body()).contains("\"row\":3").contains("진행 중인 처리정지");
        assertThat(petition(open).getJsonArray("stops"))
                .as("the good row was not written either")
                .isEmpty();
        assertThat(petition(done).getJsonArray("stops")).isEmpty();
    }

    @Test
    void a_petitions_file_may_not_approve_a_petition_before_one_of_its_stops() {
        String no = create("FAPP", "G0006", now().minusDays(3), null);
        HttpResponse<String> stop = api(
                "POST",
                "/api/v1/petitions/" + no + "/stops",
                "{\"reason\":\"SUPPLEMENT\",\"startedAt\":\"" + at(now().minusHours(2)) + "\",\"endedAt\":\""
                        + at(now().minusHours(1)) + "\"}");
        assertThat(stop.statusCode()).as(stop.body()).isEqualTo(201);
        String csv = "receipt_no,type_code,received_at,handler_no,channel,resident,approved_at,closed_at,outcome\n" + no
                + ",G0006," + PICKER.format(now().minusDays(3)) + ",900001,ONLINE,IN,"
                + PICKER.format(now().minusHours(3)) + ",,GRANTED\n";
        HttpResponse<String> r = PortalSession.api(
                "POST", "/api/v1/imports/petitions", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(422);
        assertThat(r.body()).contains("접수와 결재 사이에 있지 않습니다");
        assertThat(petition(no).isNull("approvedAt") || !petition(no).containsKey("approvedAt"))
                .as("still open")
                .isTrue();
        assertProblem(
                api("PUT", "/api/v1/petitions/" + no, record("G0006", now().minusDays(3), now().minusHours(3))),
                422,
                "approvedAt");
    }

    @Test
    void an_extension_is_decided_between_receipt_and_now_and_before_the_deadline_then_in_force() {
        // G0006 is 10 working days: received 30 days ago, its deadline has long passed.
        LocalDateTime received = now().minusDays(30);
        String late = create("EXT-LATE", "G0006", received, null);
        String path = "/api/v1/petitions/" + late + "/extensions";
        assertProblem(api("POST", path, "{\"amount\":1,\"reason\":\"뒤늦은 연장\"}"), 422, "decidedAt");
        assertProblem(
                api("POST", path, "{\"amount\":1,\"reason\":\"미래\",\"decidedAt\":\"" + at(now().plusDays(1)) + "\"}"),
                422,
                "decidedAt");
        assertProblem(
                api(
                        "POST",
                        path,
                        "{\"amount\":1,\"reason\":\"접수 전\",\"decidedAt\":\"" + at(received.minusHours(1)) + "\"}"),
                422,
                "decidedAt");
        HttpResponse<String> afterDeadline = api(
                "POST", path, "{\"amount\":1,\"reason\":\"기한 뒤\",\"decidedAt\":\"" + at(now().minusDays(1)) + "\"}");
        assertProblem(afterDeadline, 422, "decidedAt");
        assertThat(afterDeadline.body()).contains("처리기한");
        assertThat(petition(late).getJsonArray("extensions"))
                .as("nothing written")
                .isEmpty();

        // Decided in time (the day after receipt), back-filled: accepted, and said so.
        HttpResponse<String> ok = api(
                "POST",
                path,
                "{\"amount\":1,\"reason\":\"현장 확인\",\"decidedAt\":\"" + at(received.plusHours(2)) + "\"}");
        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(201);
        assertThat(json(ok).getJsonArray("extensions").getJsonObject(0).getString("decidedAt"))
                .isEqualTo(at(received.plusHours(2)));
    }

    // ---------------------------------------------------------------- staff screens record what happens now

    @Test
    void staff_may_not_back_date_a_stop_on_the_detail_page() {
        String no = create("BACK", "G0006", now().minusDays(10), null);
        PortalSession employee = PortalSession.signedIn(DemoUser.EMPLOYEE);
        String path = "/petitions/detail.xhtml?no=" + no;
        String page = employee.get(path).body();
        HttpResponse<String> opened = employee.submit(path, page, "actionForm", Map.of("actionForm:openStop", ""));
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(200);
        assertThat(opened.body()).contains("actionForm:stopStartedAt");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("actionForm:stopReason_input", "SUPPLEMENT");
        fields.put("actionForm:stopStartedAt_input", PICKER.format(now().minusDays(8)));
        fields.put("actionForm:stopNote", "소급 정지 시도");
        fields.put("actionForm:stopSave", "");
        HttpResponse<String> saved = employee.submit(path, opened.body(), "actionForm", fields);
        assertThat(saved.body()).contains("처리정지 시작은 직전 근무일 시작(").contains("정정 요청");
        assertThat(petition(no).getJsonArray("stops")).as("nothing written").isEmpty();
    }

    @Test
    void staff_register_petitions_only_for_themselves_or_the_units_they_lead() {
        PortalSession employee = PortalSession.signedIn(DemoUser.EMPLOYEE);
        HttpResponse<String> refused = register(employee, RUN + "-NEW-1", "900003", now().minusMinutes(10));
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("자기 자신이나 자기가 이끄는 팀·부서 직원의 민원만 등록할 수 있습니다");
        assertThat(api("GET", "/api/v1/petitions/" + RUN + "-NEW-1", null).statusCode())
                .as("nothing written")
                .isEqualTo(404);

        HttpResponse<String> backDated = register(employee, RUN + "-NEW-2", "900001", now().minusDays(10));
        assertThat(backDated.body()).contains("직전 근무일 시작(");
        assertThat(api("GET", "/api/v1/petitions/" + RUN + "-NEW-2", null).statusCode())
                .isEqualTo(404);

        // The team leader registers one for his team member: accepted.
        PortalSession manager = PortalSession.signedIn(DemoUser.MANAGER);
        HttpResponse<String> ok = register(manager, RUN + "-NEW-3", "900001", now().minusMinutes(10));
        assertThat(ok.statusCode()).as(ok.body()).isIn(302, 303);
        assertThat(petition(RUN + "-NEW-3").getString("handlerNo")).isEqualTo("900001");
    }

    private static HttpResponse<String> register(PortalSession s, String no, String handlerNo, LocalDateTime received) {
        String page = s.get("/petitions/new.xhtml").body();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("petitionForm:receiptNo", no);
        fields.put("petitionForm:typeCode_input", "G0006");
        fields.put("petitionForm:receivedAt_input", PICKER.format(received));
        fields.put("petitionForm:handlerNo", handlerNo);
        fields.put("petitionForm:channel_input", "COUNTER");
        fields.put("petitionForm:resident_input", "IN");
        fields.put("petitionForm:save", "");
        return s.submit("/petitions/new.xhtml", page, "petitionForm", fields);
    }
}
