package kr.minwon.portal.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import kr.minwon.portal.staff.entity.Role;
import kr.minwon.portal.testing.Browser;
import kr.minwon.portal.testing.BrowserExtension;
import kr.minwon.portal.testing.DemoUser;
import kr.minwon.portal.testing.OfficeTime;
import kr.minwon.portal.testing.PortalServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A real browser signs in as each role, sees that role's menu, and the admin opens the staff list. */
@ExtendWith(BrowserExtension.class)
class BrowserIT {

    private static Browser browser;

    @BeforeAll
    static void startBrowser(Browser classBrowser) {
        browser = classBrowser;
    }

    @AfterEach
    void signOut() {
        browser.signOut();
    }

    @ParameterizedTest
    @EnumSource(DemoUser.class)
    void each_role_signs_in_and_sees_its_menu(DemoUser user) throws Exception {
        browser.signIn(user.username(), PortalServer.DEMO_PASSWORD);
        Path shot = browser.screenshot(user.slug() + "-home");
        assertThat(browser.driver().getCurrentUrl()).endsWith("/index.xhtml");
        assertThat(browser.driver().getTitle())
                .as("home page title (screenshot: " + shot + ")")
                .startsWith("홈");
        assertThat(browser.has("menuHome")).isTrue();
        assertThat(browser.has("menuAuditLog")).isEqualTo(user.has(Role.ADMIN) || user.has(Role.AUDITOR));
        for (String adminItem : new String[] {"menuEmployees", "menuUnits", "menuStaffImport", "menuApiKeys"}) {
            assertThat(browser.has(adminItem))
                    .as(adminItem + " for " + user.username())
                    .isEqualTo(user.has(Role.ADMIN));
        }
        assertThat(Files.size(shot)).isGreaterThan(1000);
    }

    @Test
    void the_admin_opens_the_employee_list_from_the_menu() {
        browser.signIn(DemoUser.ADMIN.username(), PortalServer.DEMO_PASSWORD);
        browser.driver().findElement(By.id("menuEmployees")).click();
        Path shot = browser.screenshot("admin-employees");
        assertThat(browser.driver().getCurrentUrl()).as("screenshot: " + shot).contains("/staff/employees.xhtml");
        assertThat(browser.driver().getTitle()).doesNotContain("찾을 수 없습니다").doesNotContain("오류");
        assertThat(browser.driver().findElements(By.cssSelector("table tbody tr")))
                .as("rows of the staff list")
                .hasSizeGreaterThan(1);
    }

    @Test
    void the_employee_is_refused_at_the_employee_list() {
        browser.signIn(DemoUser.EMPLOYEE.username(), PortalServer.DEMO_PASSWORD);
        browser.open("/staff/employees.xhtml");
        browser.screenshot("employee-refused");
        assertThat(browser.driver().getTitle()).startsWith("접근 권한이 없습니다");
    }

    @Test
    void the_auditor_makes_a_monthly_report_from_the_reports_page() {
        browser.signIn(DemoUser.AUDITOR.username(), PortalServer.DEMO_PASSWORD);
        browser.driver().findElement(By.id("menuReports")).click();
        assertThat(browser.driver().getTitle()).startsWith("월간 민원 처리 현황 보고");
        String month = OfficeTime.month().minusMonths(6).toString();
        WebElement input = browser.driver().findElement(By.id("reportsForm:otherMonth"));
        input.clear();
        input.sendKeys(month);
        browser.driver().findElement(By.id("reportsForm:makeOther")).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
                .until(d -> d.getPageSource().contains(month + " 보고서를 작성했습니다")
                        || d.getPageSource().contains(month + " 보고서를 다시 작성했습니다"));
        Path shot = browser.screenshot("auditor-reports");
        WebElement row = browser.driver().findElement(By.xpath("//tr[.//span[text()='" + month + "']]"));
        assertThat(row.getText()).as("screenshot: " + shot).contains("작성됨", "demo.auditor", "PDF 내려받기", "엑셀 내려받기");
    }
}
