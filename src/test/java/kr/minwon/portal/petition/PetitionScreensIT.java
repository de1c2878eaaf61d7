package kr.minwon.portal.petition;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import kr.minwon.portal.testing.Browser;
import kr.minwon.portal.testing.BrowserExtension;
import kr.minwon.portal.testing.DemoUser;
import kr.minwon.portal.testing.OfficeTime;
import kr.minwon.portal.testing.Pages;
import kr.minwon.portal.testing.PortalServer;
import kr.minwon.portal.testing.PortalSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The handler's petition screens in a real browser: the list's deadline badges say in words how much time is left,
 * and the detail page stops and resumes the clock, writing both into the timeline.
 */
@ExtendWith(BrowserExtension.class)
class PetitionScreensIT {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
    private static final DateTimeFormatter PICKER = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final String RUN =
            "SCR" + Long.toString(System.currentTimeMillis() % 10_000_000, 36).toUpperCase();
    /** The texts a running deadline badge may show (DeadlineBadge): D-n, D-day, n시간 남음, 기한 경과 n일, 정지. */
    private static final String BADGE_TEXT = "D-\\d+|D-day|\\d+시간 남음|기한 경과 \\d+일|정지|완료";

    private static Browser browser;
    private static Pages pages;

    @BeforeAll
    static void startBrowser(Browser classBrowser, Pages classPages) {
        browser = classBrowser;
        pages = classPages;
    }

    @AfterEach
    void signOut() {
        browser.signOut();
    }

