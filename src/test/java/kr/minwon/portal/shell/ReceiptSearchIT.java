package kr.minwon.portal.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import kr.minwon.portal.testing.DemoUser;
import kr.minwon.portal.testing.OfficeTime;
import kr.minwon.portal.testing.PortalSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The top bar's receipt-number search: an exact number opens the petition's page for whoever may see it (auditors and
 * admins office-wide, the handler, the head of its team or department); for anyone else it answers exactly as for a
 * number that does not exist.
 */
class ReceiptSearchIT {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
    private static final String RUN =
            "RS" + Long.toString(System.currentTimeMillis() % 10_000_000, 36).toUpperCase();
    /** Handled by demo.employee, in demo.manager's team. */
    private static final String OURS = RUN + "-OURS";
    /** Handled by demo.reviewer in 도시계획과: not the employee's nor the manager's. */
    private static final String THEIRS = RUN + "-THEIRS";

    @BeforeAll
    static void petitions() {
        put(OURS, "900001");
        put(THEIRS, "900003");
    }

    private static void put(String no, String handler) {
        String json = "{\"typeCode\":\"G0002\",\"receivedAt\":\""
                + MINUTES.format(OfficeTime.minute().minusHours(3)) + "\",\"handlerNo\":\"" + handler
                + "\",\"channel\":\"ONLINE\"}";
        HttpResponse<String> r = PortalSession.api(
                "PUT", "/api/v1/petitions/" + no, "application/json", json.getBytes(StandardCharsets.UTF_8));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    }

    private static HttpResponse<String> search(PortalSession who, String typed) {
        return who.get("/petitions/find.xhtml?no=" + URLEncoder.encode(typed, StandardCharsets.UTF_8));
    }

    private static void opens(PortalSession who, String typed, String no) {
        HttpResponse<String> r = search(who, typed);
        assertThat(r.statusCode()).as(typed).isEqualTo(302);
        assertThat(PortalSession.location(r))
                .contains("/petitions/detail.xhtml")
                .contains("no=" + no);
        assertThat(who.get("/petitions/detail.xhtml?no=" + no).statusCode()).isEqualTo(200);
    }

    /** The answer to a number the caller gets nothing for, with the echoed number taken out. */
    private static String notFound(PortalSession who, String typed) {
        HttpResponse<String> r = search(who, typed);
        assertThat(r.statusCode()).as(typed).isEqualTo(404);
        assertThat(r.body()).contains("의 민원이 없거나, 볼 수 있는 권한이 없습니다.");
        // The page's content; the frame around it carries markers (view state, CSP nonce) new on every response.
        String body = r.body();
        String main = body.substring(body.indexOf("<main"), body.indexOf("</main>"));
        return main.replace(typed.strip(), "#");
    }

    @Test
    void the_top_bar_carries_a_labelled_search_field() {
        String home =
                PortalSession.signedIn(DemoUser.EMPLOYEE).get("/index.xhtml").body();
        assertThat(home).contains("role=\"search\"");
        assertThat(home).contains("<label for=\"receiptSearchNo\"");
        assertThat(home).contains("id=\"receiptSearchNo\" name=\"no\"");
        assertThat(home).contains("/petitions/find.xhtml");
    }

    @Test
    void the_handler_finds_his_own_and_the_same_answer_meets_others_and_unknown_numbers() {
        PortalSession employee = PortalSession.signedIn(DemoUser.EMPLOYEE);
        opens(employee, OURS, OURS);
        opens(employee, "  " + OURS + " ", OURS);

        String forbidden = notFound(employee, THEIRS);
        String unknown = notFound(employee, RUN + "-NONE1");
        assertThat(forbidden).isEqualTo(unknown);
        // Exact numbers only: a part of one finds nothing.
        notFound(employee, RUN);
    }

    @Test
    void a_manager_finds_his_units_petitions_only() {
        PortalSession manager = PortalSession.signedIn(DemoUser.MANAGER);
        opens(manager, OURS, OURS);
        assertThat(notFound(manager, THEIRS)).isEqualTo(notFound(manager, RUN + "-NONE2"));
    }

    @Test
    void auditors_and_admins_find_any_petition_of_the_office() {
        for (DemoUser user : new DemoUser[] {DemoUser.AUDITOR, DemoUser.ADMIN}) {
            PortalSession who = PortalSession.signedIn(user);
            opens(who, THEIRS, THEIRS);
            opens(who, OURS, OURS);
            notFound(who, RUN + "-NONE3");
        }
    }

    @Test
    void nobody_signed_out_can_search() {
        HttpResponse<String> r = search(PortalSession.anonymous(), OURS);
        assertThat(PortalSession.isRedirectToLogin(r)).isTrue();
    }
}
