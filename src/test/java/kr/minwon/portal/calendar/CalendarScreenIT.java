package kr.minwon.portal.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kr.minwon.portal.testing.Browser;
import kr.minwon.portal.testing.BrowserExtension;
import kr.minwon.portal.testing.DemoUser;
import kr.minwon.portal.testing.OfficeTime;
import kr.minwon.portal.testing.Pages;
import kr.minwon.portal.testing.PortalServer;
import kr.minwon.portal.testing.PortalSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The administrator's calendar screen: a temporary holiday added through its form moves the deadline of an open
 * petition (keeping the original) and leaves a completed one alone; removing it through the screen's dialog puts the
 * deadline back, so the other tests see the normal calendar.
 */
@ExtendWith(BrowserExtension.class)
class CalendarScreenIT {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
    private static final String RUN =
            "CAL" + Long.toString(System.currentTimeMillis() % 10_000_000, 36).toUpperCase();

    private static Browser browser;
    private static Pages pages;

    @BeforeAll
    static void startBrowser(Browser classBrowser, Pages classPages) {
        browser = classBrowser;
        pages = classPages;
    }

    private static HttpResponse<String> call(String method, String path, String json) {
        return PortalSession.api(
                method, path, "application/json", json == null ? null : json.getBytes(StandardCharsets.UTF_8));
    }

