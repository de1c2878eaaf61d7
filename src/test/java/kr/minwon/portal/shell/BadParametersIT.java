package kr.minwon.portal.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import kr.minwon.portal.testing.DemoUser;
import kr.minwon.portal.testing.PortalSession;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Issue 17: a page opened with a parameter it cannot read answers 404 with the portal's error page (or, for a
 * petition, the page's own "not found" card), never 500 and never a stack trace; parameters a page may fall back from
 * (an unknown period or ranking level, a department filter matching nothing) show the page normally. Every page that
 * takes a parameter is here, as someone who may open it.
 */
class BadParametersIT {

    private static final String[] TRACE = {
        "Caused by",
        "\tat ",
        "at java.",
        "at jakarta.",
        "at kr.minwon.",
        "java.lang.",
        "Exception:",
        "Payara Server",
        "GlassFish",
        "Stack Trace",
        "stacktrace"
    };

    private static final String TOO_LONG = "X".repeat(60);

    /** Malformed: must be 404 with the portal's error page. */
    private static final List<Object[]> NOT_FOUND = List.of(
            new Object[] {DemoUser.EMPLOYEE, "/cases/view.xhtml?id=;env;"},
            new Object[] {DemoUser.EMPLOYEE, "/cases/view.xhtml?id=abc"},
            new Object[] {DemoUser.EMPLOYEE, "/cases/view.xhtml?id=1.5"},
            new Object[] {DemoUser.EMPLOYEE, "/cases/view.xhtml?id=99999999999999999999999"},
            new Object[] {DemoUser.EMPLOYEE, "/cases/view.xhtml?id=%00"},
            new Object[] {DemoUser.EMPLOYEE, "/cases/view.xhtml?id=987654321"},
            new Object[] {DemoUser.MANAGER, "/cases/edit.xhtml?id=x%27%20or%201=1"},
            new Object[] {DemoUser.REVIEWER, "/cases/review.xhtml?id=-"},
            new Object[] {DemoUser.EMPLOYEE, "/petitions/detail.xhtml?no=%00"},
            new Object[] {DemoUser.EMPLOYEE, "/petitions/detail.xhtml?no=;env;"},
            new Object[] {DemoUser.EMPLOYEE, "/petitions/detail.xhtml?no=" + TOO_LONG},
            new Object[] {DemoUser.EMPLOYEE, "/petitions/detail.xhtml?no=%0d%0aSet-Cookie:x=1"},
            new Object[] {DemoUser.EMPLOYEE, "/petitions/correction.xhtml?no=%00"},
            new Object[] {DemoUser.EMPLOYEE, "/petitions/correction.xhtml?no=" + TOO_LONG},
            new Object[] {DemoUser.EMPLOYEE, "/mileage/mine.xhtml?period=%00"},
            new Object[] {DemoUser.EMPLOYEE, "/mileage/ranking.xhtml?level=%1b"},
            new Object[] {DemoUser.EMPLOYEE, "/mileage/ranking.xhtml?unit=zz"},
            new Object[] {DemoUser.EMPLOYEE, "/mileage/periods.xhtml?period=2026%00"},
            new Object[] {DemoUser.MANAGER, "/dashboard/index.xhtml?from=yesterday"},
            new Object[] {DemoUser.MANAGER, "/dashboard/index.xhtml?to=2026-13-45"},
            new Object[] {DemoUser.AUDITOR, "/dashboard/extended-hours.xhtml?from=;env;"},
            new Object[] {DemoUser.ADMIN, "/staff/employee.xhtml?id=abc"},
            new Object[] {DemoUser.ADMIN, "/staff/employee.xhtml?id=987654321"},
            new Object[] {DemoUser.ADMIN, "/staff/unit.xhtml?id=;env;"},
            new Object[] {DemoUser.ADMIN, "/staff/unit.xhtml?id=987654321"},
            new Object[] {DemoUser.ADMIN, "/calendar/admin.xhtml?year=abc&month=3"},
            new Object[] {DemoUser.ADMIN, "/calendar/admin.xhtml?year=2026&month=%00"});

    /** Values a page reads leniently (falls back to its default): the page itself, never an error. */
    private static final List<Object[]> FALLS_BACK = List.of(
            new Object[] {DemoUser.EMPLOYEE, "/mileage/ranking.xhtml?period=;env;&level=NOPE"},
            new Object[] {DemoUser.MANAGER, "/dashboard/index.xhtml?department=" + TOO_LONG},
            new Object[] {DemoUser.AUDITOR, "/dashboard/reports.xhtml?month=" + TOO_LONG},
            new Object[] {DemoUser.EMPLOYEE, "/mileage/periods.xhtml?period=1999-99"},
            new Object[] {DemoUser.EMPLOYEE, "/mileage/mine.xhtml?period=abc"},
            new Object[] {DemoUser.ADMIN, "/calendar/admin.xhtml?year=1200&month=99"},
            new Object[] {DemoUser.EMPLOYEE, "/account/password.xhtml?first=maybe"});

    private static final Map<DemoUser, PortalSession> SESSIONS = new EnumMap<>(DemoUser.class);

    private static synchronized PortalSession session(DemoUser user) {
        return SESSIONS.computeIfAbsent(user, PortalSession::signedIn);
    }

    @TestFactory
    Stream<DynamicTest> a_malformed_parameter_answers_404_with_the_portal_error_page() {
        return NOT_FOUND.stream()
                .map(c -> DynamicTest.dynamicTest(c[1] + " as " + ((DemoUser) c[0]).username(), () -> {
                    HttpResponse<String> r = session((DemoUser) c[0]).get((String) c[1]);
                    assertThat(r.statusCode()).as(c[1] + ": " + r.body()).isEqualTo(404);
                    // The error page, or a record page's own "not found" card (petitions) inside the portal's frame.
                    assertThat(r.body())
                            .as((String) c[1])
                            .containsAnyOf("id=\"errorTitle\">페이지를 찾을 수 없습니다", "id=\"notFound\"");
                    assertThat(r.headers().allValues("Set-Cookie"))
                            .as((String) c[1])
                            .noneMatch(v -> v.startsWith("x="));
                    assertThat(r.body()).as((String) c[1]).doesNotContain(TRACE);
                }));
    }

    @TestFactory
    Stream<DynamicTest> a_parameter_read_leniently_shows_the_page() {
        return FALLS_BACK.stream()
                .map(c -> DynamicTest.dynamicTest(c[1] + " as " + ((DemoUser) c[0]).username(), () -> {
                    HttpResponse<String> r = session((DemoUser) c[0]).get((String) c[1]);
                    assertThat(r.statusCode()).as(c[1] + ": " + r.body()).isEqualTo(200);
                    assertThat(r.body())
                            .as((String) c[1])
                            .doesNotContain("id=\"errorTitle\"")
                            .doesNotContain(TRACE);
                }));
    }
}
