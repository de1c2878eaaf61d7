package kr.minwon.portal.bestpractice;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kr.minwon.portal.testing.DemoUser;
import kr.minwon.portal.testing.PortalSession;
import org.junit.jupiter.api.Test;

/**
 * The adoption reward (issue 13, 4) on the demo's published case "토요민원실 월 2회 확대" by demo.head (900006, 민원여권과):
 * a team of the author's own department is refused and nothing is written; 기획예산과 (demo.reviewer) adopts and the
 * author's ledger gains the default rule set's 2 points once, in a line that says why; the same unit again, from a
 * form opened before its adoption, is refused and earns nothing more. The form is posted as a browser posts it.
 */
class CaseAdoptionIT {

    private static final String TITLE = "토요민원실 월 2회 확대";
    private static final String AUTHOR_NO = "900006";
    private static final Pattern ENTRY = Pattern.compile("\\{[^{}]*\\}");
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");

    private static long caseId() {
        HttpResponse<String> r = PortalSession.api(
                "GET", "/api/v1/cases?q=" + URLEncoder.encode(TITLE, StandardCharsets.UTF_8), null, null);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        Matcher m = ID.matcher(r.body());
        assertThat(m.find()).as("the demo case on the board: " + r.body()).isTrue();
        return Long.parseLong(m.group(1));
    }

    /** The author's ledger lines (this period) that reward an adoption of the case. */
    private static List<String> adoptionLines() {
        HttpResponse<String> r = PortalSession.api("GET", "/api/v1/staff/" + AUTHOR_NO + "/mileage", null, null);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        List<String> lines = new ArrayList<>();
        Matcher m = ENTRY.matcher(r.body());
        while (m.find()) {
            if (m.group().contains("채택") && m.group().contains(TITLE)) {
                lines.add(m.group());
            }
        }
        return lines;
    }

    /** The adoption form of the case page as it was opened: its view state and CSP nonce. */
    private record Form(String viewState, String nonce) {}

    private static Form openCase(PortalSession session, long id) {
        HttpResponse<String> page = session.get("/cases/view.xhtml?id=" + id);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).as("an adoption form").contains("adoptForm:adoptionNote");
        return new Form(PortalSession.viewState(page.body()), PortalSession.nonce(page.body()));
    }

    private static HttpResponse<String> adopt(PortalSession session, long id, Form form, String note) {
        return session.postForm(
                "/cases/view.xhtml?id=" + id,
                Map.of(
                        "adoptForm",
                        "adoptForm",
                        "adoptForm:adoptionNote",
                        note,
                        "adoptForm:adopt",
                        "",
                        "jakarta.faces.ViewState",
                        form.viewState(),
                        "primefaces.nonce",
                        form.nonce()));
    }

    @Test
    void another_department_earns_the_author_points_once_and_the_authors_own_department_nothing() {
        long id = caseId();
        assertThat(adoptionLines()).as("no adoption reward before").isEmpty();

        // 민원1팀 is a team of 민원여권과, the author's department: refused, nothing written
        PortalSession sameDepartment = PortalSession.signedIn(DemoUser.EMPLOYEE);
        HttpResponse<String> refused = adopt(sameDepartment, id, openCase(sameDepartment, id), "민원1팀도 토요일 운영");
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("같은 부서(민원여권과)에서 만든 사례는 채택으로 기록할 수 없습니다");
        assertThat(adoptionLines()).as("nothing written for the own department").isEmpty();
        assertThat(PortalSession.api("GET", "/api/v1/cases/" + id, null, null).body())
                .doesNotContain("민원1팀도 토요일 운영");

        // 기획예산과 adopts: +2 (성동구 2009 default) for the author, once
        PortalSession planning = PortalSession.signedIn(DemoUser.REVIEWER);
        Form before = openCase(planning, id);
        Form fresh = openCase(planning, id);
        HttpResponse<String> adopted = adopt(planning, id, fresh, "기획예산과 민원 안내에 토요 운영 반영");
        assertThat(adopted.statusCode()).as(adopted.body()).isBetween(200, 399);
        List<String> lines = adoptionLines();
        assertThat(lines).as("one reward line").hasSize(1);
        assertThat(lines.get(0))
                .contains("\"kind\":\"ADJUSTMENT\"")
                .containsPattern("\"points\":2(\\.0)?[,}]")
                .contains("우수사례 채택 가점: '" + TITLE + "' 사례를 기획예산과에서 채택")
                .contains("성동구 2009 규칙: 다른 부서 채택 1건당 2점");
        assertThat(PortalSession.api("GET", "/api/v1/cases/" + id, null, null).body())
                .contains("기획예산과 민원 안내에 토요 운영 반영");

        // the same unit again, from the form it opened before adopting: refused, no second line
        HttpResponse<String> again = adopt(planning, id, before, "두 번째 채택 시도");
        // refused, said on the page, which comes back without the form and with the unit's adoption noted
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body())
                .contains("기획예산과은(는) 이미 이 사례의 채택을 기록했습니다.")
                .contains("id=\"alreadyAdopted\"")
                .doesNotContain("id=\"adoptForm\"");
        assertThat(adoptionLines()).as("still one reward line").hasSize(1);
        assertThat(PortalSession.api("GET", "/api/v1/cases/" + id, null, null).body())
                .doesNotContain("두 번째 채택 시도");
    }
}
