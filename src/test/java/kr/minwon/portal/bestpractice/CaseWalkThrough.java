package kr.minwon.portal.bestpractice;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A by-hand walk through the case workflow against a running demo server (not a test the build runs):
 * {@code java -cp ... kr.minwon.portal.bestpractice.CaseWalkThrough http://localhost:8292}. Prints each step.
 */
public final class CaseWalkThrough {

    static String base;
    static WebDriver d;

    public static void main(String[] args) throws Exception {
        base = args.length > 0 ? args[0] : "http://localhost:8292";
        d = driver();
        try {
            walk();
        } finally {
            d.quit();
        }
    }

    static WebDriver driver() throws Exception {
        ChromeOptions o = new ChromeOptions();
        o.setBinary("/usr/bin/chromium");
        Path profile = Files.createTempDirectory(Path.of("target"), "walk-");
        o.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1280,1000",
                "--lang=ko-KR", "--user-data-dir=" + profile.toAbsolutePath());
        ChromeDriverService s = new ChromeDriverService.Builder().usingDriverExecutable(new java.io.File("/usr/bin/chromedriver"))
                .usingAnyFreePort().build();
        ChromeDriver c = new ChromeDriver(s, o);
        c.manage().timeouts().implicitlyWait(Duration.ofSeconds(3));
        return c;
    }

    static void signIn(String user) {
        d.manage().deleteAllCookies();
        d.get(base + "/login.xhtml");
        d.findElement(By.id("loginForm:username")).sendKeys(user);
        d.findElement(By.id("loginForm:password")).sendKeys("minwon1234!");
        d.findElement(By.id("loginForm:signIn")).click();
        sleep(1500);
        log("signed in as " + user + " -> " + d.getCurrentUrl());
    }

    static void js(String script, Object... args) {
        ((JavascriptExecutor) d).executeScript(script, args);
    }

    static void type(String id, String text) {
        WebElement e = d.findElement(By.id(id));
        e.clear();
        e.sendKeys(text);
    }

    static void editor(String id, String text) {
        WebElement e = d.findElement(By.cssSelector("[id='" + id + "_editor'] .ql-editor"));
        e.click();
        e.sendKeys(text);
    }

    static void select(String id, String value) {
        js("var s=document.getElementById(arguments[0]); s.value=arguments[1];", id + "_input", value);
    }

    static void click(String id) {
        d.findElement(By.id(id)).click();
        sleep(1500);
    }

    static String messages() {
        StringBuilder b = new StringBuilder();
        for (WebElement e : d.findElements(By.cssSelector(".ui-messages-error-summary, .ui-message-error-detail, .ui-messages-info-summary"))) {
            b.append(" | ").append(e.getText());
        }
        return b.toString();
    }

    static void log(String s) {
        System.out.println("[walk] " + s);
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static void walk() throws Exception {
        Path dir = Files.createTempDirectory(Path.of("target"), "files-");
        Path goodPdf = dir.resolve("추진결과 보고.pdf");
        Files.writeString(goodPdf, "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
        Path fakePdf = dir.resolve("fake.pdf");
        Files.write(fakePdf, new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0});

        // 1. manager: new draft, submit incomplete, fill, attach, submit
        signIn("demo.manager");
        d.get(base + "/cases/mine.xhtml");
        click("mineForm:newCase");
        String editUrl = d.getCurrentUrl();
        String id = editUrl.replaceAll(".*id=(\\d+).*", "$1");
        log("new draft " + id + " at " + editUrl);
        type("editForm:title", "민원 서식 <script>alert(1)</script> 쉬운 말 바꾸기");
        click("editForm:submit");
        log("submit incomplete -> field errors: " + d.findElements(By.cssSelector(".ui-message-error")).size() + messages());
        type("editForm:contact", "민원1팀 02-000-0000");
        select("editForm:category", "SPEED");
        editor("editForm:backgroundHtml", "서식이 어려워 다시 쓰는 일이 많았습니다.");
        editor("editForm:beforeHtml", "법령 문구 그대로의 서식");
        editor("editForm:afterHtml", "쉬운 말 서식과 작성 예시");
        editor("editForm:outcomeHtml", "재작성 60% 감소");
        editor("editForm:spreadHtml", "서식 파일 공유로 바로 도입");
        editor("editForm:nextHtml", "다국어 서식 제작");
        type("editForm:tags", "서식개선, 쉬운말");
        type("editForm:implementedOn_input", "2025-05-01");
        d.findElement(By.id("editForm:implementedOn_input")).sendKeys(org.openqa.selenium.Keys.ESCAPE);
        click("editForm:saveDraft");
        log("saved draft:" + messages());
        d.findElement(By.id("editForm:attachment_input")).sendKeys(fakePdf.toAbsolutePath().toString());
        click("editForm:uploadButton");
        log("fake pdf upload ->" + messages());
        d.findElement(By.id("editForm:attachment_input")).sendKeys(goodPdf.toAbsolutePath().toString());
        click("editForm:uploadButton");
        log("good pdf upload ->" + messages() + " | list: " + d.findElement(By.id("editAttachments")).getText());
        String fileHref = d.findElement(By.cssSelector("#editAttachments a")).getAttribute("href");
        String fileId = fileHref.replaceAll(".*id=(\\d+).*", "$1");
        click("editForm:submit");
        log("submitted -> " + d.getCurrentUrl() + messages());

        // 1b. another employee cannot see the submitted case or its file
        signIn("demo.employee");
        probe(List.of("/cases/view.xhtml?id=" + id, "/cases/edit.xhtml?id=" + id, "/cases/file?id=" + fileId));

        // 2. admin assigns demo.reviewer
        signIn("demo.admin");
        d.get(base + "/cases/admin.xhtml");
        List<WebElement> selects = d.findElements(By.cssSelector("[id$=':select']"));
        selects.get(0).click();
        sleep(1500);
        log("admin selected: " + d.findElement(By.id("selectedTitle")).getText());
        select("caseForm:reviewer", "900003");
        click("caseForm:assign");
        log("assigned ->" + messages() + " | " + d.findElement(By.id("assignedReviewers")).getText());

        // 3. reviewer scores and requests revision
        signIn("demo.reviewer");
        d.get(base + "/cases/review.xhtml?id=" + id);
        for (WebElement s : d.findElements(By.cssSelector("input[id$=':score_input']"))) {
            s.sendKeys("8");
        }
        type("reviewForm:privateNote", "내부 메모: 효과 수치 근거 확인 필요");
        click("reviewForm:saveScores");
        log("scored ->" + messages());
        type("decisionForm:comment", "성과 수치의 근거를 보완해 주세요.");
        click("decisionForm:requestRevision");
        log("revision requested ->" + messages() + " " + d.getCurrentUrl());

        // 4. manager resubmits
        signIn("demo.manager");
        d.get(base + "/cases/edit.xhtml?id=" + id);
        log("edit status: " + d.findElement(By.id("editStatus")).getText());
        editor("editForm:outcomeHtml", " (2025년 민원 접수 3,100건 기준)");
        click("editForm:submit");
        log("resubmitted ->" + messages() + " " + d.getCurrentUrl());

        // 5. reviewer approves with grade MERIT
        signIn("demo.reviewer");
        d.get(base + "/cases/review.xhtml?id=" + id);
        log("review status: " + d.findElement(By.id("reviewStatus")).getText());
        d.findElement(By.cssSelector("label[for='decisionForm:grade:2']")).click();
        type("decisionForm:comment", "보완 확인, 장려로 선정");
        click("decisionForm:approve");
        log("approved ->" + messages());

        // 6. admin publishes now
        signIn("demo.admin");
        d.get(base + "/cases/admin.xhtml");
        d.findElements(By.cssSelector("[id$=':select']")).get(0).click();
        sleep(1500);
        log("admin selected: " + d.findElement(By.id("selectedTitle")).getText());
        click("caseForm:publish");
        log("published ->" + messages() + " | " + d.findElement(By.id("selectedStatus")).getText());

        // 7. employee finds, opens, likes, adopts
        signIn("demo.employee");
        d.get(base + "/cases/board.xhtml");
        type("boardForm:q", "쉬운 말");
        click("boardForm:searchButton");
        List<WebElement> links = d.findElements(By.cssSelector("#boardForm\\:results a[id$='cardLink'], #boardForm\\:results a[id$='listLink']"));
        log("search hits: " + links.size() + " first: " + (links.isEmpty() ? "-" : links.get(0).getText()));
        links.get(0).click();
        sleep(1500);
        log("opened " + d.getCurrentUrl() + " title: " + d.findElement(By.cssSelector("h1")).getText()
                + " | script tag in page? " + d.getPageSource().contains("<script>alert(1)"));
        click("caseActions:like");
        log("liked -> " + d.findElement(By.id("caseCounts")).getText() + " button: " + d.findElement(By.id("caseActions:like")).getText());
        d.get(base + "/cases/view.xhtml?id=3");
        log("adoptions before: " + d.findElement(By.id("adoptionList")).getText());
        click("adoptForm:adopt");
        log("adopt empty ->" + messages());
        type("adoptForm:adoptionNote", "민원1팀 서식에 같은 방식 적용");
        click("adoptForm:adopt");
        log("adopted ->" + messages() + " | list: " + d.findElement(By.id("adoptionList")).getText());

        // 9. two managers' windows on one draft: the second save is refused and keeps its text
        signIn("demo.manager");
        WebDriver first = d;
        WebDriver second = driver();
        d = second;
        signIn("demo.manager");
        d.get(base + "/cases/edit.xhtml?id=8");
        d = first;
        d.get(base + "/cases/edit.xhtml?id=8");
        type("editForm:title", "민원 대기 안내 전광판 개선 (첫 번째 창)");
        click("editForm:saveDraft");
        log("first window saved ->" + messages());
        d = second;
        type("editForm:title", "민원 대기 안내 전광판 개선 (두 번째 창)");
        click("editForm:saveDraft");
        log("second window save ->" + messages() + " | title kept: " + d.findElement(By.id("editForm:title")).getAttribute("value")
                + " | reload offered: " + !d.findElements(By.id("editForm:reload")).isEmpty());
        second.quit();
        d = first;
        signIn("demo.employee");

        // 8. employee cannot reach drafts, rejected cases or their files
        probe(List.of("/cases/view.xhtml?id=8", "/cases/edit.xhtml?id=8", "/cases/view.xhtml?id=7",
                "/cases/edit.xhtml?id=7", "/cases/view.xhtml?id=5", "/cases/file?id=" + fileId, "/cases/file?id=1",
                "/cases/admin.xhtml", "/cases/review.xhtml?id=5", "/cases/edit.xhtml?id=" + id));
    }

    static void probe(List<String> paths) throws Exception {
        String cookie = d.manage().getCookieNamed("JSESSIONID").getValue();
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        for (String path : paths) {
            HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(base + path))
                    .header("Cookie", "JSESSIONID=" + cookie).build(), HttpResponse.BodyHandlers.ofByteArray());
            log("employee GET " + path + " -> " + r.statusCode() + " " + r.headers().firstValue("Content-Type").orElse("")
                    + " " + r.headers().firstValue("Content-Disposition").orElse("")
                    + " " + r.headers().firstValue("X-Content-Type-Options").orElse(""));
        }
    }
}
