package kr.minwon.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import kr.minwon.portal.staff.entity.Role;
import kr.minwon.portal.testing.DemoUser;
import kr.minwon.portal.testing.PortalServer;
import kr.minwon.portal.testing.PortalSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Signing in through the login page, what each role sees, and what happens to those who are not signed in. */
class SignInIT {

    private static final String FAILED = "아이디 또는 비밀번호가 올바르지 않습니다.";

    @ParameterizedTest
    @EnumSource(DemoUser.class)
    void every_demo_account_signs_in_and_sees_its_menu(DemoUser user) {
        PortalSession session = PortalSession.anonymous();
        HttpResponse<String> signIn = session.signIn(user.username(), PortalServer.DEMO_PASSWORD);
        assertThat(signIn.statusCode())
                .as("sign-in answer of " + user.username() + ": " + signIn.body())
                .isEqualTo(302);
        assertThat(PortalSession.location(signIn)).endsWith("/index.xhtml");

        HttpResponse<String> home = session.get("/index.xhtml");
        assertThat(home.statusCode()).as("home page of " + user.username()).isEqualTo(200);
        String html = home.body();
        assertThat(html).contains("id=\"greeting\"").contains("id=\"menuHome\"");
        Map<String, Boolean> menu = Map.of(
                "menuAuditLog", user.has(Role.ADMIN) || user.has(Role.AUDITOR),
                "menuEmployees", user.has(Role.ADMIN),
                "menuUnits", user.has(Role.ADMIN),
                "menuStaffImport", user.has(Role.ADMIN),
                "menuApiKeys", user.has(Role.ADMIN));
        menu.forEach((id, shown) -> assertThat(html.contains("id=\"" + id + "\""))
                .as(user.username() + " sees menu item " + id)
                .isEqualTo(shown));
    }

