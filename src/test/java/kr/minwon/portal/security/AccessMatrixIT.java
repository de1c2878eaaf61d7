package kr.minwon.portal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import kr.minwon.portal.staff.entity.Role;
import kr.minwon.portal.testing.DemoUser;
import kr.minwon.portal.testing.PortalServer;
import kr.minwon.portal.testing.PortalSession;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Who may open what: every page and endpoint with the roles allowed to use it, checked for every demo account, for
 * an anonymous visitor and for the API key. A new page must be added to {@link #MATRIX} (a test below fails until
 * it is); a page listed here that does not exist yet fails with 404 instead of passing silently.
 */
class AccessMatrixIT {

    /** Who may use a page or endpoint. */
    record Access(String method, String path, Set<Role> roles, boolean apiKey) {
        boolean allows(DemoUser user) {
            if (isApi() && !"GET".equals(method)) {
                // Writes under /api take API keys only (issue 13): a session cookie is refused with 403.
                return false;
            }
            return roles.isEmpty() || user.roles().stream().anyMatch(roles::contains);
        }

        boolean isApi() {
            return path.startsWith("/api/");
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    /** Any signed-in person. */
    private static Access page(String path) {
        return new Access("GET", path, Set.of(), false);
    }

    private static Access page(String path, Role... roles) {
        return new Access("GET", path, Set.of(roles), false);
    }

    /** A CSV import endpoint: an API key with the IMPORTS scope only; sessions (even an ADMIN's) are refused. */
    private static Access importApi(String path) {
        return new Access("POST", path, Set.of(Role.ADMIN), true);
    }

    static final List<Access> MATRIX = List.of(
            page("/index.xhtml"),
            page("/account/password.xhtml"),
            page("/account/settings.xhtml"),
            page("/staff/employees.xhtml", Role.ADMIN),
            page("/staff/employee.xhtml", Role.ADMIN),
            page("/staff/units.xhtml", Role.ADMIN),
            page("/staff/unit.xhtml", Role.ADMIN),
            page("/staff/import.xhtml", Role.ADMIN),
            page("/security/apikeys.xhtml", Role.ADMIN),
            page("/calendar/admin.xhtml", Role.ADMIN),
            page("/petitions/types.xhtml", Role.ADMIN),
            page("/audit/log.xhtml", Role.ADMIN, Role.AUDITOR),
            page("/petitions/import.xhtml", Role.ADMIN),
            page("/petitions/mine.xhtml"),
            page("/petitions/new.xhtml"),
            page("/petitions/calculator.xhtml"),
            page("/petitions/corrections.xhtml"),
            page("/petitions/unit.xhtml", Role.MANAGER),
            page("/petitions/overdue.xhtml", Role.AUDITOR, Role.ADMIN),
            page("/notices/inbox.xhtml"),
            page("/cases/board.xhtml"),
            page("/mileage/mine.xhtml"),
            page("/mileage/ranking.xhtml"),
            page("/mileage/adjust.xhtml", Role.MANAGER, Role.ADMIN),
            page("/mileage/periods.xhtml"),
            page("/mileage/rules.xhtml", Role.ADMIN),
            page("/mileage/how.xhtml"),
            page("/admin/index.xhtml", Role.ADMIN),
            page("/dashboard/index.xhtml", Role.MANAGER, Role.AUDITOR, Role.ADMIN),
            page("/dashboard/extended-hours.xhtml", Role.MANAGER, Role.AUDITOR, Role.ADMIN),
            // Managers pass web.xml but are refused by the facade unless they head the office unit (demo has none).
            page("/dashboard/reports.xhtml", Role.AUDITOR, Role.ADMIN),
            page("/cases/mine.xhtml", Role.MANAGER),
            page("/cases/review.xhtml", Role.REVIEWER),
            page("/cases/admin.xhtml", Role.ADMIN),
            page("/notices/reminders.xhtml", Role.AUDITOR, Role.ADMIN),
            page("/notices/policy.xhtml", Role.ADMIN),
            page("/notices/log.xhtml", Role.ADMIN),
            importApi("/api/v1/imports/staff"),
            importApi("/api/v1/imports/departments"),
            importApi("/api/v1/imports/petition-types"),
            importApi("/api/v1/imports/petitions"),
            importApi("/api/v1/imports/stops"));

    /** Pages anybody may open, and pages shown only as the container's answer to something else. */
    private static final Set<String> PUBLIC_PAGES = Set.of(
            "/login.xhtml",
            "/errors/403.xhtml",
            "/errors/404.xhtml",
            "/errors/500.xhtml",
            "/errors/503.xhtml",
            "/errors/expired.xhtml");

    /** A CSV that cannot be imported: authorised callers get a 4xx about the content, never 401/403/404. */
    private static final String BAD_CSV = "no_such_column\nx\n";

    /**
     * Pages that show one record and answer 404 without one: the petition page is checked by
     * {@link #a_petition_is_shown_only_to_those_who_may_see_it}, the case pages by BestPracticeCaseIT, the
     * receipt-number search (404 without a number it may show) by ReceiptSearchIT.
     */
    private static final Set<String> RECORD_PAGES = Set.of(
            "/petitions/detail.xhtml",
            "/petitions/correction.xhtml",
            "/petitions/find.xhtml",
            "/cases/view.xhtml",
            "/cases/edit.xhtml");

    private static final Map<DemoUser, PortalSession> SESSIONS = new EnumMap<>(DemoUser.class);

    private static synchronized PortalSession session(DemoUser user) {
        return SESSIONS.computeIfAbsent(user, PortalSession::signedIn);
    }

    @Test
    void every_page_of_the_web_app_is_in_the_matrix() throws IOException {
        Path webapp = Path.of(System.getProperty("basedir", "."), "src", "main", "webapp");
        Set<String> listed = MATRIX.stream().map(Access::path).collect(Collectors.toSet());
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(webapp)) {
            files.filter(f -> f.toString().endsWith(".xhtml"))
                    .map(f -> "/" + webapp.relativize(f).toString().replace('\\', '/'))
                    .filter(p -> !p.startsWith("/WEB-INF/") && !p.startsWith("/resources/"))
                    .filter(p -> !PUBLIC_PAGES.contains(p) && !RECORD_PAGES.contains(p) && !listed.contains(p))
                    .forEach(missing::add);
        }
        assertThat(missing)
                .as("pages without a row in AccessMatrixIT.MATRIX (say who may open them)")
                .isEmpty();
    }