    @Test
    void the_employees_list_says_in_words_how_much_time_each_petition_has() {
        browser.signIn(DemoUser.EMPLOYEE.username(), PortalServer.DEMO_PASSWORD);
        browser.open("/petitions/mine.xhtml");
        List<WebElement> badges = pages.await().until(d -> {
            // The time badges; a deadline past the holiday table carries a second badge, 잠정, checked below.
            List<WebElement> found = d.findElements(
                    By.cssSelector("[id='listForm:petitions'] tbody td span.badge:not(.badge-provisional)"));
            return found.isEmpty() ? null : found;
        });
        browser.screenshot("petitions-mine-badges");
        for (WebElement provisional : browser.driver()
                .findElements(By.cssSelector("[id='listForm:petitions'] tbody td span.badge-provisional"))) {
            assertThat(provisional.getText().strip()).isEqualTo("잠정");
        }
        Set<String> texts = new TreeSet<>();
        for (WebElement badge : badges) {
            String text = badge.getText().strip();
            assertThat(text)
                    .as("badge text (class " + badge.getAttribute("class") + ")")
                    .isNotEmpty()
                    .matches(BADGE_TEXT);
            texts.add(text.replaceAll("\\d+", "n"));
        }
        assertThat(texts)
                .as("distinct badge kinds among " + badges.size() + " rows")
                .hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void a_receipt_time_the_calculator_cannot_read_is_refused_with_an_example_in_the_pickers_format() {
        browser.signIn(DemoUser.EMPLOYEE.username(), PortalServer.DEMO_PASSWORD);
        browser.open("/petitions/calculator.xhtml");
        WebElement input = pages.element("calculatorForm:receivedAt_input");
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), "어제 아침", Keys.ESCAPE);
        // The picker's panel stays open over the button after typing (and keeps the keyboard): click it by script.
        pages.js("arguments[0].click();", pages.element("calculatorForm:calculate"));
        pages.awaitAjax();
        pages.await()
                .withMessage(() -> "a conversion message; messages: " + pages.messages())
                .until(d -> pages.messages().contains("어제 아침"));
        String shown = pages.messages();
        // PrimeFaces' own example is the server's present moment (its zone, not the office's): the portal shows a fixed
        // one.
        assertThat(shown).contains("'어제 아침'은(는) 일시로 읽을 수 없습니다").contains("2026-03-02 09:00처럼");
        // LocalDateTime.now() on purpose: the real clock PrimeFaces reads, whatever -Dportal.clock.start says.
        assertThat(shown)
                .doesNotContain(PICKER.format(LocalDateTime.now()).substring(0, 10))
                .doesNotContain(PICKER.format(OfficeTime.now()).substring(0, 10));
        assertThat(pages.js("return document.getElementById('resultDeadline') === null;"))
                .as("no result for it")
                .isEqualTo(true);
    }

    @Test
    void the_handler_stops_and_resumes_the_clock_on_the_detail_page_and_the_timeline_shows_both() {
        // Its own receipt number per attempt, so that failsafe's rerun of a flaky attempt creates a petition again.
        String receiptNo =
                RUN + "-STOP" + Long.toString(System.nanoTime() % 46_656, 36).toUpperCase();
        LocalDateTime now = OfficeTime.now();
        String body = "{\"typeCode\":\"G0006\",\"receivedAt\":\"" + MINUTES.format(now.minusDays(2))
                + "\",\"handlerNo\":\"900001\",\"channel\":\"ONLINE\",\"resident\":\"IN\"}";
        PortalSession api = PortalSession.anonymous();
        HttpResponse<String> created = api.send(HttpRequest.newBuilder(api.uri("/api/v1/petitions/" + receiptNo))
                .header("Authorization", "Bearer " + PortalServer.API_KEY)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);

        browser.signIn(DemoUser.EMPLOYEE.username(), PortalServer.DEMO_PASSWORD);
        browser.open("/petitions/mine.xhtml");
        pages.type("listForm:text", receiptNo);
        pages.ajax("listForm:search");
        By link = By.linkText(receiptNo);
        pages.submit(pages.await().until(ExpectedConditions.elementToBeClickable(link)));
        assertThat(pages.text("receiptNo")).isEqualTo(receiptNo);
        String deadlineBefore = pages.text("deadline");
        int rowsBefore = timelineRows();

        // Stop the clock for a supplement, from an hour ago (a person records what happens now: no earlier than the
        // previous working day's start; older stops are corrections, see FactsIT).
        pages.ajax("actionForm:openStop");
        pages.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("actionForm:stopReason")));
        pages.choose("actionForm:stopReason", "SUPPLEMENT");
        // The note first: the picker keeps the keyboard after its panel closes, so text typed next would land in it.
        pages.type("actionForm:stopNote", "보완서류 요청 " + RUN);
        String startedAt = PICKER.format(now.minusHours(1));
        // The picker comes filled with the present moment, which clear() does not always empty (then the typed time
        // was appended to it and the stop was refused): select what is there and type over it.
        String[] shown = {null};
        pages.await()
                .withMessage(() -> "the stop's start time stays as typed (" + startedAt + "), shows " + shown[0])
                .until(d -> {
                    WebElement input = pages.element("actionForm:stopStartedAt_input");
                    input.sendKeys(Keys.chord(Keys.CONTROL, "a"), startedAt, Keys.ESCAPE);
                    shown[0] = input.getAttribute("value");
                    return startedAt.equals(shown[0]);
                });
        pages.ajax("actionForm:stopSave");
        pages.await()
                .withMessage(() -> "the resume button after saving the stop; messages: " + pages.messages())
                .until(d -> !d.findElements(By.id("actionForm:openResume")).isEmpty());
        browser.screenshot("petition-stopped");
        assertThat(pages.text("actionForm:badge")).as(pages.messages()).isEqualTo("정지");
        assertThat(pages.text("actionForm:stops")).contains("보완 요청").contains("보완서류 요청 " + RUN);
        int rowsStopped = timelineRows();
        assertThat(rowsStopped).as("a timeline row for the stop").isGreaterThan(rowsBefore);

        // Resume it now.
        pages.ajax("actionForm:openResume");
        pages.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("actionForm:resumeEndedAt_input")));
        pages.ajax("actionForm:resumeSave");
        pages.await()
                .withMessage(() -> "the stop button after resuming; messages: " + pages.messages())
                .until(d -> !d.findElements(By.id("actionForm:openStop")).isEmpty());
        browser.screenshot("petition-resumed");
        assertThat(pages.text("actionForm:badge"))
                .as(pages.messages())
                .isNotEqualTo("정지")
                .matches(BADGE_TEXT);
        assertThat(timelineRows()).as("a timeline row for the resumption").isGreaterThan(rowsStopped);
        // A supplement stop leaves out whole working days: none if the stop lay on a weekend, so never earlier.
        assertThat(pages.text("deadline")).as("after a supplement stop").isGreaterThanOrEqualTo(deadlineBefore);
        assertThat(pages.text("actionForm:stops")).as("the stop is closed").doesNotContain("정지 중");
    }

    @Test
    void an_admin_uploads_a_petitions_file_on_the_import_screen_and_sees_what_it_did_then_a_bad_file_refused()
            throws Exception {
        String time = PICKER.format(OfficeTime.now().minusHours(3));
        browser.signIn(DemoUser.ADMIN.username(), PortalServer.DEMO_PASSWORD);
        browser.open("/petitions/import.xhtml");
        // An extra column the portal does not know is ignored with a warning, which the screen lists.
        upload("receipt_no,type_code,received_at,handler_no,memo\n" + RUN + "-UP-1,G0002," + time + ",900001,x\n" + RUN
                + "-UP-2,G0006," + time + ",900001,y\n");
        pages.await().until(d -> !d.findElements(By.id("importResult")).isEmpty());
        browser.screenshot("petition-import-saved");
        assertThat(pages.text("importResult")).contains("새로 2건");
        assertThat(pages.text("importWarnings")).contains("memo");

        browser.open("/petitions/import.xhtml");
        upload("receipt_no,type_code,received_at,handler_no\n" + RUN + "-UP-3,NO-SUCH-TYPE," + time + ",900001\n");
        pages.await().until(d -> !d.findElements(By.id("importRejected")).isEmpty());
        assertThat(pages.text("importForm:problems")).contains("type_code").contains("NO-SUCH-TYPE");
    }

    /** Chooses a file for the petitions upload and sends it. */
    private static void upload(String csv) throws IOException {
        Path file = Files.createTempFile("screen-import-", ".csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        pages.element("importForm:petitionsFile_input").sendKeys(file.toString());
        By send = By.xpath("//div[@id='importForm:petitionsFile']//button[contains(@class,'ui-fileupload-upload')]");
        pages.await().until(d -> !d.findElement(send).getAttribute("class").contains("ui-state-disabled"));
        pages.js("arguments[0].click();", browser.driver().findElement(send));
    }

    private static int timelineRows() {
        return (int) browser.driver().findElements(By.cssSelector("[id='actionForm:timeline_data'] tr")).stream()
                .filter(r -> !r.getAttribute("class").contains("ui-datatable-empty-message"))
                .count();
    }
}