    @Test
    void one_person_signing_in_several_times_at_once_gets_in_every_time() throws Exception {
        // Two tabs, a double click, or the same name through two nodes: each sign-in writes the account's sign-in
        // fields; none may fail on another's version (it answered 500 under a soak).
        int n = 8;
        List<PortalSession> sessions = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            PortalSession s = PortalSession.anonymous();
            s.get("/login.xhtml");
            sessions.add(s);
        }
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            List<Future<HttpResponse<String>>> answers = new ArrayList<>();
            for (PortalSession s : sessions) {
                answers.add(pool.submit(() -> {
                    go.await();
                    return s.signIn(DemoUser.AUDITOR.username(), PortalServer.DEMO_PASSWORD);
                }));
            }
            go.countDown();
            for (Future<HttpResponse<String>> a : answers) {
                HttpResponse<String> r = a.get(120, TimeUnit.SECONDS);
                assertThat(r.statusCode())
                        .as("a simultaneous sign-in: " + r.body())
                        .isEqualTo(302);
                assertThat(PortalSession.location(r)).endsWith("/index.xhtml");
            }
        } finally {
            pool.shutdownNow();
        }
        for (PortalSession s : sessions) {
            assertThat(s.get("/index.xhtml").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void a_wrong_password_is_refused_on_the_login_page() {
        PortalSession session = PortalSession.anonymous();
        HttpResponse<String> r = session.signIn(DemoUser.REVIEWER.username(), "not-the-password-1");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains(FAILED).contains("id=\"loginForm\"");
        assertThat(PortalSession.isRedirectToLogin(session.get("/index.xhtml")))
                .as("still signed out")
                .isTrue();
        // A success afterwards resets the failure count, so the demo account stays usable for the other tests.
        PortalSession.signedIn(DemoUser.REVIEWER);
    }

    @Test
    void an_unknown_user_is_refused_with_the_same_message() {
        HttpResponse<String> r = PortalSession.anonymous().signIn("no.such.person", "whatever-123");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains(FAILED);
    }

    @Test
    void repeated_wrong_passwords_from_one_address_lock_that_address_out_even_with_the_right_one() {
        // Through the trusted proxy (loopback) from a stranger's address: 5 failures (the default) lock 'admin' for
        // that address only, with the same message as any failure; the owner signs in from his own address.
        String stranger = "203.0.113.41";
        for (int i = 1; i <= 5; i++) {
            HttpResponse<String> r = PortalSession.anonymous()
                    .withHeader("X-Forwarded-For", stranger)
                    .signIn("admin", "wrong-password-" + i);
            assertThat(r.statusCode()).as("attempt " + i).isEqualTo(200);
            assertThat(r.body()).contains(FAILED);
        }
        HttpResponse<String> right = PortalSession.anonymous()
                .withHeader("X-Forwarded-For", stranger)
                .signIn("admin", PortalServer.ADMIN_PASSWORD);
        assertThat(right.statusCode())
                .as("the right password from the locked address")
                .isEqualTo(200);
        assertThat(right.body())
                .as("no word of a lock: the same text as any failure")
                .contains(FAILED)
                .doesNotContain("잠겼");
        HttpResponse<String> owner = PortalSession.anonymous()
                .withHeader("X-Forwarded-For", "198.51.100.7")
                .signIn("admin", PortalServer.ADMIN_PASSWORD);
        assertThat(owner.statusCode()).as("the owner from another address").isEqualTo(302);
    }

    @Test
    void an_unknown_name_locked_out_the_same_way_answers_the_same_as_a_known_one() {
        String stranger = "203.0.113.42";
        for (int i = 1; i <= 6; i++) {
            PortalSession.anonymous().withHeader("X-Forwarded-For", stranger).signIn("no.such.person", "wrong-pw-" + i);
        }
        HttpResponse<String> unknown = PortalSession.anonymous()
                .withHeader("X-Forwarded-For", stranger)
                .signIn("no.such.person", "wrong-pw-7");
        HttpResponse<String> known = PortalSession.anonymous()
                .withHeader("X-Forwarded-For", stranger)
                .signIn(DemoUser.AUDITOR.username(), "wrong-pw-7");
        assertThat(unknown.body()).contains(FAILED);
        assertThat(known.body()).contains(FAILED);
        assertThat(errorText(unknown.body())).isEqualTo(errorText(known.body()));
    }

    private static String errorText(String html) {
        int at = html.indexOf(FAILED);
        return at < 0 ? "" : html.substring(at, at + FAILED.length());
    }

    @Test
    void the_employee_is_refused_at_admin_pages() {
        PortalSession employee = PortalSession.signedIn(DemoUser.EMPLOYEE);
        for (String page :
                new String[] {"/staff/employees.xhtml", "/security/apikeys.xhtml", "/admin/anything.xhtml"}) {
            HttpResponse<String> r = employee.get(page);
            assertThat(r.statusCode()).as(page).isEqualTo(403);
            assertThat(r.body()).contains("id=\"errorTitle\"").doesNotContain("Caused by");
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/",
                "/index.xhtml",
                "/account/password.xhtml",
                "/staff/employees.xhtml",
                "/audit/log.xhtml",
                "/does-not-exist.xhtml",
                "/some/folder/",
                "/errors-not-really/x.xhtml"
            })
    void anonymous_visitors_are_sent_to_the_login_page(String path) {
        HttpResponse<String> r = PortalSession.anonymous().get(path);
        assertThat(PortalSession.isRedirectToLogin(r))
                .as(path + " answered " + r.statusCode() + " " + PortalSession.location(r))
                .isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/login.xhtml", "/health/ready", "/health/live"})
    void the_login_page_and_health_checks_are_open(String path) {
        assertThat(PortalSession.anonymous().get(path).statusCode()).as(path).isEqualTo(200);
    }

    @Test
    void after_sign_in_the_login_page_goes_on_to_where_the_visitor_was_going() {
        PortalSession session = PortalSession.anonymous();
        HttpResponse<String> first = session.get("/account/password.xhtml");
        assertThat(PortalSession.location(first)).contains("next=");
        HttpResponse<String> page =
                session.get(first.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", ""));
        String viewState = PortalSession.viewState(page.body());
        // The form carries where the visitor was going (the login view keeps no state); a browser posts it along.
        java.util.regex.Matcher next = java.util.regex.Pattern.compile("name=\"next\" value=\"([^\"]*)\"")
                .matcher(page.body());
        assertThat(next.find()).as("the form's next field").isTrue();
        HttpResponse<String> r = session.postForm(
                "/login.xhtml",
                Map.of(
                        "next",
                        next.group(1).replace("&#47;", "/"),
                        "loginForm",
                        "loginForm",
                        "loginForm:username",
                        DemoUser.MANAGER.username(),
                        "loginForm:password",
                        PortalServer.DEMO_PASSWORD,
                        "loginForm:signIn",
                        "",
                        "jakarta.faces.ViewState",
                        viewState,
                        "primefaces.nonce",
                        PortalSession.nonce(page.body())));
        assertThat(r.statusCode()).isEqualTo(302);
        assertThat(PortalSession.location(r)).endsWith("/account/password.xhtml");
    }
}