    /**
     * demo.employee's petition: its handler, his team leader, the head of the department and the auditor see it;
     * the reviewer in another department does not (404, so the receipt number's existence is not told either).
     */
    @Test
    void a_petition_is_shown_only_to_those_who_may_see_it() {
        HttpResponse<String> list = PortalSession.anonymous()
                .send(HttpRequest.newBuilder(PortalSession.anonymous().uri("/api/v1/petitions?handler=900001&size=1"))
                        .header("Authorization", "Bearer " + PortalServer.API_KEY)
                        .GET());
        assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"receiptNo\"\\s*:\\s*\"([^\"]+)\"")
                .matcher(list.body());
        assertThat(m.find()).as("a petition of demo.employee in " + list.body()).isTrue();
        String path = "/petitions/detail.xhtml?no=" + m.group(1);
        for (DemoUser user : DemoUser.values()) {
            boolean sees = Set.of("demo.employee", "demo.manager", "demo.head", "demo.auditor", "demo.admin")
                    .contains(user.username());
            HttpResponse<String> r = session(user).get(path);
            assertThat(r.statusCode()).as(path + " as " + user.username()).isEqualTo(sees ? 200 : 404);
            if (sees) {
                assertThat(r.body()).as(user.username()).contains(m.group(1));
            }
        }
        assertThat(PortalSession.isRedirectToLogin(PortalSession.anonymous().get(path)))
                .isTrue();
    }

    @TestFactory
    Stream<DynamicContainer> each_page_and_endpoint_admits_only_its_roles() {
        return MATRIX.stream().map(access -> {
            List<DynamicTest> tests = new ArrayList<>();
            tests.add(DynamicTest.dynamicTest("anonymous is refused", () -> checkAnonymous(access)));
            for (DemoUser user : DemoUser.values()) {
                boolean allowed = access.allows(user);
                tests.add(DynamicTest.dynamicTest(
                        user.username() + (allowed ? " is admitted" : " is refused"),
                        () -> checkUser(access, user, allowed)));
            }
            if (access.apiKey()) {
                tests.add(DynamicTest.dynamicTest("an API key with its scope is admitted", () -> checkApiKey(access)));
            }
            return DynamicContainer.dynamicContainer(access + " " + describe(access), tests);
        });
    }

