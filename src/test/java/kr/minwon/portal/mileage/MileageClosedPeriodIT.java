package kr.minwon.portal.mileage;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kr.minwon.portal.testing.Browser;
import kr.minwon.portal.testing.BrowserExtension;
import kr.minwon.portal.testing.OfficeTime;
import kr.minwon.portal.testing.PortalServer;
import kr.minwon.portal.testing.PortalSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 13 (8): the demo closes the last finished quarter; a petition completed in it and scored now counts in the open
 * quarter and its lines (award, then reversal) say so; an adjustment that rounds to 0.0 is refused and writes nothing.
 */
@ExtendWith(BrowserExtension.class)
class MileageClosedPeriodIT {

    private static final Pattern ENTRY = Pattern.compile("\\{[^{}]*\\}");
    private static final String RUN =
            "CP" + Long.toString(System.currentTimeMillis() % 10_000_000, 36).toUpperCase();

    private static String quarterOf(LocalDate day) {
        return day.getYear() + "-Q" + ((day.getMonthValue() - 1) / 3 + 1);
    }

    private static List<String> linesOf(String employeeNo, String text) {
        HttpResponse<String> r = PortalSession.api("GET", "/api/v1/staff/" + employeeNo + "/mileage", null, null);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        List<String> lines = new ArrayList<>();
        Matcher m = ENTRY.matcher(r.body());
        while (m.find()) {
            if (m.group().contains(text)) {
                lines.add(m.group());
            }
        }
        return lines;
    }

    private static HttpResponse<String> put(String receiptNo, String receivedAt, String approvedAt) {
        String body = "{\"typeCode\":\"C0006\",\"receivedAt\":\"" + receivedAt + "\",\"handlerNo\":\"900001\","
                + "\"channel\":\"ONLINE\",\"resident\":\"IN\",\"approvedAt\":\"" + approvedAt
                + "\",\"outcome\":\"GRANTED\"}";
        return PortalSession.api(
                "PUT", "/api/v1/petitions/" + receiptNo, "application/json", body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void a_line_dated_in_the_closed_quarter_counts_in_the_open_one_and_says_so() {
        LocalDate today = OfficeTime.today();
        LocalDate quarterStart = today.withDayOfMonth(1).withMonth((today.getMonthValue() - 1) / 3 * 3 + 1);
        String open = quarterOf(today);
        String closed = quarterOf(quarterStart.minusDays(1));
        // a Monday in the middle month of the closed quarter: received Monday, done Tuesday, then Wednesday instead
        LocalDate received = quarterStart.minusMonths(2).plusDays(7);
        while (received.getDayOfWeek() != DayOfWeek.MONDAY) {
            received = received.plusDays(1);
        }
        String receiptNo = RUN + "-CLOSED";
        String note = "(마감된 " + closed + " 대신 " + open + "에 반영)";

        // 여권 발급 (8 days) done the day after receipt: days saved, an award
        HttpResponse<String> created = put(receiptNo, received + "T10:00", received.plusDays(1) + "T15:00");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        List<String> awards = linesOf("900001", receiptNo);
        assertThat(awards).as("the award in the open quarter " + open).hasSize(1);
        assertThat(awards.get(0))
                .contains("\"kind\":\"AWARD\"")
                .contains("\"periodKey\":\"" + open + "\"")
                .contains("\"earnedOn\":\"" + received.plusDays(1) + "\"")
                .contains(note);

        // done later instead: the award is reversed in the open quarter too, and the reversal says so as well
        HttpResponse<String> changed = put(receiptNo, received + "T10:00", received.plusDays(2) + "T15:00");
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        List<String> after = linesOf("900001", receiptNo);
        assertThat(after)
                .as(String.join("\n", after))
                .anySatisfy(l -> assertThat(l)
                        .contains("\"kind\":\"REVERSAL\"")
                        .contains("\"periodKey\":\"" + open + "\"")
                        .contains("취소: ")
                        .contains(note));
        assertThat(after).allSatisfy(l -> assertThat(l).contains("\"periodKey\":\"" + open + "\""));
    }

    @Test
    void an_adjustment_that_rounds_to_nothing_is_refused_on_the_screen_and_writes_nothing(Browser browser) {
        String reason = "반올림 영점 시도 " + RUN;
        WebDriver d = browser.driver();
        browser.signIn("demo.manager", PortalServer.DEMO_PASSWORD);
        browser.open("/mileage/adjust.xhtml");
        d.findElement(By.id("adjustForm:person_input")).sendKeys("900001", Keys.ESCAPE);
        d.findElement(By.id("adjustForm:points_input")).sendKeys("0.04");
        d.findElement(By.id("adjustForm:reason")).sendKeys(reason);
        d.findElement(By.id("adjustForm:save")).click();
        // The field keeps one decimal, so the browser may send 0.0 rather than 0.04: refused either way.
        new WebDriverWait(d, Duration.ofSeconds(20))
                .until(x -> !x.findElements(
                                By.cssSelector("[id='adjustForm:points'] ~ .ui-message-error, .ui-message-error"))
                        .isEmpty());
        browser.screenshot("mileage-adjust-rounds-to-zero");
        String shown = d.findElement(By.cssSelector(".ui-message-error")).getText();
        assertThat(shown).containsAnyOf("0.0점입니다", "0이 아니고");
        assertThat(linesOf("900001", reason)).as("nothing written").isEmpty();
    }
}
