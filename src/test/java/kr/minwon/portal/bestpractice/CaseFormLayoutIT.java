package kr.minwon.portal.bestpractice;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
import org.openqa.selenium.chromium.ChromiumDriver;

/**
 * The case form (issue 18): at 360, 768 and 1366 px no field of the form covers another (the rich-text editors used
 * to spill over the figure fields below them) and none runs past the right edge; and "새 사례 쓰기" stores nothing until
 * the first save.
 */
@ExtendWith(BrowserExtension.class)
class CaseFormLayoutIT {

    private static final Pattern CASE_ROW = Pattern.compile("data-ri=\"\\d+\"");

    private static Browser browser;
    private static Pages pages;

    @BeforeAll
    static void startBrowser(Browser classBrowser, Pages classPages) {
        browser = classBrowser;
        pages = classPages;
    }

    @AfterEach
    void reset() {
        ((ChromiumDriver) browser.driver()).executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        browser.signOut();
    }

    /**
     * The boxes of the form's fields as [id, left, top, right, bottom]: every editor, input, menu and date picker that
     * is shown, each counted once (the inputs inside an editor or a menu belong to it).
     */
    @SuppressWarnings("unchecked")
    private static List<List<Object>> fieldBoxes() {
        return (List<List<Object>>) pages.js("""
                const form = document.getElementById('editForm');
                const wholes = '.ui-texteditor, .ui-selectonemenu, .ui-datepicker, .ui-inputnumber, .ui-fileupload';
                const parts = [...form.querySelectorAll(wholes)];
                const singles = [...form.querySelectorAll('input:not([type=hidden]), textarea, select')]
                    .filter(e => !parts.some(p => p.contains(e)));
                // Where a field is painted: its own box and every shown part inside it, so that an editor whose
                // content spills out of its box (the bug of issue 18) is measured where it is seen.
                const painted = e => {
                    const r = e.getBoundingClientRect();
                    let box = [r.left, r.top, r.right, r.bottom];
                    for (const c of e.querySelectorAll('*')) {
                        if (c.offsetParent === null || getComputedStyle(c).visibility === 'hidden') continue;
                        const q = c.getBoundingClientRect();
                        if (q.width === 0 || q.height === 0) continue;
                        box = [Math.min(box[0], q.left), Math.min(box[1], q.top),
                               Math.max(box[2], q.right), Math.max(box[3], q.bottom)];
                    }
                    return box;
                };
                return parts.concat(singles)
                    .filter(e => e.offsetParent !== null)
                    .filter(e => !parts.some(p => p !== e && p.contains(e)))
                    .map(e => {
                        const b = painted(e);
                        return [e.id || e.name || e.className, b[0], b[1] + window.scrollY, b[2],
                                b[3] + window.scrollY];
                    })
                    .filter(b => b[3] - b[1] > 0 && b[4] - b[2] > 0);
                """);
    }

    private static double n(Object o) {
        return ((Number) o).doubleValue();
    }

    private void checkAt(int width) {
        ((ChromiumDriver) browser.driver())
                .executeCdpCommand(
                        "Emulation.setDeviceMetricsOverride",
                        Map.of("width", width, "height", 900, "deviceScaleFactor", 1, "mobile", false));
        browser.open("/cases/edit.xhtml");
        pages.await()
                .until(d -> !d.findElements(By.cssSelector("[id='editForm:afterHtml'] .ql-editor"))
                        .isEmpty());
        browser.screenshot("case-form-" + width);
        List<List<Object>> boxes = fieldBoxes();
        assertThat(boxes.stream().map(b -> String.valueOf(b.get(0))).toList())
                .as("the fields measured at " + width + " px")
                .contains("editForm:beforeHtml", "editForm:afterHtml", "editForm:daysSaved", "editForm:documentsCut");
        double viewport = n(pages.js("return document.documentElement.clientWidth;"));
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < boxes.size(); i++) {
            List<Object> a = boxes.get(i);
            if (n(a.get(3)) > viewport + 0.5) {
                problems.add(a.get(0) + " ends at " + n(a.get(3)) + " px, past the " + viewport + " px page");
            }
            for (int j = i + 1; j < boxes.size(); j++) {
                List<Object> b = boxes.get(j);
                double w = Math.min(n(a.get(3)), n(b.get(3))) - Math.max(n(a.get(1)), n(b.get(1)));
                double h = Math.min(n(a.get(4)), n(b.get(4))) - Math.max(n(a.get(2)), n(b.get(2)));
                if (w > 0.5 && h > 0.5) {
                    problems.add(a.get(0) + " and " + b.get(0) + " overlap by " + w + " x " + h + " px");
                }
            }
        }
        assertThat(problems).as("at " + width + " px").isEmpty();
    }

    @Test
    void no_field_of_the_case_form_covers_another_from_360_px_up() {
        browser.signIn(DemoUser.MANAGER.username(), PortalServer.DEMO_PASSWORD);
        for (int width : new int[] {360, 768, 1366}) {
            checkAt(width);
        }
    }

    private static int cases(PortalSession who) {
        String html = who.get("/cases/mine.xhtml").body();
        Matcher m = CASE_ROW.matcher(html);
        int rows = 0;
        while (m.find()) {
            rows++;
        }
        return rows;
    }

    @Test
    void opening_a_new_case_stores_nothing_and_the_first_save_stores_it() {
        PortalSession manager = PortalSession.signedIn(DemoUser.MANAGER);
        int before = cases(manager);
        assertThat(before)
                .as("the list shows every case of the unit on one page")
                .isLessThan(19);

        for (int click = 0; click < 2; click++) {
            HttpResponse<String> mine = manager.get("/cases/mine.xhtml");
            HttpResponse<String> opened =
                    manager.submit("/cases/mine.xhtml", mine.body(), "mineForm", Map.of("mineForm:newCase", ""));
            assertThat(opened.statusCode()).isEqualTo(302);
            assertThat(PortalSession.location(opened))
                    .contains("/cases/edit.xhtml")
                    .doesNotContain("id=");
            HttpResponse<String> form = manager.get("/cases/edit.xhtml");
            assertThat(form.statusCode()).isEqualTo(200);
            assertThat(form.body()).contains("id=\"editForm:saveDraft\"");
        }
        assertThat(cases(manager)).as("opening the form twice stored nothing").isEqualTo(before);

        // The first save stores the draft and moves to its own address.
        HttpResponse<String> form = manager.get("/cases/edit.xhtml");
        HttpResponse<String> saved = manager.submit(
                "/cases/edit.xhtml",
                form.body(),
                "editForm",
                Map.of("editForm:title", "저장 시험 " + System.nanoTime(), "editForm:saveDraft", ""));
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
        assertThat(PortalSession.location(saved)).containsPattern("/cases/edit\\.xhtml\\?id=\\d+");
        assertThat(cases(manager)).isEqualTo(before + 1);
    }
}