    /**
     * The administration pages' old addresses (all under /admin/ before issue 15): an admin following a bookmark gets
     * 301 to the page's new address with the query string kept, and the new address is in {@link #MATRIX} as ADMIN
     * only; everybody else meets the same constraint as before (anonymous: login, other roles: 403).
     */
    @TestFactory
    Stream<DynamicContainer> old_admin_addresses_redirect_permanently_to_the_moved_pages() {
        Map<String, String> moved = kr.minwon.portal.platform.AdminPages.MOVED;
        assertThat(moved).hasSize(12);
        return moved.entrySet().stream().sorted(Map.Entry.comparingByKey()).map(e -> {
            String old = e.getKey();
            String now = e.getValue();
            List<DynamicTest> tests = new ArrayList<>();
            tests.add(DynamicTest.dynamicTest(
                    "the new address is ADMIN only in the matrix",
                    () -> assertThat(MATRIX).as(now).contains(page(now, Role.ADMIN))));
            tests.add(DynamicTest.dynamicTest("an admin is sent on with 301, query kept", () -> {
                HttpResponse<String> r = session(DemoUser.ADMIN).get(old + "?year=2026&month=3");
                assertThat(r.statusCode())
                        .as(old + " → " + PortalSession.location(r))
                        .isEqualTo(301);
                java.net.URI to = java.net.URI.create(PortalSession.location(r));
                assertThat(to.getPath()).isEqualTo(now);
                assertThat(to.getRawQuery()).isEqualTo("year=2026&month=3");
                HttpResponse<String> bare = session(DemoUser.ADMIN).get(old);
                assertThat(bare.statusCode()).isEqualTo(301);
                assertThat(java.net.URI.create(PortalSession.location(bare)).getRawQuery())
                        .isNull();
            }));
            tests.add(DynamicTest.dynamicTest(
                    "anonymous is sent to the login page",
                    () -> assertThat(PortalSession.isRedirectToLogin(
                                    PortalSession.anonymous().get(old)))
                            .as(old)
                            .isTrue()));
            tests.add(DynamicTest.dynamicTest(
                    "an employee is refused",
                    () -> assertThat(session(DemoUser.EMPLOYEE).get(old).statusCode())
                            .as(old)
                            .isEqualTo(403)));
            return DynamicContainer.dynamicContainer(old + " → " + now, tests);
        });
    }

    @Test
    void an_unknown_old_admin_address_is_not_found_for_an_admin() {
        assertThat(session(DemoUser.ADMIN).get("/admin/no-such-page.xhtml").statusCode())
                .isEqualTo(404);
    }

    private static String describe(Access access) {
        String who = access.roles().isEmpty()
                ? "any signed-in person"
                : access.roles().stream().map(Enum::name).sorted().collect(Collectors.joining(", "));
        return "(" + who + (access.apiKey() ? ", API key" : "") + ")";
    }

    private static HttpResponse<String> call(PortalSession session, Access access, String apiKey) {
        HttpRequest.Builder request = HttpRequest.newBuilder(session.uri(access.path()));
        if (apiKey != null) {
            request.header("Authorization", "Bearer " + apiKey);
        }
        if ("GET".equals(access.method())) {
            request.GET();
        } else {
            request.header("Content-Type", "text/csv; charset=UTF-8")
                    .method(access.method(), HttpRequest.BodyPublishers.ofString(BAD_CSV));
        }
        return session.send(request);
    }

    private static void checkAnonymous(Access access) {
        HttpResponse<String> r = call(PortalSession.anonymous(), access, null);
        if (access.isApi()) {
            assertThat(r.statusCode()).as(access + " without a key").isEqualTo(401);
            assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        } else {
            assertThat(PortalSession.isRedirectToLogin(r))
                    .as(access + " anonymous: expected a redirect to the login page, got HTTP " + r.statusCode() + " "
                            + PortalSession.location(r))
                    .isTrue();
        }
    }

    private static void checkUser(Access access, DemoUser user, boolean allowed) {
        HttpResponse<String> r = call(session(user), access, null);
        if (allowed) {
            assertAdmitted(access, user.username(), r);
        } else {
            if (r.statusCode() == 404) {
                fail(access + " does not exist (HTTP 404) — not built yet, or its path changed");
            }
            assertThat(r.statusCode())
                    .as(access + " as " + user.username() + " must be refused")
                    .isEqualTo(403);
        }
    }

    private static void checkApiKey(Access access) {
        assertAdmitted(access, "the API key", call(PortalSession.anonymous(), access, PortalServer.API_KEY));
    }

    private static void assertAdmitted(Access access, String who, HttpResponse<String> r) {
        int status = r.statusCode();
        if (status == 404) {
            fail(access + " does not exist (HTTP 404) — not built yet, or its path changed");
        }
        if (access.isApi()) {
            // The body is a CSV that cannot be imported: admitted callers hear about the content.
            assertThat(status)
                    .as(access + " as " + who + ": " + r.body())
                    .isBetween(200, 499)
                    .isNotIn(401, 403, 405);
        } else {
            assertThat(status)
                    .as(access + " as " + who + " (" + PortalSession.location(r) + ")")
                    .isEqualTo(200);
        }
    }
}
