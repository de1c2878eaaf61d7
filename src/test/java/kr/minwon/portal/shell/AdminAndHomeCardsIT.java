package kr.minwon.portal.shell;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
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
 * Issue 18 (3, 5): planned notices name who they would go to now; admins land on /admin/; reviewers and managers see
 * their pending work on the home page, counted from the same data the lists show.
 */
class AdminAndHomeCardsIT {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
    private static final DateTimeFormatter PICKER = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final String RUN =
            "AH" + Long.toString(System.currentTimeMillis() % 10_000_000, 36).toUpperCase();

    private static HttpResponse<String> put(String no, String type, LocalDateTime received, LocalDateTime approved) {
        String body = "{\"typeCode\":\"" + type + "\",\"receivedAt\":\"" + MINUTES.format(received)
                + "\",\"handlerNo\":\"900001\",\"channel\":\"ONLINE\""
                + (approved == null
                        ? ""
                        : ",\"approvedAt\":\"" + MINUTES.format(approved) + "\",\"outcome\":\"GRANTED\"")
                + "}";
        return PortalSession.api(
                "PUT", "/api/v1/petitions/" + no, "application/json", body.getBytes(StandardCharsets.UTF_8));
    }

    private static long figure(String html, String id) {
        Matcher m = Pattern.compile("id=\"" + id + "\"[^>]*>\\s*(\\d+)").matcher(html);
        assertThat(m.find()).as(id + " on the page").isTrue();
        return Long.parseLong(m.group(1));
    }

    @Test
    void admins_land_on_the_admin_page_and_nobody_else_may() {
        HttpResponse<String> admin = PortalSession.signedIn(DemoUser.ADMIN).get("/admin/");
        assertThat(admin.statusCode()).as(admin.body()).isEqualTo(200);
        assertThat(admin.body())
                .contains("id=\"adminTasks\"")
                .contains("/staff/employees.xhtml")
                .contains("/notices/policy.xhtml")
                .contains("/mileage/rules.xhtml")
                .contains("/security/apikeys.xhtml")
                .contains("직원을 등록하고");
        for (DemoUser other : List.of(DemoUser.EMPLOYEE, DemoUser.MANAGER, DemoUser.AUDITOR, DemoUser.REVIEWER)) {
            assertThat(PortalSession.signedIn(other).get("/admin/").statusCode())
                    .as(other.name())
                    .isEqualTo(403);
        }
        // The old addresses still move on permanently.
        assertThat(PortalSession.signedIn(DemoUser.ADMIN)
                        .get("/admin/notice-policy.xhtml")
                        .statusCode())
                .isEqualTo(301);
    }

    @Test
    void a_planned_notice_names_who_it_would_go_to_now_and_sent_ones_who_got_it() {
        String no = RUN + "-PLAN";
        // 여권 발급 (8 days) received now: D-3, D-1, D-DAY and OVERDUE are planned, none sent.
        assertThat(put(no, "C0006", OfficeTime.minute(), null).statusCode()).isEqualTo(201);
        HttpResponse<String> r = PortalSession.api("GET", "/api/v1/petitions/" + no + "/notices", null, null);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        Map<String, JsonObject> byStage = new LinkedHashMap<>();
        for (JsonValue v :
                Json.createReader(new StringReader(r.body())).readObject().getJsonArray("notices")) {
            byStage.put(v.asJsonObject().getString("stage"), v.asJsonObject());
        }
        assertThat(byStage).containsKeys("D-3", "D-DAY", "OVERDUE");
        for (JsonObject n : byStage.values()) {
            assertThat(n.getString("status")).isEqualTo("PLANNED");
            assertThat(n.getJsonArray("recipients")).as("nothing sent yet").isEmpty();
        }
        // The office policy: D-3 to the handler, D-DAY to the handler and his team leader, OVERDUE also to the head.
        assertThat(numbers(byStage.get("D-3"))).containsExactly("900001");
        assertThat(numbers(byStage.get("D-DAY"))).containsExactly("900001", "900002");
        assertThat(numbers(byStage.get("OVERDUE"))).containsExactly("900001", "900002", "900006");

        String page = PortalSession.signedIn(DemoUser.EMPLOYEE)
                .get("/petitions/detail.xhtml?no=" + no)
                .body();
        assertThat(page).contains("이팀장 (900002)").contains("한과장 (900006)").contains("현재 기준");
    }

