package kr.minwon.portal.calendar.boundary;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A manual walk through the calendar and petition-type admin screens on a running demo server, taking screenshots.
 * Not a test (no *Test/*IT name): run it by hand against {@code args[0]} (default http://localhost:8787) with headless
 * Chromium; screenshots go to {@code args[1]} (default target/screens).
 */
public final class AdminScreenshots {

    public static void main(String[] args) throws IOException {
        String base = args.length > 0 ? args[0] : "http://localhost:8787";
        Path out = Path.of(args.length > 1 ? args[1] : "target/screens");
        Files.createDirectories(out);
        ChromeOptions options = new ChromeOptions();
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--lang=ko-KR");
        WebDriver driver = new ChromeDriver(options);
        driver.manage().window().setSize(new Dimension(1400, 1800));
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(15));
        try {
            driver.get(base + "/login.xhtml");
            driver.findElement(By.id("loginForm:username")).sendKeys("demo.admin");
            driver.findElement(By.id("loginForm:password")).sendKeys("minwon1234!");
            driver.findElement(By.id("loginForm:signIn")).click();
            wait.until(ExpectedConditions.urlContains("index"));

            driver.get(base + "/calendar/admin.xhtml?year=2026&month=11");
            shot(driver, out, "1-calendar");

            // Remove the test holiday through the dialog.
            java.util.List<WebElement> removes = driver.findElements(By.xpath("//tr[td//time[@datetime='2026-11-23']]//button"));
            if (!removes.isEmpty()) {
            removes.get(0).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("removeForm:removeReason")));
            shot(driver, out, "2-remove-dialog");
            driver.findElement(By.id("removeForm:removeReason")).sendKeys("통합 점검 끝: 시험용 임시공휴일 삭제");
            driver.findElement(By.id("removeForm:confirmRemove")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "삭제했습니다"));
            shot(driver, out, "3-removed");
            }

            // Add without a reason: the field says it is required.
            driver.findElement(By.id("addForm:date_input")).sendKeys("2026-12-24");
            driver.findElement(By.id("addForm:name")).sendKeys("성탄절 전날");
            // The keyboard, as a person without a mouse would; the date panel may still be closing.
            driver.findElement(By.id("addForm:add")).sendKeys(org.openqa.selenium.Keys.ENTER);
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#addForm .ui-message-error")));
            shot(driver, out, "4-add-reason-required");

            driver.get(base + "/petitions/types.xhtml");
            shot(driver, out, "5-types");
            driver.findElement(By.id("listForm:types:0:edit")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("typeForm:name")));
            shot(driver, out, "6-type-dialog");
            WebElement name = driver.findElement(By.id("typeForm:name"));
            name.clear();
            driver.findElement(By.id("typeForm:save")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#typeForm .ui-message-error")));
            shot(driver, out, "7-type-name-required");
            driver.findElement(By.id("typeForm:cancel")).click();

            Path bad = Files.createTempFile("types", ".csv");
            Files.writeString(bad, "민원사무코드,민원사무명,처리기간,단위\nC0001,건축물대장,3,일\n,이름만,3,일\nZ9,단위 틀림,3,분\n");
            driver.findElement(By.id("importForm:csv_input")).sendKeys(bad.toAbsolutePath().toString());
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".problem-table")));
            shot(driver, out, "8-import-refused");
        } finally {
            shot(driver, out, "9-last");
            driver.quit();
        }
    }

    private static void shot(WebDriver driver, Path out, String name) throws IOException {
        byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
        Files.write(out.resolve(name + ".png"), png);
    }
}
