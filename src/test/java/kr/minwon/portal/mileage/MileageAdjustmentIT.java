package kr.minwon.portal.mileage;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import kr.minwon.portal.testing.Browser;
import kr.minwon.portal.testing.BrowserExtension;
import kr.minwon.portal.testing.PortalServer;
import kr.minwon.portal.testing.PortalSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A manager adjusts mileage on the adjustment screen: for a member of his team yes, for himself never. */
@ExtendWith(BrowserExtension.class)
class MileageAdjustmentIT {

    private static final String SELF = "자기 자신의 마일리지는 조정할 수 없습니다.";

    private static void adjust(WebDriver d, String person, String points, String reason) {
        d.findElement(By.id("adjustForm:person_input")).clear();
        d.findElement(By.id("adjustForm:person_input")).sendKeys(person, Keys.ESCAPE);
        d.findElement(By.id("adjustForm:points_input")).clear();
        d.findElement(By.id("adjustForm:points_input")).sendKeys(points);
        d.findElement(By.id("adjustForm:reason")).clear();
        d.findElement(By.id("adjustForm:reason")).sendKeys(reason);
        d.findElement(By.id("adjustForm:save")).click();
    }

    private static String entriesOf(String employeeNo) {
        PortalSession s = PortalSession.anonymous();
        HttpResponse<String> r = s.send(HttpRequest.newBuilder(s.uri("/api/v1/staff/" + employeeNo + "/mileage"))
                .header("Authorization", "Bearer " + PortalServer.API_KEY)
                .GET());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return r.body();
    }

    @Test
    void a_manager_adjusts_his_team_member_but_never_himself(Browser browser) {
        String stamp = Long.toString(System.currentTimeMillis(), 36);
        WebDriver d = browser.driver();
        browser.signIn("demo.manager", PortalServer.DEMO_PASSWORD);
        browser.open("/mileage/adjust.xhtml");
        WebDriverWait wait = new WebDriverWait(d, Duration.ofSeconds(20));

        adjust(d, "900002", "3", "본인 가점 시도 " + stamp);
        wait.until(x -> x.getPageSource().contains(SELF));
        browser.screenshot("mileage-adjust-self-refused");
        assertThat(entriesOf("900002")).doesNotContain("본인 가점 시도 " + stamp);

        adjust(d, "900001", "1", "친절 가점 " + stamp);
        wait.until(x -> entriesOf("900001").contains("친절 가점 " + stamp));
        browser.screenshot("mileage-adjust-member");
        assertThat(entriesOf("900001")).contains("ADJUSTMENT").contains("친절 가점 " + stamp);
    }
}
