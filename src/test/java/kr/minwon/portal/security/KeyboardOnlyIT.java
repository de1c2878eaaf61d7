package kr.minwon.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ThreadLocalRandom;
import kr.minwon.portal.testing.Browser;
import kr.minwon.portal.testing.BrowserExtension;
import kr.minwon.portal.testing.DemoUser;
import kr.minwon.portal.testing.OfficeTime;
import kr.minwon.portal.testing.PortalServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 17 (KWCAG 2.2, WCAG 2.1.1): one working day done with the keyboard only: sign in, skip to the content, open
 * "my mileage", register a petition (a form error first, read with its field), then write and submit a best-practice
 * case with its rich-text fields. Only TAB, ENTER, arrow keys, ESCAPE and typing into the focused element; no clicks.
 * Scripts only read where the focus is.
 */
@ExtendWith(BrowserExtension.class)
class KeyboardOnlyIT {

    /** More TAB presses than this to reach a control fails the walk (no trap, nothing unreachable). */
    private static final int MAX_TABS = 120;

    private static Browser browser;
    private static WebDriver driver;

    @BeforeAll
    static void startBrowser(Browser classBrowser) {
        browser = classBrowser;
        driver = browser.driver();
    }

    @Test
    void a_manager_works_a_day_with_the_keyboard_only() {
        DemoUser user = DemoUser.MANAGER;

        // Sign in.
        browser.open("/login.xhtml");
        tabTo("[id='loginForm:username']");
        type(user.username());
        tabTo("[id='loginForm:password']");
        type(PortalServer.DEMO_PASSWORD + Keys.ENTER);
        waitFor(ExpectedConditions.not(ExpectedConditions.urlContains("/login.xhtml")));
        assertThat(driver.getCurrentUrl()).endsWith("/index.xhtml");

        // The first TAB reaches the skip link; ENTER puts the focus on the content.
        pressTab();
        assertThat(focused().getText()).isEqualTo("본문 바로가기");
        assertThat(focusRingOf(focused()))
                .as("the skip link shows where the focus is")
                .isTrue();
        focused().sendKeys(Keys.ENTER);
        waitUntil(d -> "main".equals(focused().getAttribute("id")));

        // My mileage, from the side menu.
        browser.open("/index.xhtml");
        tabTo("#menuMyMileage");
        assertThat(focusRingOf(focused()))
                .as("a menu link shows where the focus is")
                .isTrue();
        focused().sendKeys(Keys.ENTER);
        waitFor(ExpectedConditions.urlContains("/mileage/mine.xhtml"));
        assertThat(driver.findElement(By.cssSelector("h1")).getText()).isNotBlank();

        // Register a petition: saving it empty first tells, with the field, what is missing.
        tabTo("#menuNewPetition");
        focused().sendKeys(Keys.ENTER);
        waitFor(ExpectedConditions.urlContains("/petitions/new.xhtml"));
        tabTo("[id='petitionForm:save']");
        focused().sendKeys(Keys.ENTER);
        waitUntil(d -> !d.findElements(By.cssSelector("[id='petitionForm:receiptNo'][aria-invalid='true']"))
                .isEmpty());
        WebElement receiptNo = driver.findElement(By.id("petitionForm:receiptNo"));
        waitUntil(d -> receiptNo.getAttribute("aria-describedby") != null);
        String describedBy = driver.findElement(By.id("petitionForm:receiptNo")).getAttribute("aria-describedby");
        String errorText = (String) js(
                "return arguments[0].split(/\\s+/).map(function (id) {"
                        + " var e = document.getElementById(id); return e ? e.textContent : ''; }).join(' ');",
                describedBy);
        assertThat(errorText)
                .as("the error read with the receipt number field (aria-describedby=" + describedBy + ")")
                .isNotBlank();

        String receipt = "KB-" + OfficeTime.today().getYear() + "-"
                + ThreadLocalRandom.current().nextInt(100000, 999999);
        browser.open("/petitions/new.xhtml");
        tabTo("[id='petitionForm:receiptNo']");
        type(receipt);
        tabTo(inside("petitionForm:typeCode"));
        focused().sendKeys(Keys.ARROW_DOWN);
        closeOverlayWithEnter("petitionForm:typeCode_panel");
        waitUntil(
                d -> !((String) js("return document.getElementById('petitionForm:typeCode_input').value;")).isEmpty());
        tabTo("[id='petitionForm:receivedAt_input']");
        // A screen registers receipts of the current working period only: a few minutes ago, office time.
        type(Keys.chord(Keys.CONTROL, "a")
                + OfficeTime.minute().minusMinutes(5).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")));
        focused().sendKeys(Keys.ESCAPE);
        tabTo("[id='petitionForm:handlerNo']");
        type("900002");
        tabTo("[id='petitionForm:save']");
        focused().sendKeys(Keys.ENTER);
        waitFor(ExpectedConditions.urlContains("/petitions/detail.xhtml"));
        assertThat(driver.getPageSource()).contains(receipt);

        // A best-practice case: a new draft, every required field, submitted.
        browser.open("/index.xhtml");
        tabTo("#menuMyCases");
        focused().sendKeys(Keys.ENTER);
        waitFor(ExpectedConditions.urlContains("/cases/mine.xhtml"));
        tabTo("[id='mineForm:newCase']");
        focused().sendKeys(Keys.ENTER);
        waitFor(ExpectedConditions.urlContains("/cases/edit.xhtml"));
        String title = "키보드만으로 쓴 사례 " + receipt;
        tabTo("[id='editForm:title']");
        type(title);
        tabTo("[id='editForm:contact']");
        type("민원1팀 02-000-0000");
        tabTo(inside("editForm:category"));
        focused().sendKeys(Keys.ARROW_DOWN);
        closeOverlayWithEnter("editForm:category_panel");
        waitUntil(d -> !((String) js("return document.getElementById('editForm:category_input').value;")).isEmpty());
        tabTo("[id='editForm:implementedOn_input']");
        type("2026-11-02");
        focused().sendKeys(Keys.ESCAPE);
        for (String editor :
                new String[] {"backgroundHtml", "beforeHtml", "afterHtml", "outcomeHtml", "spreadHtml", "nextHtml"}) {
            tabTo("[id='editForm:" + editor + "_editor'] .ql-editor");
            type("키보드로 적은 " + editor);
        }
        tabTo("[id='editForm:submit']");
        focused().sendKeys(Keys.ENTER);
        waitFor(ExpectedConditions.urlContains("/cases/mine.xhtml"));
        assertThat(driver.getPageSource()).contains(title);
    }

    // ---- keyboard helpers -------------------------------------------------------------------------------------

    /** The element with this id or anything inside it (a PrimeFaces widget's focusable part). */
    private static String inside(String id) {
        return "[id='" + id + "'], [id='" + id + "'] *";
    }

    /** Presses TAB until the focused element matches the CSS selector; fails if it takes more than MAX_TABS. */
    private static void tabTo(String selector) {
        java.util.List<String> trail = new java.util.ArrayList<>();
        for (int i = 0; i < MAX_TABS; i++) {
            if (Boolean.TRUE.equals(
                    js("return !!document.activeElement && document.activeElement.matches(arguments[0]);", selector))) {
                return;
            }
            pressTab();
            trail.add(describe(focused()));
        }
        browser.screenshot("keyboard-unreachable");
        throw new AssertionError(selector + " not reached with " + MAX_TABS + " TABs on " + driver.getCurrentUrl()
                + "; focus went through " + trail);
    }

    private static void pressTab() {
        focused().sendKeys(Keys.TAB);
    }

    private static void type(CharSequence text) {
        focused().sendKeys(text);
    }

    /** A select's panel opened by the arrow key takes the highlighted item with ENTER. */
    private static void closeOverlayWithEnter(String panelId) {
        Boolean open = (Boolean) js(
                "var p = document.getElementById(arguments[0]);"
                        + " return !!p && p.offsetParent !== null && getComputedStyle(p).display !== 'none';",
                panelId);
        if (Boolean.TRUE.equals(open)) {
            focused().sendKeys(Keys.ENTER);
        }
    }

    private static WebElement focused() {
        return driver.switchTo().activeElement();
    }

    /** True when the focused element draws an outline or a box shadow (a visible focus indicator). */
    private static boolean focusRingOf(WebElement e) {
        return Boolean.TRUE.equals(js(
                "var s = getComputedStyle(arguments[0]);"
                        + " return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2) || s.boxShadow !== 'none';",
                e));
    }

    private static String describe(WebElement e) {
        return (String) js("var e = arguments[0]; return e.tagName + '#' + e.id + '.' + e.className;", e);
    }

    private static Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    private static <T> void waitFor(org.openqa.selenium.support.ui.ExpectedCondition<T> condition) {
        try {
            new WebDriverWait(driver, Duration.ofSeconds(30)).until(condition);
        } catch (org.openqa.selenium.TimeoutException e) {
            browser.screenshot("keyboard-stuck");
            throw new AssertionError(
                    "stuck on " + driver.getCurrentUrl() + " with messages "
                            + js("return Array.from(document.querySelectorAll('.ui-message, .ui-messages'))"
                                    + ".map(function (m) { return (m.getAttribute('data-target') || '') + ' ' + m.textContent.trim(); })"
                                    + ".filter(function (t) { return t.trim(); }).join(' | ');")
                            + "; fields "
                            + js("return Array.from(document.querySelectorAll('form input:not([type=hidden])'))"
                                    + ".map(function (i) { return i.id + '=' + i.value; }).join(', ');"),
                    e);
        }
    }

    private static void waitUntil(java.util.function.Function<WebDriver, Boolean> condition) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(condition::apply);
    }
}
