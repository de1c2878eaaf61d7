package kr.minwon.portal.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import kr.minwon.portal.testing.Browser;
import kr.minwon.portal.testing.BrowserExtension;
import kr.minwon.portal.testing.DemoUser;
import kr.minwon.portal.testing.OfficeTime;
import kr.minwon.portal.testing.Pages;
import kr.minwon.portal.testing.PortalServer;
import kr.minwon.portal.testing.PortalSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Issue 13 (7) through the running portal, whose holidays reach the end of 2027: a deadline after that computes with
 * weekends only and says {@code "provisional": true} in the calculator API and the petition JSON, screens mark it 잠정,
 * and readiness reports how far the table reaches while staying UP.
 */
@ExtendWith(BrowserExtension.class)
class HolidayCoverageIT {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
    private static final LocalDate TABLE_END = LocalDate.of(2027, 12, 31);
    private static final String RUN =
            "HC" + Long.toString(System.currentTimeMillis() % 10_000_000, 36).toUpperCase();

    private static JsonObject json(HttpResponse<String> r) {
        return Json.createReader(new StringReader(r.body())).readObject();
    }

    private static HttpResponse<String> putJson(String path, String body) {
        return PortalSession.api("PUT", path, "application/json", body.getBytes(StandardCharsets.UTF_8));
    }

    @ParameterizedTest(name = "{1} days received {0}: due {2}, provisional {3}")
    @CsvSource({
        "2027-12-21T10:00, 7, 2027-12-30T18:00, false",
        "2027-12-28T10:00, 7, 2028-01-05T18:00, true",
        // 2029-12-25 and 2030-01-01 are not loaded: counted as working days, weekends skipped
        "2029-12-24T09:00, 7, 2030-01-01T18:00, true"
    })
    void the_calculator_api_flags_a_deadline_past_the_holiday_table(
            String receivedAt, int days, String deadline, boolean provisional) {
        HttpResponse<String> r = PortalSession.api(
                "GET", "/api/v1/deadlines?receivedAt=" + receivedAt + "&period=" + days + "&unit=DAY", null, null);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(json(r).getString("deadline")).isEqualTo(deadline);
        assertThat(json(r).getBoolean("provisional")).isEqualTo(provisional);
    }

    @Test
    void a_petition_whose_deadline_lies_past_the_table_says_so_in_its_json_and_on_its_page() {
        // a two-year type puts a petition received today past 2027
        HttpResponse<String> type = putJson(
                "/api/v1/petition-types/" + RUN + "Y",
                "{\"name\":\"장기 검토 시험 " + RUN + "\",\"period\":2,\"unit\":\"YEAR\"}");
        assertThat(type.statusCode()).as(type.body()).isBetween(200, 201);
        String received = MINUTES.format(OfficeTime.minute().minusMinutes(60));
        // A receipt number per attempt: failsafe's rerun of this method must create, not update.
        String no = RUN + Long.toString(System.nanoTime() % 1_000_000, 36).toUpperCase();
        String longOne = "/api/v1/petitions/" + no + "-LONG";
        HttpResponse<String> created = putJson(
                longOne,
                "{\"typeCode\":\"" + RUN + "Y\",\"receivedAt\":\"" + received
                        + "\",\"handlerNo\":\"900001\",\"channel\":\"ONLINE\",\"resident\":\"IN\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(LocalDateTime.parse(json(created).getString("deadline")).toLocalDate())
                .isAfter(TABLE_END);
        assertThat(json(created).getBoolean("provisional")).isTrue();
        assertThat(json(PortalSession.api("GET", longOne, null, null)).getBoolean("provisional"))
                .isTrue();

        HttpResponse<String> usual = putJson(
                "/api/v1/petitions/" + no + "-SHORT",
                "{\"typeCode\":\"C0004\",\"receivedAt\":\"" + received
                        + "\",\"handlerNo\":\"900001\",\"channel\":\"ONLINE\",\"resident\":\"IN\"}");
        assertThat(usual.statusCode()).as(usual.body()).isEqualTo(201);
        // Inside the table a 3-day petition is not provisional; with the office clock past it (a run at 2028), it is.
        boolean pastTheTable = LocalDateTime.parse(json(usual).getString("deadline"))
                .toLocalDate()
                .isAfter(TABLE_END);
        assertThat(json(usual).getBoolean("provisional"))
                .as("a 3-day petition received now")
                .isEqualTo(pastTheTable);

        PortalSession handler = PortalSession.signedIn(DemoUser.EMPLOYEE);
        String page = handler.get("/petitions/detail.xhtml?no=" + no + "-LONG").body();
        assertThat(page).contains("id=\"actionForm:deadlineProvisional\"").contains(">잠정<");
        if (!pastTheTable) {
            assertThat(handler.get("/petitions/detail.xhtml?no=" + no + "-SHORT")
                            .body())
                    .doesNotContain("deadlineProvisional");
        }
    }

    @Test
    void the_calculator_page_marks_a_provisional_deadline_in_words(Browser browser, Pages pages) {
        browser.signIn(DemoUser.EMPLOYEE.username(), PortalServer.DEMO_PASSWORD);
        browser.open("/petitions/calculator.xhtml");
        WebElement input = pages.element("calculatorForm:receivedAt_input");
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), "2030-03-04 09:00", Keys.ESCAPE);
        pages.js("arguments[0].click();", pages.element("calculatorForm:calculate"));
        pages.awaitAjax();
        pages.await()
                .withMessage(() -> "a result; messages: " + pages.messages())
                .until(d -> browser.has("resultDeadline"));
        browser.screenshot("calculator-provisional");
        assertThat(pages.text("resultDeadline")).startsWith("2030-03-06").contains("잠정");
        assertThat(pages.text("calculatorForm:resultProvisional")).isEqualTo("잠정");
        assertThat(pages.element("calculatorForm:resultProvisional").getAttribute("title"))
                .contains("2027-12-31");
        assertThat(pages.text("calculatorForm:provisionalHint")).contains("주말만 빼고 계산");
    }

    @Test
    void readiness_reports_how_far_the_holidays_reach_and_stays_up() {
        HttpResponse<String> r = PortalSession.anonymous().get("/health/ready");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonObject holidays = json(r).getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("name").equals("holidays"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no holidays check in " + r.body()));
        assertThat(holidays.getString("status")).isEqualTo("UP");
        JsonObject data = holidays.getJsonObject("data");
        assertThat(data.getString("holidaysLoadedThrough")).isEqualTo("2027-12-31");
        // The warning starts 90 days before the end (unit-tested with a fixed clock); this server runs on today's date.
        boolean due = !OfficeTime.today().isBefore(TABLE_END.minusDays(90));
        assertThat(data.containsKey("warning")).as(data.toString()).isEqualTo(due);
    }
}