    private static List<String> numbers(JsonObject notice) {
        return notice.getJsonArray("plannedRecipients").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString)
                .toList();
    }

    @Test
    void the_reviewers_card_counts_the_cases_waiting_for_his_review() {
        String home =
                PortalSession.signedIn(DemoUser.REVIEWER).get("/index.xhtml").body();
        assertThat(home).contains("id=\"cardReviewer\"").contains("/cases/review.xhtml");
        // The demo assigns him one case in review.
        assertThat(figure(home, "awaitingReview")).isGreaterThanOrEqualTo(1);
        assertThat(PortalSession.signedIn(DemoUser.EMPLOYEE).get("/index.xhtml").body())
                .doesNotContain("id=\"cardReviewer\"");
    }

    @Test
    void the_handlers_card_counts_his_open_petitions_by_stage_and_nobody_elses() {
        PortalSession handler = PortalSession.signedIn(DemoUser.EMPLOYEE);
        String before = handler.get("/index.xhtml").body();
        long overdue = figure(before, "stageOverdue");
        long dueSoon = figure(before, "stageToday")
                + figure(before, "stageD1")
                + figure(before, "stageD2")
                + figure(before, "stageD3");
        PortalSession reviewer = PortalSession.signedIn(DemoUser.REVIEWER);
        long reviewersOverdue = figure(reviewer.get("/index.xhtml").body(), "stageOverdue");

        LocalDateTime now = OfficeTime.minute();
        // His (900001's): one long overdue, one of a one-day type received now (due within a working day or two).
        assertThat(put(RUN + "-MINE-OVER", "C0006", now.minusDays(40), null).statusCode())
                .isEqualTo(201);
        assertThat(put(RUN + "-MINE-SOON", "C0003", now, null).statusCode()).isEqualTo(201);

        String after = handler.get("/index.xhtml").body();
        assertThat(figure(after, "stageOverdue")).isEqualTo(overdue + 1);
        assertThat(figure(after, "stageToday")
                        + figure(after, "stageD1")
                        + figure(after, "stageD2")
                        + figure(after, "stageD3"))
                .isEqualTo(dueSoon + 1);
        // Another person's card does not move with 900001's petitions.
        assertThat(figure(reviewer.get("/index.xhtml").body(), "stageOverdue")).isEqualTo(reviewersOverdue);
    }

    @Test
    void the_managers_card_counts_his_units_overdue_and_at_risk_petitions_and_corrections_to_decide() {
        PortalSession manager = PortalSession.signedIn(DemoUser.MANAGER);
        String before = manager.get("/index.xhtml").body();
        long overdue = figure(before, "unitOverdue");
        long atRisk = figure(before, "unitAtRisk");
        long corrections = figure(before, "pendingCorrections");
        assertThat(before).contains("/petitions/unit.xhtml?status=OVERDUE").contains("/petitions/corrections.xhtml");

        LocalDateTime now = OfficeTime.minute();
        // In his team (900001's): one long overdue, one due tomorrow (1 day), one completed to correct.
        assertThat(put(RUN + "-OVER", "C0006", now.minusDays(40), null).statusCode())
                .isEqualTo(201);
        assertThat(put(RUN + "-SOON", "C0003", now, null).statusCode()).isEqualTo(201);
        String done = RUN + "-DONE";
        assertThat(put(done, "G0002", now.minusDays(3), now.minusHours(1)).statusCode())
                .isEqualTo(201);
        PortalSession employee = PortalSession.signedIn(DemoUser.EMPLOYEE);
        String path = "/petitions/correction.xhtml?no=" + done;
        Map<String, String> stop = new LinkedHashMap<>();
        stop.put("requestForm:stopReason_input", "SUPPLEMENT");
        stop.put(
                "requestForm:stopStartedAt_input",
                PICKER.format(now.minusDays(3).plusHours(1)));
        stop.put("requestForm:stopEndedAt_input", PICKER.format(now.minusDays(2)));
        stop.put("requestForm:reason", "보완 요청을 빠뜨림 " + RUN);
        stop.put("requestForm:send", "");
        assertThat(employee.submit(path, employee.get(path).body(), "requestForm", stop)
                        .statusCode())
                .isIn(302, 303);

        String after = manager.get("/index.xhtml").body();
        assertThat(figure(after, "unitOverdue")).isEqualTo(overdue + 1);
        assertThat(figure(after, "unitAtRisk")).isEqualTo(atRisk + 1);
        assertThat(figure(after, "pendingCorrections")).isEqualTo(corrections + 1);

        // The overdue link lists exactly his units' overdue petitions.
        String list = manager.get("/petitions/unit.xhtml?status=OVERDUE").body();
        assertThat(list).contains(RUN + "-OVER").doesNotContain(RUN + "-SOON");
        assertThat(PortalSession.signedIn(DemoUser.EMPLOYEE).get("/index.xhtml").body())
                .doesNotContain("id=\"unitOverdue\"");
    }
}
