package kr.minwon.portal.petition.boundary;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A walk through the petition screens on a running demo server, with a screenshot of each step for a person to look
 * at. Not a test (the test lead owns the *IT suite); run by hand:
 * {@code java -cp ... PetitionScreensTour http://localhost:8686 target/shots}.
 */
public final class PetitionScreensTour {

    /** An open petition of demo.employee's that the walk stops, extends and completes. */
    private static final String PETITION = System.getProperty("tour.petition", "2026-9000011");

    private final WebDriver driver;
    private final WebDriverWait wait;
    private final String base;
    private final Path out;
    private int shot;

    private PetitionScreensTour(WebDriver driver, String base, Path out) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        this.base = base;
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://localhost:8686";
        Path out = Path.of(args.length > 1 ? args[1] : "target/shots");
        Files.createDirectories(out);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("chrome.binary", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--lang=ko-KR");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new java.io.File(System.getProperty("chrome.driver", "/usr/bin/chromedriver")))
                .build();
        WebDriver driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(1400, 1100));
        try {
            PetitionScreensTour tour = new PetitionScreensTour(driver, base, out);
            try {
                tour.run();
            } catch (RuntimeException e) {
                tour.snap("failed");
                throw e;
            }
        } finally {
            driver.quit();
        }
    }

    private void run() throws IOException {
        signIn("demo.employee");
        if (Boolean.getBoolean("tour.formsOnly")) {
            forms();
            others();
            return;
        }
        open("/index.xhtml");
        snap("employee-home");
        open("/petitions/mine.xhtml");
        snap("employee-mine");
        String first = driver.findElements(By.cssSelector("#listForm\\:petitions a")).get(0).getText();
        System.out.println("first row: " + first);

        open("/petitions/detail.xhtml?no=" + PETITION);
        snap("detail");
        // Stop the clock for a supplement request, then end it.
        click("actionForm:openStop");
        waitFor("actionForm:stopSave");
        snap("detail-stop-form");
        click("actionForm:stopSave");
        waitForText("처리기간을 정지했습니다");
        snap("detail-stopped");
        click("actionForm:openResume");
        waitFor("actionForm:resumeSave");
        click("actionForm:resumeSave");
        waitForText("정지를 끝냈습니다");
        snap("detail-resumed");
        // Extend without a reason: the message belongs next to the field.
        click("actionForm:openExtend");
        waitFor("actionForm:extendSave");
        type("actionForm:extendAmount_input", "3");
        click("actionForm:extendSave");
        waitForText("필수 입력 항목");
        snap("detail-extend-missing-reason");
        type("actionForm:extendReason", "현장 확인이 필요함");
        click("actionForm:extendSave");
        waitForText("처리기간을 연장했습니다");
        snap("detail-extended");

        // A conflict: a second tab changes the petition, the first one then tries.
        String firstTab = driver.getWindowHandle();
        driver.switchTo().newWindow(WindowType.TAB);
        open("/petitions/detail.xhtml?no=" + PETITION);
        click("actionForm:openStop");
        waitFor("actionForm:stopSave");
        click("actionForm:stopSave");
        waitForText("처리기간을 정지했습니다");
        driver.close();
        driver.switchTo().window(firstTab);
        click("actionForm:openComplete");
        waitFor("actionForm:completeSave");
        click("actionForm:completeSave");
        waitForText("다른 사람이 먼저 바꾸었습니다");
        snap("detail-conflict");
        click("actionForm:refresh");
        waitForText("정지 중");
        click("actionForm:openComplete");
        waitFor("actionForm:completeSave");
        click("actionForm:completeSave");
        waitForText("결재 완료로 처리했습니다");
        snap("detail-completed");

        open("/petitions/detail.xhtml?no=2026-0007864");
        snap("detail-other-handler-refused");

        forms();
    }

    private void forms() throws IOException {
        open("/petitions/new.xhtml");
        type("petitionForm:handlerNo", "");
        click("petitionForm:save");
        waitForText("필수 입력 항목");
        snap("new-empty-errors");
        type("petitionForm:receiptNo", "2026-TOUR-" + System.currentTimeMillis() % 100000);
        choose("petitionForm:typeCode", "C0003");
        type("petitionForm:handlerNo", "999999");
        click("petitionForm:save");
        waitForText("없거나 재직하지 않는 직원");
        snap("new-rule-error");
        type("petitionForm:handlerNo", "900001");
        click("petitionForm:save");
        waitForText("등록했습니다");
        snap("new-created");
        // Two extensions: the second without the applicant's consent is refused beside the amount.
        for (int i = 0; i < 2; i++) {
            click("actionForm:openExtend");
            waitFor("actionForm:extendSave");
            type("actionForm:extendAmount_input", "1");
            type("actionForm:extendReason", "관계기관 협의");
            click("actionForm:extendSave");
            waitForText(i == 0 ? "처리기간을 연장했습니다" : "신청인의 동의가 있어야");
        }
        snap("new-second-extension-refused");
        click("actionForm:extendCancel");
        click("actionForm:openTransfer");
        waitFor("actionForm:transferSave");
        type("actionForm:transferHandlerNo", "100004");
        click("actionForm:transferSave");
        waitForText("이송했습니다");
        snap("new-transferred");

        open("/petitions/calculator.xhtml");
        List<WebElement> presets = driver.findElements(By.cssSelector(".preset-list a"));
        presets.get(2).click();
        waitForText("계산 결과");
        snap("calculator-immediate");
        signOut();
        others();
    }

    private void others() throws IOException {

        signIn("demo.manager");
        open("/petitions/unit.xhtml");
        snap("manager-unit");
        signOut();

        signIn("demo.auditor");
        open("/index.xhtml");
        snap("auditor-home");
        open("/petitions/overdue.xhtml");
        snap("auditor-overdue");
        driver.findElement(By.cssSelector("#listForm\\:petitions\\:colDaysOverdue")).click();
        wait.until(ExpectedConditions.attributeContains(By.id("listForm:petitions:colDaysOverdue"), "aria-sort", "ascending"));
        snap("auditor-overdue-sorted-ascending");
        signOut();
    }

    private void signIn(String user) {
        open("/login.xhtml");
        type("loginForm:username", user);
        type("loginForm:password", "minwon1234!");
        click("loginForm:signIn");
        wait.until(ExpectedConditions.urlContains("index.xhtml"));
    }

    private void signOut() {
        driver.manage().deleteAllCookies();
    }

    private void open(String path) {
        driver.get(base + path);
        wait.until(d -> "complete".equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    private void click(String id) {
        wait.until(ExpectedConditions.elementToBeClickable(By.id(id))).click();
    }

    private void type(String id, String text) {
        WebElement e = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
        e.clear();
        e.sendKeys(text);
    }

    /** Picks an item of a PrimeFaces select through its widget: clicking items races the panel's animation. */
    private void choose(String id, String value) {
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "PrimeFaces.getWidgetById(arguments[0]).selectValue(arguments[1]);", id, value);
    }

    private void waitFor(String id) {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
    }

    private void waitForText(String text) {
        wait.until(d -> d.findElement(By.tagName("body")).getText().contains(text));
    }

    private void snap(String name) throws IOException {
        Path file = out.resolve(String.format("%02d-%s.png", ++shot, name));
        Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        System.out.println(file);
    }
}
