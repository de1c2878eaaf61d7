package kr.minwon.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import kr.minwon.portal.testing.Browser;
import kr.minwon.portal.testing.BrowserExtension;
import kr.minwon.portal.testing.DemoUser;
import kr.minwon.portal.testing.PortalServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.JavascriptExecutor;

/**
 * KWCAG 2.2 / WCAG 2.1 AA (issue 17): axe-core (src/test/resources/axe) runs over every page of
 * {@link AccessMatrixIT#MATRIX} as every demo role that may open it, with the WCAG 2.0/2.1 A and AA rules, and any
 * violation fails the page with its rule id, node count and target selectors. A summary per rule is written to
 * target/axe/summary.txt.
 */
@ExtendWith(BrowserExtension.class)
class AccessibilityIT {

    private static final String RUN_AXE = """
            var done = arguments[arguments.length - 1];
            axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']},
                               resultTypes: ['violations']})
              .then(function (r) {
                done(r.violations.map(function (v) {
                  return {id: v.id, help: v.help,
                          targets: v.nodes.map(function (n) { return n.target.join(' '); })};
                }));
              })
              .catch(function (e) { done('axe failed: ' + e); });
            """;

    private static Browser browser;
    private static String axeSource;
    private static DemoUser signedIn;
    /** rule id → violating nodes over the whole run. */
    private static final Map<String, Integer> PER_RULE = new TreeMap<>();

    private static final List<String> LINES = new ArrayList<>();

    @BeforeAll
    static void startBrowser(Browser classBrowser) throws IOException {
        try (InputStream in = AccessibilityIT.class.getResourceAsStream("/axe/axe.min.js")) {
            assertThat(in).as("axe-core in src/test/resources/axe").isNotNull();
            axeSource = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        browser = classBrowser;
        browser.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(90));
    }

    @AfterAll
    static void writeSummary() {
        StringBuilder summary = new StringBuilder("axe-core violations (nodes) per rule\n");
        PER_RULE.forEach(
                (rule, n) -> summary.append(rule).append('\t').append(n).append('\n'));
        summary.append("total\t")
                .append(PER_RULE.values().stream().mapToInt(Integer::intValue).sum())
                .append("\n\n");
        LINES.forEach(l -> summary.append(l).append('\n'));
        try {
            Path dir = Files.createDirectories(Paths.get(System.getProperty("it.target", "target"))
                    .toAbsolutePath()
                    .resolve("axe"));
            Files.writeString(dir.resolve("summary.txt"), summary, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.out.println(summary);
    }

    @TestFactory
    Stream<DynamicContainer> every_page_passes_axe_for_every_role() {
        List<String> pages = AccessMatrixIT.MATRIX.stream()
                .filter(a -> !a.isApi() && "GET".equals(a.method()))
                .map(AccessMatrixIT.Access::path)
                .toList();
        assertThat(pages).hasSizeGreaterThan(25);
        return Stream.of(DemoUser.values())
                .map(user -> DynamicContainer.dynamicContainer(
                        user.username(),
                        AccessMatrixIT.MATRIX.stream()
                                .filter(a -> !a.isApi() && a.allows(user))
                                .map(a -> DynamicTest.dynamicTest(a.path(), () -> check(user, a.path())))));
    }

    /**
     * The record pages (not in the matrix, they need a record): demo.employee's first petition, its correction form,
     * and the first published case of the board.
     */
    @TestFactory
    Stream<DynamicTest> record_pages_pass_axe() {
        java.net.http.HttpResponse<String> list = kr.minwon.portal.testing.PortalSession.anonymous()
                .send(java.net.http.HttpRequest.newBuilder(kr.minwon.portal.testing.PortalSession.anonymous()
                                .uri("/api/v1/petitions?handler=900001&size=1"))
                        .header("Authorization", "Bearer " + PortalServer.API_KEY)
                        .GET());
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"receiptNo\"\\s*:\\s*\"([^\"]+)\"")
                .matcher(list.body());
        assertThat(m.find()).as("a petition of demo.employee in " + list.body()).isTrue();
        String receipt = m.group(1);
        return Stream.of(
                DynamicTest.dynamicTest(
                        "/petitions/detail.xhtml",
                        () -> check(DemoUser.EMPLOYEE, "/petitions/detail.xhtml?no=" + receipt)),
                DynamicTest.dynamicTest(
                        "/petitions/correction.xhtml",
                        () -> check(DemoUser.EMPLOYEE, "/petitions/correction.xhtml?no=" + receipt)),
                DynamicTest.dynamicTest("/cases/view.xhtml", () -> {
                    check(DemoUser.EMPLOYEE, "/cases/board.xhtml");
                    String href =
                            browser
                                    .driver()
                                    .findElements(org.openqa.selenium.By.cssSelector("a[id$='cardLink']"))
                                    .stream()
                                    .map(a -> a.getAttribute("href"))
                                    .findFirst()
                                    .orElseThrow(() -> new AssertionError("no published case on the board"));
                    check(DemoUser.EMPLOYEE, href.substring(href.indexOf("/cases/")));
                }));
    }

    private static void check(DemoUser user, String path) {
        if (signedIn != user) {
            browser.signOut();
            browser.signIn(user.username(), PortalServer.DEMO_PASSWORD);
            signedIn = user;
        }
        browser.open(path);
        assertThat(browser.driver().getTitle())
                .as(path + " as " + user.username())
                .doesNotContain("찾을 수 없습니다")
                .doesNotContain("접근 권한이 없습니다")
                .doesNotContain("오류");
        List<String> found = violations();
        synchronized (LINES) {
            found.forEach(v -> LINES.add(user.username() + " " + path + " " + v));
        }
        assertThat(found)
                .as("axe-core violations on " + path + " as " + user.username())
                .isEmpty();
    }

    /** "rule-id ×count: help — selector; selector; …" for every violated rule of the open page. */
    @SuppressWarnings("unchecked")
    private static List<String> violations() {
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        js.executeScript(axeSource);
        Object result = js.executeAsyncScript(RUN_AXE);
        assertThat(result).as("axe result").isInstanceOf(List.class);
        List<String> out = new ArrayList<>();
        for (Map<String, Object> v : (List<Map<String, Object>>) result) {
            String id = (String) v.get("id");
            List<String> targets = (List<String>) v.get("targets");
            synchronized (PER_RULE) {
                PER_RULE.merge(id, targets.size(), Integer::sum);
            }
            out.add(id + " x" + targets.size() + ": " + v.get("help") + " - "
                    + targets.stream().limit(5).collect(Collectors.joining("; ")));
        }
        return out;
    }
}
