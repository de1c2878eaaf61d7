package kr.minwon.portal.mileage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import kr.minwon.portal.testing.Browser;
import kr.minwon.portal.testing.BrowserExtension;
import kr.minwon.portal.testing.DemoUser;
import kr.minwon.portal.testing.Pages;
import kr.minwon.portal.testing.PortalServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Issue 13 (4): the rule-set screen sets adoption points: a preset fills in its own (성동구 2009: 2), and a saved
 * version keeps what the admin typed. The version starts in the 2090s so that no score of the test run falls under it.
 */
@ExtendWith(BrowserExtension.class)
class MileageRulesScreenIT {

    @Test
    void a_new_version_carries_the_adoption_points_the_admin_sets(Browser browser, Pages pages) {
        long stamp = System.currentTimeMillis();
        String name = "채택 가점 시험 " + Long.toString(stamp, 36);
        LocalDate from = LocalDate.of(2090, 1, 1).plusDays(stamp % 3000);
        browser.signIn(DemoUser.ADMIN.username(), PortalServer.DEMO_PASSWORD);
        browser.open("/mileage/rules.xhtml");
        assertThat(pages.element("rulesForm:adoptionPoints_input").getAttribute("value"))
                .as("the 성동구 2009 preset")
                .isEqualTo("2.0");

        pages.type("rulesForm:name", name);
        WebElement points = pages.element("rulesForm:adoptionPoints_input");
        points.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE, "3.5", Keys.TAB);
        // The date last: the picker keeps the keyboard after typing, so nothing may be typed after it.
        WebElement date = pages.element("rulesForm:effectiveFrom_input");
        date.sendKeys(Keys.chord(Keys.CONTROL, "a"), from.toString(), Keys.ESCAPE);
        assertThat(points.getAttribute("value")).isEqualTo("3.5");
        pages.js("arguments[0].click();", pages.element("rulesForm:saveRules"));
        WebElement yes = pages.await()
                .until(
                        ExpectedConditions.visibilityOfElementLocated(
                                By.cssSelector(
                                        ".ui-confirm-dialog[style*='block'] .ui-confirmdialog-yes, .ui-confirmdialog-yes:not([style*='none'])")));
        pages.js("arguments[0].click();", yes);
        pages.awaitAjax();
        pages.await()
                .withMessage(() -> "the new version in the list; messages: " + pages.messages())
                .until(d -> pages.text("versions").contains(name));
        browser.screenshot("mileage-rules-adoption-points");
        WebElement row = browser.driver().findElements(By.cssSelector("[id='versions'] tbody tr")).stream()
                .filter(r -> r.getText().contains(name))
                .findFirst()
                .orElseThrow();
        assertThat(row.getText()).contains(from.toString()).contains("3.5");
    }
}
