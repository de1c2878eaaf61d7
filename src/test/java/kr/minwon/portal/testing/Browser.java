package kr.minwon.portal.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium driven by Debian's chromedriver (paths from system properties, so Selenium Manager never goes
 * to the internet), with a fresh profile under target/.
 */
public final class Browser implements AutoCloseable {

    private final ChromeDriver driver;
    private final Path profile;
    private final PortalServer server;

    public Browser(PortalServer server) {
        this.server = server;
        Path target = Paths.get(System.getProperty("it.target", "target")).toAbsolutePath();
        try {
            Files.createDirectories(target.resolve("chromium"));
            this.profile = Files.createTempDirectory(target.resolve("chromium"), "profile-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("chrome.binary", "/usr/bin/chromium"));
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-dev-shm-usage",
                "--window-size=1280,900",
                "--lang=ko-KR",
                "--user-data-dir=" + profile);
        // Korean first, as in the office: the portal picks its language from the browser's.
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", "ko-KR,ko"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Paths.get(System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver"))
                        .toFile())
                .usingAnyFreePort()
                .withLogFile(
                        target.resolve("chromium").resolve("chromedriver.log").toFile())
                .build();
        this.driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    public WebDriver driver() {
        return driver;
    }

    public void open(String path) {
        driver.get(server.baseUrl() + path);
    }

    /** Signs in through the login form, as a person would, and waits for the page it leads to. */
    public void signIn(String username, String password) {
        open("/login.xhtml");
        driver.findElement(By.id("loginForm:username")).sendKeys(username);
        driver.findElement(By.id("loginForm:password")).sendKeys(password);
        driver.findElement(By.id("loginForm:signIn")).click();
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(ExpectedConditions.not(ExpectedConditions.urlContains("/login.xhtml")));
    }

    public void signOut() {
        driver.manage().deleteAllCookies();
    }

    public boolean has(String id) {
        return !driver.findElements(By.id(id)).isEmpty();
    }

    /** Saves a screenshot as target/screenshots/<name>.png and returns its path. */
    public Path screenshot(String name) {
        try {
            Path dir = Files.createDirectories(Paths.get(System.getProperty("it.target", "target"))
                    .toAbsolutePath()
                    .resolve("screenshots"));
            Path file = dir.resolve(name + ".png");
            Path shot =
                    ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(shot, file, StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