    private static JsonObject object(HttpResponse<String> r) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return Json.createReader(new StringReader(r.body())).readObject();
    }

    private static String minutesAgo(long minutes) {
        return MINUTES.format(OfficeTime.now().minusMinutes(minutes));
    }

    private static String record(String receivedAt, String approvedAt) {
        return "{\"typeCode\":\"G0006\",\"receivedAt\":\"" + receivedAt + "\",\"handlerNo\":\"900001\","
                + "\"channel\":\"ONLINE\",\"resident\":\"IN\""
                + (approvedAt == null ? "" : ",\"approvedAt\":\"" + approvedAt + "\",\"outcome\":\"GRANTED\"") + "}";
    }

    private static Set<LocalDate> holidaysOf(int year) {
        HttpResponse<String> r = call("GET", "/api/v1/holidays?year=" + year, null);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonArray a = Json.createReader(new StringReader(r.body())).readArray();
        Set<LocalDate> dates = new HashSet<>();
        for (JsonValue v : a) {
            dates.add(LocalDate.parse(v.asJsonObject().getString("date")));
        }
        return dates;
    }

    /** The last working day before the deadline's day, and after today, that is no holiday yet. */
    private static LocalDate workingDayBefore(LocalDate due) {
        LocalDate today = OfficeTime.today();
        Set<LocalDate> holidays = new HashSet<>(holidaysOf(due.getYear()));
        holidays.addAll(holidaysOf(due.getYear() - 1));
        for (LocalDate d = due.minusDays(1); d.isAfter(today); d = d.minusDays(1)) {
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY
                    && d.getDayOfWeek() != DayOfWeek.SUNDAY
                    && !holidays.contains(d)) {
                return d;
            }
        }
        throw new AssertionError("no working day between today and " + due);
    }

    @Test
    void a_temporary_holiday_added_on_the_screen_moves_open_deadlines_only_and_goes_again() {
        String open = "/api/v1/petitions/" + RUN + "-OPEN";
        String done = "/api/v1/petitions/" + RUN + "-DONE";
        HttpResponse<String> created = call("PUT", open, record(minutesAgo(30), null));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        created = call("PUT", done, record(minutesAgo(60), minutesAgo(20)));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonObject openBefore = object(call("GET", open, null));
        JsonObject doneBefore = object(call("GET", done, null));
        LocalDate due = LocalDate.parse(openBefore.getString("deadline").substring(0, 10));
        LocalDate holiday = workingDayBefore(due);

        boolean removedOnScreen = false;
        try {
            browser.signIn(DemoUser.ADMIN.username(), PortalServer.DEMO_PASSWORD);
            browser.open("/calendar/admin.xhtml?year=" + holiday.getYear() + "&month=" + holiday.getMonthValue());
            pages.type("addForm:date_input", holiday.toString());
            pages.element("addForm:date_input").sendKeys(Keys.ESCAPE);
            pages.type("addForm:name", "임시공휴일(화면 시험)");
            pages.choose("addForm:kind", "TEMPORARY");
            pages.type("addForm:reason", "화면 통합 시험 " + RUN);
            pages.ajax("addForm:add");
            WebElement status =
                    pages.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("changeStatus")));
            browser.screenshot("calendar-1-holiday-added");
            Matcher moved = Pattern.compile("처리기한이 바뀐 처리 중 민원: (\\d+)건").matcher(status.getText());
            assertThat(moved.find())
                    .as("the page reports moved deadlines: " + status.getText() + " " + pages.messages())
                    .isTrue();
            assertThat(Integer.parseInt(moved.group(1))).isGreaterThanOrEqualTo(1);
            assertThat(pages.text("holidayForm:holidays"))
                    .contains(holiday.toString())
                    .contains("임시공휴일");

            JsonObject openAfter = object(call("GET", open, null));
            assertThat(openAfter.getString("deadline"))
                    .as("moved past the new holiday")
                    .isGreaterThan(openBefore.getString("deadline"));
            assertThat(openAfter.getString("originalDeadline")).isEqualTo(openBefore.getString("originalDeadline"));
            JsonObject doneAfter = object(call("GET", done, null));
            assertThat(doneAfter.getString("deadline"))
                    .as("completed petitions stay")
                    .isEqualTo(doneBefore.getString("deadline"));
            assertThat(doneAfter.getString("originalDeadline")).isEqualTo(doneBefore.getString("originalDeadline"));

            // Remove it again through the screen's dialog.
            WebElement remove = pages.await()
                    .until(ExpectedConditions.elementToBeClickable(
                            By.cssSelector("button[aria-label^='삭제 " + holiday + "']")));
            remove.click();
            pages.awaitAjax();
            pages.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("removeForm:removeReason")));
            pages.type("removeForm:removeReason", "시험 정리 " + RUN);
            browser.screenshot("calendar-2-remove-dialog");
            pages.ajax("removeForm:confirmRemove");
            pages.await()
                    .until(d -> !d.findElement(By.id("holidayForm:holidays"))
                            .getText()
                            .contains(holiday.toString()));
            browser.screenshot("calendar-3-holiday-removed");
            removedOnScreen = true;
            assertThat(holidaysOf(holiday.getYear())).doesNotContain(holiday);
            assertThat(object(call("GET", open, null)).getString("deadline"))
                    .as("back when the holiday goes")
                    .isEqualTo(openBefore.getString("deadline"));
        } finally {
            browser.signOut();
            if (!removedOnScreen && holidaysOf(holiday.getYear()).contains(holiday)) {
                HttpResponse<String> removed = call("DELETE", "/api/v1/holidays/" + holiday + "?reason=cleanup", null);
                assertThat(removed.statusCode()).as(removed.body()).isEqualTo(200);
            }
        }
    }

    /** A holiday without a reason is refused beside the reason field, and nothing is added. (Was AdminScreenshots.) */
    @Test
    void a_holiday_without_a_reason_is_refused_beside_the_field_and_not_added() {
        String name = "사유 없는 휴일 " + RUN;
        try {
            browser.signIn(DemoUser.ADMIN.username(), PortalServer.DEMO_PASSWORD);
            browser.open("/calendar/admin.xhtml?year=2026&month=12");
            pages.type("addForm:date_input", "2026-12-24");
            pages.element("addForm:date_input").sendKeys(Keys.ESCAPE);
            pages.type("addForm:name", name);
            // The keyboard, as a person without a mouse would; the date panel may still be closing.
            pages.element("addForm:add").sendKeys(Keys.ENTER);
            pages.awaitAjax();
            pages.await()
                    .withMessage(() -> "a field error; messages: " + pages.messages())
                    .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#addForm .ui-message-error")));
            browser.screenshot("calendar-4-reason-required");
            assertThat(pages.text("holidayForm:holidays")).doesNotContain(name);
            assertThat(holidaysOf(2026)).doesNotContain(LocalDate.of(2026, 12, 24));
        } finally {
            browser.signOut();
        }
    }
}
