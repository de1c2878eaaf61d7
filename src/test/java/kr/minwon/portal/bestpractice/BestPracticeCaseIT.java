package kr.minwon.portal.bestpractice;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kr.minwon.portal.testing.Browser;
import kr.minwon.portal.testing.BrowserExtension;
import kr.minwon.portal.testing.DemoUser;
import kr.minwon.portal.testing.Pages;
import kr.minwon.portal.testing.PortalServer;
import kr.minwon.portal.testing.PortalSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A best-practice case in a real browser from the manager's draft to another team's adoption, through submission,
 * assignment, a revision round, approval with a grade and publication; then what an employee may not reach (drafts,
 * rejected cases, their files) and markup that must come out harmless on the case page.
 */
@ExtendWith(BrowserExtension.class)
class BestPracticeCaseIT {

    private static final Pattern CASE_ID = Pattern.compile("[?&]id=(\\d+)");
    /** A tag (not escaped text) carrying an event handler. */
    private static final Pattern HANDLER_IN_TAG = Pattern.compile("<[^<>]*\\bonerror\\s*=", Pattern.CASE_INSENSITIVE);

    private static final DemoUser AUTHOR = DemoUser.HEAD;

    private static Browser browser;
    private static Pages pages;
    /** demo.manager's draft with markup in it and a PDF attached, made once for the tests that need one. */
    private static long[] markupDraft;

    @BeforeAll
    static void startBrowser(Browser classBrowser, Pages classPages) {
        browser = classBrowser;
        pages = classPages;
    }

    @AfterEach
    void signOut() {
        browser.signOut();
    }

    private static void signIn(DemoUser user) {
        browser.signOut();
        browser.signIn(user.username(), PortalServer.DEMO_PASSWORD);
    }

    private static long idIn(String url) {
        Matcher m = CASE_ID.matcher(url);
        assertThat(m.find()).as("an id in " + url).isTrue();
        return Long.parseLong(m.group(1));
    }

    /**
     * A manager opens a new case from his list and saves it once (opening alone stores nothing: the form has no id
     * until the first save, issue 18); returns its id.
     */
    private static long newDraft(DemoUser author) {
        signIn(author);
        browser.open("/cases/mine.xhtml");
        pages.submit("mineForm:newCase");
        assertThat(browser.driver().getCurrentUrl())
                .contains("/cases/edit.xhtml")
                .doesNotContain("id=");
        pages.submit("editForm:saveDraft");
        return idIn(browser.driver().getCurrentUrl());
    }

    private static void fillEverythingButTitle() {
        pages.type("editForm:contact", "민원1팀 02-000-0000");
        pages.choose("editForm:category", "SPEED");
        pages.editor("editForm:backgroundHtml", "서식이 어려워 다시 쓰는 일이 많았습니다.");
        pages.editor("editForm:beforeHtml", "법령 문구 그대로의 서식");
        pages.editor("editForm:afterHtml", "쉬운 말 서식과 작성 예시");
        pages.editor("editForm:outcomeHtml", "재작성 60% 감소");
        pages.editor("editForm:spreadHtml", "서식 파일 공유로 바로 도입");
        pages.editor("editForm:nextHtml", "다국어 서식 제작");
        pages.type("editForm:tags", "서식개선, 시험");
        pages.type("editForm:implementedOn_input", "2025-05-01");
        pages.element("editForm:implementedOn_input").sendKeys(Keys.ESCAPE);
    }

    private static String status(String id) {
        return pages.text(id).strip();
    }

