package kr.minwon.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kr.minwon.portal.testing.DemoUser;
import kr.minwon.portal.testing.PortalSession;
import org.junit.jupiter.api.Test;

/**
 * Issue 17: in English, no Korean in the portal's own words. An auditor and an admin switch with the top bar's link
 * (which stores the choice: the next sign-in opens in English), then every page of the access matrix they may open is
 * read: its title, headings, menu, table headers, labels, legends, captions, buttons, page messages and the labels
 * of controls ({@code aria-label}, {@code title}, {@code placeholder}) must not be Korean. Data (names, unit names,
 * holiday names, case titles) may stand inside English words ("Edit: 홍길동"), so a piece fails when it holds Hangul
 * and no English word; table cells and row headers hold data and are not read, nor are the few places where data
 * is the heading or the label itself ({@link #DATA_AS_CHROME}). Both switch back to Korean at the end, since the
 * choice now lasts beyond the session.
 */
class EnglishEverywhereIT {

    private static final Pattern HANGUL = Pattern.compile("[\\uAC00-\\uD7A3\\u1100-\\u11FF\\u3131-\\u318E]");

    /** Elements that hold the portal's own words (a row header, {@code <th scope="row">}, holds data). */
    private static final Pattern CHROME = Pattern.compile(
            "<(title|h1|h2|h3|label|legend|caption|button|nav|th)\\b([^>]*)>(.*?)</\\1>",
            Pattern.DOTALL | Pattern.CASE_INSENSITIVE);

    private static final Pattern LABEL_ATTRIBUTES =
            Pattern.compile("\\b(aria-label|title|placeholder)=\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);

    private static final Pattern MESSAGES = Pattern.compile(
            "class=\"ui-messages?-(?:error|info|warn)-(?:summary|detail)\"[^>]*>([^<]*)<", Pattern.CASE_INSENSITIVE);

    /** Pages whose headings or labels are the office's data: case titles on the board, review criteria's names. */
    private static final Map<String, String> DATA_AS_CHROME =
            Map.of("/cases/board.xhtml", "h2", "/cases/admin.xhtml", "label");

    private static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z]{2,}");

    @Test
    void anAuditorAndAnAdminReadEveryPageInEnglish() {
        List<String> found = new ArrayList<>();
        int pages = 0;
        for (DemoUser user : List.of(DemoUser.AUDITOR, DemoUser.ADMIN)) {
            PortalSession s = PortalSession.signedIn(user);
            try {
                switchLanguage(s);
                assertThat(s.get("/index.xhtml").body()).contains("lang=\"en\"");
                // A new session opens in the stored language.
                PortalSession again = PortalSession.signedIn(user);
                assertThat(again.get("/index.xhtml").body())
                        .as("stored language")
                        .contains("lang=\"en\"");
                for (AccessMatrixIT.Access a : AccessMatrixIT.MATRIX) {
                    if (a.isApi() || !"GET".equals(a.method()) || a.path().contains("?") || !a.allows(user)) {
                        continue;
                    }
                    HttpResponse<String> r = again.get(a.path());
                    if (r.statusCode() != 200) {
                        continue;
                    }
                    pages++;
                    for (String piece : koreanChrome(r.body(), DATA_AS_CHROME.get(a.path()))) {
                        found.add(user.username() + " " + a.path() + ": " + piece);
                    }
                }
            } finally {
                PortalSession back = PortalSession.signedIn(user);
                if (back.get("/index.xhtml").body().contains("lang=\"en\"")) {
                    switchLanguage(back);
                }
                assertThat(PortalSession.signedIn(user).get("/index.xhtml").body())
                        .contains("lang=\"ko\"");
            }
        }
        assertThat(pages).as("pages read in English").isGreaterThan(20);
        assertThat(found).as("Korean in the chrome of English pages").isEmpty();
    }

