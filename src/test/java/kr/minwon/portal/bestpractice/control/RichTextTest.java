package kr.minwon.portal.bestpractice.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RichTextTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "<script>alert(1)</script>본문",
                "<SCRIPT SRC=//evil.example/x.js></SCRIPT>본문",
                "<p onclick=\"alert(1)\">본문</p>",
                "<p onmouseover=alert(1)>본문</p>",
                "<img src=x onerror=alert(1)>본문",
                "<a href=\"javascript:alert(1)\">본문</a>",
                "<a href=\"JaVaScRiPt:alert(1)\">본문</a>",
                "<a href=\" javascript:alert(1)\">본문</a>",
                "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)\">본문</a>",
                "<a href=\"&#x6A;avascript:alert(1)\">본문</a>",
                "<a href=\"java&#x09;script:alert(1)\">본문</a>",
                "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">본문</a>",
                "<a href=\"vbscript:msgbox(1)\">본문</a>",
                "<p style=\"background:url(javascript:alert(1))\">본문</p>",
                "<p style=\"width: expression(alert(1))\">본문</p>",
                "<div style=\"behavior: url(x.htc)\">본문</div>",
                "<svg onload=alert(1)><p>본문</p></svg>",
                "<svg><script>alert(1)</script></svg>본문",
                "<iframe src=\"https://evil.example\"></iframe>본문",
                "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>본문",
                "<object data=\"x.swf\"></object><embed src=x>본문",
                "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>본문",
                "<form action=\"https://evil.example\"><input name=x><button formaction=javascript:alert(1)>본문</button></form>",
                "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">본문",
                "<link rel=stylesheet href=\"https://evil.example/x.css\">본문",
                "<style>body{background:url(javascript:alert(1))}</style>본문",
                "<base href=\"https://evil.example/\">본문",
                "<p><a href=\"https://ok.example\" onclick=\"alert(1)\">본문</a></p>",
                "<img src=\"data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+\">본문",
                "<details open ontoggle=alert(1)>본문</details>",
                "<p class=\"x\" id=\"y\" data-x=\"javascript:alert(1)\">본문</p>",
                "&lt;script&gt;alert(1)&lt;/script&gt;본문",
                "<scr<script>ipt>alert(1)</scr</script>ipt>본문",
                "<!--<script>alert(1)</script>-->본문",
                "<p>본문</p><a href=\"//evil.example\" target=\"_top\">본문</a>"
            })
    void noPayloadSurvivesAsActiveContent(String payload) {
        String safe = RichText.sanitize(payload);
        String lower = safe == null ? "" : safe.toLowerCase(Locale.ROOT);
        assertThat(lower)
                .doesNotContain(
                        "<script",
                        "<iframe",
                        "<svg",
                        "<object",
                        "<embed",
                        "<img",
                        "<style",
                        "<meta",
                        "<link",
                        "<base",
                        "<form",
                        "<input",
                        "<button",
                        "<math",
                        "<details",
                        " style=",
                        "javascript:",
                        "vbscript:",
                        "data:",
                        "expression(",
                        " on",
                        "srcdoc",
                        "target=\"_top\"",
                        " id=",
                        "data-x");
        assertThat(lower).contains("본문");
    }

    @Test
    void ordinaryFormattingSurvives() {
        String html = "<h2>배경</h2><h3>소제목</h3><h4>작은 제목</h4><p><strong>굵게</strong> <em>기울임</em> <u>밑줄</u></p>"
                + "<ul><li>하나</li></ul><ol><li>둘</li></ol>"
                + "<table><thead><tr><th>전</th><th>후</th></tr></thead><tbody><tr><td>7일</td><td>3일</td></tr></tbody></table>";
        String safe = RichText.sanitize(html);
        assertThat(safe)
                .contains(
                        "<h2>배경</h2>",
                        "<h3>소제목</h3>",
                        "<h4>작은 제목</h4>",
                        "<strong>굵게</strong>",
                        "<em>기울임</em>",
                        "<u>밑줄</u>",
                        "<ul><li>하나</li></ul>",
                        "<ol><li>둘</li></ol>",
                        "<table>",
                        "<th>전</th>",
                        "<td>3일</td>");
    }

    @Test
    void linksKeepHttpsAndGetNoopener() {
        String safe = RichText.sanitize("<p><a href=\"https://www.sd.go.kr/main\" target=\"_blank\">성동구</a></p>");
        assertThat(safe)
                .contains("href=\"https://www.sd.go.kr/main\"")
                .containsPattern("rel=\"[^\"]*noopener")
                .containsPattern("rel=\"[^\"]*noreferrer")
                .contains(">성동구</a>");
        assertThat(RichText.sanitize("<a href=\"https://www.seoul.go.kr\">서울</a>"))
                .containsPattern("rel=\"[^\"]*noopener");
    }

    @Test
    void theEditorsHeadingOneBecomesHeadingTwoAndItsAlignmentClassesStay() {
        String safe = RichText.sanitize(
                "<h1>제목</h1><p class=\"ql-align-center evil\">가운데</p><p class=\"ql-align-right\">오른쪽</p>");
        assertThat(safe)
                .contains("<h2>제목</h2>")
                .doesNotContain("<h1")
                .doesNotContain("evil")
                .contains("<p class=\"ql-align-right\">오른쪽</p>");
    }

    @Test
    void markupWithoutTextIsNothing() {
        assertThat(RichText.sanitize("<p><br></p>")).isNull();
        assertThat(RichText.sanitize("<script>x</script>")).isNull();
        assertThat(RichText.sanitize(null)).isNull();
    }

    @Test
    void plainTextDecodesTheEntitiesTheSanitizerWrites() {
        String safe = RichText.sanitize("<p>A &amp; B &lt; C \"인용\" 'x'</p>");
        assertThat(RichText.plain(safe)).isEqualTo("A & B < C \"인용\" 'x'");
    }
}