    @Test
    void a_case_goes_from_draft_through_revision_and_publication_to_another_teams_adoption() {
        String token = "사례시험" + System.currentTimeMillis();
        String title = "민원 서식 쉬운 말 바꾸기 " + token;

        // The author is 민원여권과's head, demo.head. A unit of the author's own department may not record an adoption
        // (Cases.adopt): demo.employee's 민원1팀 is refused, demo.auditor's 감사담당관 records it.
        long id = newDraft(AUTHOR);
        pages.type("editForm:title", title);
        fillEverythingButTitle();
        pages.submit("editForm:saveDraft");
        assertThat(pages.messages()).as("saved without field errors").doesNotContain("필수");
        pages.submit("editForm:submit");
        browser.screenshot("case-1-submitted");
        browser.open("/cases/edit.xhtml?id=" + id);
        assertThat(status("editStatus"))
                .as("after submitting: " + pages.messages())
                .isEqualTo("제출됨");

        // demo.admin assigns demo.reviewer
        signIn(DemoUser.ADMIN);
        selectOnAdminList(title);
        pages.choose("caseForm:reviewer", "900003");
        pages.submit("caseForm:assign");
        browser.screenshot("case-2-assigned");
        assertThat(pages.text("assignedReviewers")).as(pages.messages()).contains("900003");

        // demo.reviewer scores and asks for a revision
        signIn(DemoUser.REVIEWER);
        browser.open("/cases/review.xhtml?id=" + id);
        assertThat(status("reviewStatus")).isEqualTo("심사 중");
        scoreAll("8");
        pages.type("decisionForm:comment", "성과 수치의 근거를 보완해 주세요.");
        pages.submit("decisionForm:requestRevision");
        browser.screenshot("case-3-revision-requested");
        browser.open("/cases/review.xhtml?id=" + id);
        assertThat(status("reviewStatus")).as(pages.messages()).isEqualTo("보완 요청");

        // the author revises and resubmits
        signIn(AUTHOR);
        browser.open("/cases/edit.xhtml?id=" + id);
        assertThat(status("editStatus")).isEqualTo("보완 요청");
        pages.editor("editForm:outcomeHtml", " (2025년 민원 접수 3,100건 기준)");
        pages.submit("editForm:submit");
        browser.open("/cases/edit.xhtml?id=" + id);
        assertThat(status("editStatus")).as(pages.messages()).isEqualTo("재제출됨");

        // demo.reviewer approves with 장려
        signIn(DemoUser.REVIEWER);
        browser.open("/cases/review.xhtml?id=" + id);
        assertThat(status("reviewStatus")).isEqualTo("재제출됨");
        scoreAll("8");
        WebElement merit = browser.driver().findElements(By.cssSelector("[id='decisionForm:grade'] label")).stream()
                .filter(l -> l.getText().strip().equals("장려"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no 장려 choice on the review page"));
        merit.click();
        pages.type("decisionForm:comment", "보완 확인, 장려로 선정");
        pages.submit("decisionForm:approve");
        browser.screenshot("case-4-approved");
        browser.open("/cases/review.xhtml?id=" + id);
        assertThat(status("reviewStatus")).as(pages.messages()).isEqualTo("선정");

        // demo.admin publishes now
        signIn(DemoUser.ADMIN);
        selectOnAdminList(title);
        pages.submit("caseForm:publish");
        browser.screenshot("case-5-published");
        assertThat(status("selectedStatus")).as(pages.messages()).isEqualTo("게시됨");

        // demo.employee finds it on the board, opens it, likes it and tries to record his team's adoption
        signIn(DemoUser.EMPLOYEE);
        browser.open("/cases/board.xhtml");
        pages.type("boardForm:q", token);
        pages.ajax("boardForm:searchButton");
        By hits = By.cssSelector(
                "[id='boardForm:results'] a[id$='cardLink'], [id='boardForm:results'] a[id$='listLink']");
        pages.await().until(d -> d.findElements(hits).size() == 1);
        browser.screenshot("case-6-board-search");
        WebElement hit = browser.driver().findElement(hits);
        assertThat(hit.getText()).isEqualTo(title);
        pages.submit(hit);
        assertThat(idIn(browser.driver().getCurrentUrl())).isEqualTo(id);
        assertThat(pages.text("caseGrade")).isEqualTo("장려");
        assertThat(pages.text("caseCounts")).contains("도움돼요 0");
        pages.submit("caseActions:like");
        assertThat(pages.text("caseCounts")).as(pages.messages()).contains("도움돼요 1");
        assertThat(pages.text("caseActions:like")).isEqualTo("도움돼요 취소");
        assertThat(pages.text("noAdoptions")).isEqualTo("아직 채택한 부서가 없습니다.");

        // 민원1팀 belongs to the author's department (민원여권과): its adoption is refused (issue 13, 4)
        pages.type("adoptForm:adoptionNote", "민원1팀 서식에 같은 방식 적용");
        pages.submit("adoptForm:adopt");
        assertThat(pages.messages()).contains("같은 부서(민원여권과)에서 만든 사례는 채택으로 기록할 수 없습니다");
        assertThat(pages.text("noAdoptions")).isEqualTo("아직 채택한 부서가 없습니다.");

        // demo.auditor records 감사담당관's adoption
        signIn(DemoUser.AUDITOR);
        browser.open("/cases/view.xhtml?id=" + id);
        pages.type("adoptForm:adoptionNote", "감사담당관 점검 서식에 같은 방식 적용");
        pages.submit("adoptForm:adopt");
        browser.screenshot("case-7-liked-and-adopted");
        assertThat(pages.text("adoptionList"))
                .as(pages.messages())
                .contains("감사담당관")
                .contains("감사담당관 점검 서식에 같은 방식 적용");
        assertThat(browser.has("alreadyAdopted")).isTrue();
        assertThat(browser.has("adoptForm")).as("no second adoption form").isFalse();
    }

    /**
     * A file whose bytes are not what its name says is refused, a real PDF is attached; and of two windows on one
     * draft, the second save is refused with its text kept and a reload offered. (Was the CaseWalkThrough tour.)
     */
    @Test
    void a_disguised_file_is_refused_and_a_second_window_cannot_overwrite_the_first() throws Exception {
        String token = "창시험" + System.currentTimeMillis();
        long id = newDraft(AUTHOR);
        pages.type("editForm:title", "민원 대기 안내 전광판 개선 " + token);
        fillEverythingButTitle();
        pages.submit("editForm:saveDraft");

        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("case-files-");
        java.nio.file.Path fakePdf = dir.resolve("fake.pdf");
        java.nio.file.Files.write(fakePdf, new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0});
        java.nio.file.Path goodPdf = dir.resolve("report.pdf");
        java.nio.file.Files.writeString(goodPdf, "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
        pages.element("editForm:attachment_input")
                .sendKeys(fakePdf.toAbsolutePath().toString());
        pages.submit("editForm:uploadButton");
        assertThat(pages.messages()).as("the disguised file is refused").isNotBlank();
        assertThat(pages.text("editAttachments")).doesNotContain("fake.pdf");
        pages.element("editForm:attachment_input")
                .sendKeys(goodPdf.toAbsolutePath().toString());
        pages.submit("editForm:uploadButton");
        assertThat(pages.text("editAttachments")).as(pages.messages()).contains("report.pdf");

        WebDriver d = browser.driver();
        String first = d.getWindowHandle();
        d.switchTo().newWindow(org.openqa.selenium.WindowType.TAB);
        browser.open("/cases/edit.xhtml?id=" + id);
        String second = d.getWindowHandle();
        try {
            d.switchTo().window(first);
            pages.type("editForm:title", "민원 대기 안내 전광판 개선 (첫 번째 창) " + token);
            pages.submit("editForm:saveDraft");
            assertThat(pages.messages()).doesNotContain("먼저");
            d.switchTo().window(second);
            String mine = "민원 대기 안내 전광판 개선 (두 번째 창) " + token;
            pages.type("editForm:title", mine);
            pages.submit("editForm:saveDraft");
            browser.screenshot("case-8-second-window-refused");
            assertThat(browser.has("editForm:reload"))
                    .as("a reload is offered; " + pages.messages())
                    .isTrue();
            assertThat(pages.element("editForm:title").getAttribute("value"))
                    .as("the text is kept")
                    .isEqualTo(mine);
        } finally {
            d.switchTo().window(second).close();
            d.switchTo().window(first);
        }
        browser.open("/cases/edit.xhtml?id=" + id);
        assertThat(pages.element("editForm:title").getAttribute("value"))
                .as("the first window's save stands")
                .contains("(첫 번째 창)");
    }

    private static void selectOnAdminList(String title) {
        browser.open("/cases/admin.xhtml");
        By select = By.cssSelector("button[title='선택: " + title + "']");
        WebElement button = pages.await().until(ExpectedConditions.presenceOfElementLocated(select));
        pages.submit(button);
        assertThat(pages.text("selectedTitle")).contains(title);
    }

    private static void scoreAll(String points) {
        List<WebElement> scores = browser.driver().findElements(By.cssSelector("input[id$=':score_input']"));
        assertThat(scores).as("score fields on the review page").isNotEmpty();
        for (WebElement s : scores) {
            s.clear();
            s.sendKeys(points);
        }
        pages.type("reviewForm:privateNote", "내부 메모: 효과 수치 근거 확인");
        pages.submit("reviewForm:saveScores");
        assertThat(browser.driver().findElements(By.id("myTotal")))
                .as(pages.messages())
                .isNotEmpty();
    }

    // --------------------------------------------------------------------------------------------- markup

    /** Creates (once) demo.manager's draft with script and event-handler markup and a PDF: {caseId, fileId}. */
    private static synchronized long[] markupDraft() throws Exception {
        if (markupDraft != null) {
            return markupDraft;
        }
        long id = newDraft(DemoUser.MANAGER);
        pages.type("editForm:title", "서식 <script>alert(1)</script> 시험 <img src=x onerror=alert(1)>");
        fillEverythingButTitle();
        pages.editor("editForm:beforeHtml", " <script>alert(1)</script> <img src=x onerror=alert(1)>");
        // What a hand-made post would carry: the HTML itself, not text typed into the editor.
        pages.js(
                "document.getElementById(arguments[0]).value = arguments[1];",
                "editForm:afterHtml_input",
                "<p>쉬운 말 서식</p><script>alert(1)</script><img src=x onerror=alert(1)><p onclick=\"alert(1)\">예시</p>");
        pages.submit("editForm:saveDraft");
        browser.screenshot("case-markup-draft-saved");
        Path dir = Files.createDirectories(Paths.get(System.getProperty("it.target", "target"))
                .toAbsolutePath()
                .resolve("it-files"));
        Path pdf = dir.resolve("추진결과 보고.pdf");
        Files.writeString(pdf, "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n", StandardCharsets.ISO_8859_1);
        pages.element("editForm:attachment_input").sendKeys(pdf.toString());
        pages.submit("editForm:uploadButton");
        List<WebElement> links = browser.driver().findElements(By.cssSelector("#editAttachments a"));
        assertThat(links).as("the uploaded PDF is listed: " + pages.messages()).hasSize(1);
        long fileId = idIn(links.get(0).getAttribute("href"));
        markupDraft = new long[] {id, fileId};
        return markupDraft;
    }

    @Test
    void script_and_event_handlers_in_a_draft_come_out_harmless_on_the_case_page() throws Exception {
        long id = markupDraft()[0];
        HttpResponse<String> page = PortalSession.signedIn(DemoUser.MANAGER).get("/cases/view.xhtml?id=" + id);
        assertThat(page.statusCode()).isEqualTo(200);
        String html = page.body();
        assertThat(html).as("the author sees his draft").contains("시험");
        assertThat(html.toLowerCase()).doesNotContain("<script>alert");
        assertThat(html).doesNotContainPattern(HANDLER_IN_TAG);
        assertThat(html).doesNotContainPattern(Pattern.compile("<[^<>]*\\bonclick\\s*=", Pattern.CASE_INSENSITIVE));
        assertThat(html)
                .as("the kept parts are still there")
                .contains("쉬운 말 서식")
                .contains("예시");
        browser.open("/cases/view.xhtml?id=" + id);
        browser.screenshot("case-markup-view");
        assertThat(ExpectedConditions.alertIsPresent().apply(browser.driver()))
                .as("no alert on the case page")
                .isNull();
    }

    // ------------------------------------------------------------------------------------------ refusals

    @Test
    void an_employee_reaches_neither_drafts_nor_rejected_cases_nor_their_files() throws Exception {
        long[] draft = markupDraft();
        long demoDraft = demoManagersDraft();
        long rejected = rejectedCase();
        browser.signOut();

        PortalSession employee = PortalSession.signedIn(DemoUser.EMPLOYEE);
        List<String> paths = new ArrayList<>(List.of(
                "/cases/view.xhtml?id=" + demoDraft,
                "/cases/edit.xhtml?id=" + demoDraft,
                "/cases/view.xhtml?id=" + rejected,
                "/cases/edit.xhtml?id=" + rejected,
                "/cases/view.xhtml?id=" + draft[0],
                "/cases/edit.xhtml?id=" + draft[0],
                "/cases/file?id=" + draft[1]));
        for (String path : paths) {
            HttpResponse<String> r = employee.get(path);
            assertThat(r.statusCode()).as("demo.employee GET " + path).isIn(403, 404);
            assertThat(r.body())
                    .as("demo.employee GET " + path)
                    .doesNotContain("민원 대기 안내 전광판")
                    .doesNotContain("재산세 고지서 안내 문구")
                    .doesNotContain("%PDF")
                    .doesNotContain("editForm");
        }
        // The author still may: the refusals above are about who asks, not broken pages.
        HttpResponse<String> own = PortalSession.signedIn(DemoUser.MANAGER).get("/cases/file?id=" + draft[1]);
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(own.body()).startsWith("%PDF");
    }

    /** The id of the demo draft demo.manager wrote (any draft of his other than this class's own if it was renamed). */
    private static long demoManagersDraft() {
        String html = PortalSession.signedIn(DemoUser.MANAGER)
                .get("/cases/mine.xhtml")
                .body();
        Long any = null;
        Matcher row = Pattern.compile("<tr[^>]*>(.*?)</tr>", Pattern.DOTALL).matcher(html);
        while (row.find()) {
            String r = row.group(1);
            Matcher link = Pattern.compile(
                            "editLink\"[^>]*href=\"[^\"]*[?&](?:amp;)?id=(\\d+)\"|href=\"[^\"]*[?&](?:amp;)?id=(\\d+)\"[^>]*editLink")
                    .matcher(r);
            if (r.contains("작성 중") && link.find()) {
                long id = Long.parseLong(link.group(1) != null ? link.group(1) : link.group(2));
                if (r.contains("민원 대기 안내 전광판")) {
                    return id;
                }
                if (markupDraft == null || id != markupDraft[0]) {
                    any = any == null ? id : any;
                }
            }
        }
        assertThat(any).as("a draft on demo.manager's list:\n" + html).isNotNull();
        return any;
    }

    /** The id of the demo's rejected case, read from demo.admin's case list filtered to 미선정. */
    private static long rejectedCase() {
        signIn(DemoUser.ADMIN);
        browser.open("/cases/admin.xhtml");
        pages.choose("listForm:statusFilter", "REJECTED");
        pages.ajax("listForm:filter");
        By select = By.cssSelector("[id='listForm:cases'] button[id$=':select']");
        pages.await()
                .until(d -> !d.findElements(select).isEmpty()
                        && d.findElement(By.id("listForm:cases")).getText().contains("미선정")
                        && !d.findElement(By.id("listForm:cases")).getText().contains("게시됨"));
        pages.submit(browser.driver().findElement(select));
        assertThat(status("selectedStatus")).isEqualTo("미선정");
        return idIn(pages.element("caseForm:openCase").getAttribute("href"));
    }
}