    /**
     * The extended-hours page reads its figures before the page is built (one call, issue 16): its per-channel table
     * must still name the channels in the language the page renders in, the person's choice, not the browser's.
     */
    @Test
    void extendedHoursNamesChannelsInTheChosenLanguageWhateverTheBrowserSays() {
        PortalSession s = PortalSession.signedIn(DemoUser.AUDITOR);
        try {
            switchLanguage(s);
            PortalSession korean = PortalSession.signedIn(DemoUser.AUDITOR).withHeader("Accept-Language", "ko-KR,ko");
            HttpResponse<String> page = korean.get("/dashboard/extended-hours.xhtml");
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("lang=\"en\"");
            String table = PortalSession.tbody(page.body(), "hoursForm:perChannel_data");
            assertThat(table).contains("Counter").doesNotContain("방문");
        } finally {
            PortalSession back = PortalSession.signedIn(DemoUser.AUDITOR);
            if (back.get("/index.xhtml").body().contains("lang=\"en\"")) {
                switchLanguage(back);
            }
        }
        // And in Korean, whatever the browser says.
        PortalSession english = PortalSession.signedIn(DemoUser.AUDITOR).withHeader("Accept-Language", "en-US,en");
        HttpResponse<String> page = english.get("/dashboard/extended-hours.xhtml");
        assertThat(page.body()).contains("lang=\"ko\"");
        assertThat(PortalSession.tbody(page.body(), "hoursForm:perChannel_data"))
                .contains("방문")
                .doesNotContain("Counter");
    }

    @Test
    void apiProblemsFollowTheCallersAcceptLanguage() {
        HttpRequest.Builder en = HttpRequest.newBuilder(
                        PortalSession.anonymous().uri("/api/v1/deadlines?unit=DAY"))
                .header("Authorization", "Bearer " + kr.minwon.portal.testing.PortalServer.API_KEY)
                .header("Accept-Language", "en-US,en;q=0.9");
        HttpResponse<String> r = PortalSession.anonymous().send(en);
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("The time of receipt is missing").doesNotContainPattern(HANGUL.pattern());
        HttpResponse<String> ko = PortalSession.api("GET", "/api/v1/deadlines?unit=DAY", null, null);
        assertThat(ko.body()).contains("접수일시가 없습니다");
    }

    private static void switchLanguage(PortalSession s) {
        HttpResponse<String> page = s.get("/index.xhtml");
        assertThat(page.body()).contains("action=\"/account/language\"");
        HttpResponse<String> r = s.postForm("/account/language", Map.of("back", "/index.xhtml"));
        assertThat(r.statusCode()).as("the language switch redirects").isEqualTo(303);
    }

    static List<String> koreanChrome(String html, String dataElement) {
        String body = html.replaceAll("(?s)<script.*?</script>", "").replaceAll("(?s)<style.*?</style>", "");
        List<String> out = new ArrayList<>();
        Matcher m = CHROME.matcher(body);
        while (m.find()) {
            // A row header holds data; an element marked lang="ko" (the language switch, named in the language it
            // switches to) is Korean on purpose (WCAG 3.1.2).
            if (m.group(1).equalsIgnoreCase("th") && m.group(2).contains("scope=\"row\"")
                    || m.group(2).contains("lang=\"ko\"")
                    || m.group(1).equalsIgnoreCase(dataElement)) {
                continue;
            }
            String text = m.group(3)
                    .replaceAll("<[^>]+>", " ")
                    .replaceAll("\\s+", " ")
                    .trim();
            if (untranslated(text)) {
                out.add("<" + m.group(1) + "> " + text);
            }
        }
        Matcher a = LABEL_ATTRIBUTES.matcher(body);
        while (a.find()) {
            if (untranslated(a.group(2))) {
                out.add(a.group(1) + "=" + a.group(2));
            }
        }
        Matcher msg = MESSAGES.matcher(body);
        while (msg.find()) {
            if (untranslated(msg.group(1))) {
                out.add("message " + msg.group(1));
            }
        }
        return out;
    }

    /** Korean with no English word around it: the portal's own words were not translated. */
    static boolean untranslated(String text) {
        return HANGUL.matcher(text).find() && !LATIN_WORD.matcher(text).find();
    }
}
