package kr.minwon.portal.testing;

import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The moves the browser tests make on PrimeFaces pages, each waiting for what it causes (a new page after a
 * non-ajax button, an empty ajax queue after an ajax one) instead of sleeping.
 */
public final class Pages {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private final WebDriver driver;

    public Pages(Browser browser) {
        this.driver = browser.driver();
    }

    public WebDriverWait await() {
        return new WebDriverWait(driver, WAIT);
    }

    public WebElement element(String id) {
        return await().until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
    }

    public String text(String id) {
        return element(id).getText();
    }

    public void type(String id, String text) {
        WebElement e = element(id);
        e.clear();
        e.sendKeys(text);
    }

    /** Types into a p:textEditor (Quill), which copies its HTML into the hidden input on each change. */
    public void editor(String id, String text) {
        WebElement e = await().until(
                        ExpectedConditions.elementToBeClickable(By.cssSelector("[id='" + id + "_editor'] .ql-editor")));
        e.click();
        e.sendKeys(text);
    }

    /** Chooses a p:selectOneMenu value on its hidden select, which is what the form posts. */
    public void choose(String id, String value) {
        js(
                "var s=document.getElementById(arguments[0]); s.value=arguments[1];"
                        + "s.dispatchEvent(new Event('change', {bubbles: true}));",
                id + "_input",
                value);
    }

    public Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** Clicks a non-ajax button or link and waits until the next page has loaded. */
    public void submit(String id) {
        submit(element(id));
    }

    public void submit(WebElement e) {
        e.click();
        await().until(ExpectedConditions.stalenessOf(e));
        awaitLoaded();
    }

    /** Clicks an ajax button and waits until PrimeFaces' request queue is empty again. */
    public void ajax(String id) {
        element(id).click();
        awaitAjax();
    }

    public void awaitLoaded() {
        await().until(d -> "complete".equals(js("return document.readyState")));
    }

    public void awaitAjax() {
        await().until(d -> Boolean.TRUE.equals(js(
                "return document.readyState === 'complete' && (!window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty())"
                        + " && (!window.jQuery || jQuery.active === 0);")));
    }

    /** The texts of the messages shown (global and by fields), for failure descriptions. */
    public String messages() {
        List<WebElement> shown = driver.findElements(By.cssSelector(
                ".ui-messages-error-summary, .ui-messages-info-summary, .ui-messages-warn-summary, .ui-message-error-detail,"
                        + " .ui-messages-error-detail, .ui-message-error"));
        return shown.stream().map(WebElement::getText).filter(t -> !t.isBlank()).collect(Collectors.joining(" | "));
    }
}
