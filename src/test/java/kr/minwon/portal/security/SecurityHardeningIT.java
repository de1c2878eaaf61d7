package kr.minwon.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kr.minwon.portal.testing.DemoUser;
import kr.minwon.portal.testing.PortalServer;
import kr.minwon.portal.testing.PortalSession;
import org.junit.jupiter.api.Test;

/**
 * Issue 14 (ASVS level 2): passwords someone else set open only the password change; a changed person's sessions end
 * on their next request; an IMPORTS key cannot make or unmake an administrator; HTTPS behind a trusted proxy gives
 * Secure cookies and HSTS, an untrusted address does not; /metrics and /openapi are not open.
 */
class SecurityHardeningIT {

    private static final String PASSWORD_PAGE = "/account/password.xhtml";

    // ---- passwords someone else set ------------------------------------------------------------------------------

    @Test
    void the_admin_with_the_password_from_the_environment_gets_only_the_password_page_whatever_he_opens() {
        PortalSession admin = PortalSession.anonymous();
        HttpResponse<String> signIn = admin.signIn("admin", PortalServer.ADMIN_PASSWORD);
        assertThat(signIn.statusCode()).as(signIn.body()).isEqualTo(302);
        assertThat(PortalSession.location(signIn)).contains(PASSWORD_PAGE);
        for (String path : List.of(
                "/index.xhtml",
                "/staff/employees.xhtml",
                "/security/apikeys.xhtml",
                "/audit/log.xhtml",
                "/petitions/mine.xhtml",
                "/login.xhtml?next=/index.xhtml")) {
            HttpResponse<String> r = admin.get(path);
            if (path.startsWith("/login.xhtml")) {
                // The login page sends a signed-in person home, and home sends him back to the password page.
                r = admin.get(PortalSession.location(r).replaceFirst("^https?://[^/]+", ""));
            }
            assertThat(r.statusCode()).as(path).isEqualTo(302);
            assertThat(PortalSession.location(r)).as(path).contains(PASSWORD_PAGE);
        }
        HttpResponse<String> api = admin.get("/api/v1/cases");
        assertThat(api.statusCode()).as("an API call with the session").isEqualTo(403);
        assertThat(admin.get(PASSWORD_PAGE).statusCode()).isEqualTo(200);
    }

    @Test
    void an_issued_password_opens_only_its_change_and_a_deactivated_persons_open_session_ends() {
        Issued issued = issuedAndSignedIn("it.sec.");
        String number = issued.number();
        String username = issued.username();
        String temporary = issued.temporary();
        PortalSession person = issued.person();
        HttpResponse<String> home = person.get("/index.xhtml");
        assertThat(PortalSession.location(home)).as("home before the change").contains(PASSWORD_PAGE);

        // A second session with the issued password: the change made in the first ends it.
        PortalSession earlier = PortalSession.anonymous();
        assertThat(PortalSession.location(earlier.signIn(username, temporary))).contains(PASSWORD_PAGE);

        // A weak or common password is refused; a good one opens the portal.
        HttpResponse<String> weak = changePassword(person, temporary, "qwerty1234");
        assertThat(weak.statusCode()).isEqualTo(200);
        assertThat(weak.body()).contains("널리 쓰이는 비밀번호");
        String chosen = "Sec-" + number + "-kestrel-9";
        HttpResponse<String> changed = changePassword(person, temporary, chosen);
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(302);
        assertThat(person.get("/index.xhtml").statusCode())
                .as("home after the change")
                .isEqualTo(200);
        sleepOverTheCache();
        assertThat(PortalSession.isRedirectToLogin(earlier.get(PASSWORD_PAGE)))
                .as("the other session after the change")
                .isTrue();
        assertThat(PortalSession.anonymous().signIn(username, temporary).body())
                .as("the issued password is gone")
                .contains("아이디 또는 비밀번호가 올바르지 않습니다.");

        // A second session; then the person is deactivated by a staff file: both sessions end at their next request.
        PortalSession other = PortalSession.signedIn(username, chosen);
        assertThat(other.get("/index.xhtml").statusCode()).isEqualTo(200);
        importStaff(number, "EMPLOYEE", "N", PortalServer.API_KEY, 200);
        sleepOverTheCache();
        assertThat(PortalSession.isRedirectToLogin(person.get("/index.xhtml")))
                .as("first session")
                .isTrue();
        assertThat(PortalSession.isRedirectToLogin(other.get("/index.xhtml")))
                .as("second session")
                .isTrue();
        assertThat(PortalSession.isRedirectToLogin(other.get("/index.xhtml")))
                .as("and it stays ended")
                .isTrue();
    }

    @Test
    void a_person_with_an_issued_password_can_still_switch_the_language_and_sign_out() {
        PortalSession person = issuedAndSignedIn("it.out.").person();
        assertThat(person.get(PASSWORD_PAGE).body()).contains("action=\"/account/sign-out\"");

        HttpResponse<String> switched = person.postForm("/account/language", Map.of("back", PASSWORD_PAGE));
        assertThat(switched.statusCode()).isEqualTo(303);
        assertThat(PortalSession.location(switched)).endsWith(PASSWORD_PAGE);
        assertThat(person.get(PASSWORD_PAGE).body()).contains("lang=\"en\"");

        HttpResponse<String> out = person.postForm("/account/sign-out", Map.of());
        assertThat(out.statusCode()).isEqualTo(303);
        assertThat(PortalSession.location(out)).contains("/login.xhtml?signedOut=true");
        assertThat(PortalSession.isRedirectToLogin(person.get(PASSWORD_PAGE))).isTrue();
    }

    @Test
    void a_role_change_ends_the_open_session() {
        Issued issued = issuedAndSignedIn("it.role.");
        String number = issued.number();
        String username = issued.username();
        String temporary = issued.temporary();
        PortalSession person = issued.person();
        String chosen = "Role-" + number + "-heron-7";
        assertThat(changePassword(person, temporary, chosen).statusCode()).isEqualTo(302);
        assertThat(person.get("/index.xhtml").statusCode()).isEqualTo(200);
        importStaff(number, "EMPLOYEE;MANAGER", "Y", PortalServer.API_KEY, 200);
        sleepOverTheCache();
        assertThat(PortalSession.isRedirectToLogin(person.get("/index.xhtml"))).isTrue();
        // He signs in again and has his new role.
        PortalSession.signedIn(username, chosen);
    }

    // ---- imports and the ADMIN role ------------------------------------------------------------------------------

    @Test
    void a_key_with_only_the_imports_scope_cannot_make_or_unmake_an_admin() {
        String key = importsOnlyKey();
        String number = freshNumber();
        importStaff(number, "EMPLOYEE", "Y", key, 200);

        HttpResponse<String> grant = importStaff(number, "EMPLOYEE;ADMIN", "Y", key, 422);
        assertThat(grant.body()).contains("관리자(ADMIN)");
        HttpResponse<String> unmake = importStaff("ADMIN", "EMPLOYEE", "Y", key, 422);
        assertThat(unmake.body()).contains("관리자(ADMIN)");
        HttpResponse<String> deactivate = importStaff("ADMIN", "ADMIN", "N", key, 422);
        assertThat(deactivate.body()).contains("퇴직");
        // The same key may still change other things; and a key with the ADMIN scope may grant ADMIN.
        importStaff(number, "EMPLOYEE;MANAGER", "Y", key, 200);
        HttpResponse<String> byAdminKey = importStaff(number, "EMPLOYEE;ADMIN", "Y", PortalServer.API_KEY, 200);
        assertThat(byAdminKey.body()).contains("\"updated\":1");
        // Taking it away again needs the ADMIN scope too.
        importStaff(number, "EMPLOYEE", "Y", key, 422);
    }

    // ---- behind a proxy ------------------------------------------------------------------------------------------

    @Test
    void https_told_by_the_trusted_proxy_gives_a_secure_session_cookie_and_hsts() {
        HttpResponse<String> r = PortalSession.anonymous()
                .withHeader("X-Forwarded-Proto", "https")
                .get("/login.xhtml");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Strict-Transport-Security"))
                .hasValueSatisfying(v -> assertThat(v).contains("max-age="));

        // The login page opens no session (issue 16); signing in does, and its cookie is Secure and HttpOnly.
        PortalSession viaProxy = PortalSession.anonymous().withHeader("X-Forwarded-Proto", "https");
        HttpResponse<String> signIn = viaProxy.signIn(DemoUser.EMPLOYEE.username(), PortalServer.DEMO_PASSWORD);
        assertThat(signIn.statusCode()).isEqualTo(302);
        assertThat(sessionCookie(signIn.headers().allValues("Set-Cookie")).toLowerCase())
                .contains("secure")
                .contains("httponly");
    }

    @Test
    void the_audit_log_records_the_clients_address_told_by_the_trusted_proxy_and_not_an_untrusted_claim()
            throws IOException {
        String client = "198.51.100." + ThreadLocalRandom.current().nextInt(100, 200);
        PortalSession.anonymous()
                .withHeader("X-Forwarded-For", client)
                .signIn(DemoUser.REVIEWER.username(), PortalServer.DEMO_PASSWORD);
        // From an untrusted address the same header is ignored: its failed sign-in is recorded as 127.0.0.2.
        String forged = "192.0.2." + ThreadLocalRandom.current().nextInt(100, 200);
        String xff = "X-Forwarded-For: " + forged + "\r\n";
        String page = rawExchange("127.0.0.2", "GET /login.xhtml HTTP/1.0", xff, null);
        // The login page is stateless: the form posts without a session cookie.
        assertThat(page).contains("stateless");
        String answer = rawSignIn("127.0.0.2", xff, page, "it.forged." + forged.replace('.', '-'), "wrong-pass-1");
        assertThat(answer).contains("아이디 또는 비밀번호가 올바르지 않습니다.");
        HttpResponse<String> log = PortalSession.signedIn(DemoUser.AUDITOR).get("/audit/log.xhtml");
        assertThat(log.statusCode()).isEqualTo(200);
        assertThat(log.body()).contains(client);
        assertThat(log.body())
                .contains("it.forged." + forged.replace('.', '-'))
                .contains("127.0.0.2")
                .doesNotContain(forged);
    }

    @Test
    void plain_http_and_an_untrusted_address_get_neither() throws IOException {
        HttpResponse<String> plain = PortalSession.anonymous().get("/login.xhtml");
        assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();
        HttpResponse<String> signIn =
                PortalSession.anonymous().signIn(DemoUser.EMPLOYEE.username(), PortalServer.DEMO_PASSWORD);
        assertThat(sessionCookie(signIn.headers().allValues("Set-Cookie")).toLowerCase())
                .doesNotContain("secure");

        // 127.0.0.2 is this machine too, but not in PORTAL_TRUSTED_PROXIES (default 127.0.0.1 and ::1).
        String xfp = "X-Forwarded-Proto: https\r\n";
        String page = rawExchange("127.0.0.2", "GET /login.xhtml HTTP/1.0", xfp, null);
        assertThat(page).startsWith("HTTP/1.1 200");
        assertThat(page.toLowerCase()).doesNotContain("strict-transport-security");
        // The session comes with the sign-in (the login page is stateless): its cookie is not Secure either.
        String answer = rawSignIn("127.0.0.2", xfp, page, DemoUser.EMPLOYEE.username(), PortalServer.DEMO_PASSWORD);
        String lower = answer.toLowerCase();
        assertThat(lower).startsWith("http/1.1 302").doesNotContain("strict-transport-security");
        String cookieLine = lower.lines()
                .filter(l -> l.startsWith("set-cookie: jsessionid="))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie at sign-in:\n" + answer));
        assertThat(cookieLine).doesNotContain("secure");
    }

    // ---- exposure ------------------------------------------------------------------------------------------------

    @Test
    void metrics_are_for_admins_and_metrics_keys_only_and_openapi_for_the_signed_in() {
        HttpResponse<String> anonymous = PortalSession.anonymous().get("/metrics");
        assertThat(anonymous.statusCode()).as("anonymous /metrics").isNotEqualTo(200);
        assertThat(anonymous.body()).doesNotContain("# TYPE");
        assertThat(PortalSession.anonymous().get("/openapi").statusCode())
                .as("anonymous /openapi")
                .isNotEqualTo(200);
        HttpResponse<String> employee =
                PortalSession.signedIn(DemoUser.EMPLOYEE).get("/metrics");
        assertThat(employee.statusCode()).as("an employee's /metrics").isEqualTo(403);
        assertThat(PortalSession.signedIn(DemoUser.EMPLOYEE).get("/openapi").statusCode())
                .isEqualTo(200);
        HttpResponse<String> admin = PortalSession.signedIn(DemoUser.ADMIN).get("/metrics");
        assertThat(admin.statusCode()).as("an admin's /metrics").isEqualTo(200);
        // The demo key holds every scope, METRICS included.
        assertThat(PortalSession.api("GET", "/metrics", null, null).statusCode())
                .isEqualTo(200);
    }

    // ---- no answer tells which employee numbers exist; uploads by path -----------------------------------------

    @Test
    void someone_elses_inbox_and_a_missing_one_answer_alike() {
        PortalSession employee = PortalSession.signedIn(DemoUser.EMPLOYEE);
        HttpResponse<String> other = employee.get("/api/v1/staff/" + "900002" + "/notices");
        HttpResponse<String> missing = employee.get("/api/v1/staff/" + "999999999" + "/notices");
        assertThat(other.statusCode()).isEqualTo(404);
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(detail(other.body())).isEqualTo(detail(missing.body()));
        assertThat(employee.get("/api/v1/staff/900001/notices").statusCode())
                .as("his own")
                .isEqualTo(200);
    }

    @Test
    void kpis_of_an_unknown_handler_do_not_say_unknown_employee() {
        HttpResponse<String> r = PortalSession.signedIn(DemoUser.MANAGER)
                .get("/api/v1/kpis?from=2026-01-01&to=2026-12-31&handler=999999999");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(r.body()).doesNotContain("없는 직원").contains("\"completed\":0");
    }

    @Test
    void an_upload_over_ten_megabytes_to_an_ordinary_page_is_refused_before_it_is_read() throws IOException {
        PortalSession employee = PortalSession.signedIn(DemoUser.EMPLOYEE);
        String cookie = "JSESSIONID=" + employee.cookie("JSESSIONID");
        String head = rawFrom(
                "127.0.0.1",
                "POST /index.xhtml HTTP/1.1",
                "Cookie: " + cookie + "\r\n"
                        + "Content-Type: multipart/form-data; boundary=xyz\r\nContent-Length: 20000000\r\n");
        assertThat(head).startsWith("HTTP/1.1 413");
    }

    private static String detail(String problemJson) {
        Matcher m = Pattern.compile("\"detail\"\\s*:\\s*\"([^\"]*)\"").matcher(problemJson);
        return m.find() ? m.group(1) : problemJson;
    }

    // ---- helpers -------------------------------------------------------------------------------------------------

    private static HttpResponse<String> importStaff(
            String number, String roles, String active, String key, int expected) {
        String unit = number.equals("ADMIN") ? "D-IT" : "T-CIVIL-1";
        String name = number.equals("ADMIN") ? "시스템 관리자" : "보안시험" + number.substring(number.length() - 3);
        String csv = "employee_no,name,unit_code,roles,active\n" + number + "," + name + "," + unit + "," + roles + ","
                + active + "\n";
        PortalSession s = PortalSession.anonymous();
        HttpResponse<String> r = s.send(HttpRequest.newBuilder(s.uri("/api/v1/imports/staff"))
                .header("Authorization", "Bearer " + key)
                .header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(csv, StandardCharsets.UTF_8)));
        assertThat(r.statusCode()).as("staff import " + csv + " → " + r.body()).isEqualTo(expected);
        return r;
    }

    /** Issues the person's sign-in on the admin's employee screen; returns the one-time password shown. */
    private static final Set<Integer> TAKEN = ConcurrentHashMap.newKeySet();

    /** A staff number that no other test of this run took (00014100–00014999): two tests must not share a person. */
    private static String freshNumber() {
        int n;
        do {
            n = ThreadLocalRandom.current().nextInt(100, 1000);
        } while (!TAKEN.add(n));
        return "00014" + n;
    }

    /** A new person on the staff list with a password an admin issued, signed in: he is sent to the password page. */
    private record Issued(String number, String username, String temporary, PortalSession person) {}

    private static Issued issuedAndSignedIn(String usernamePrefix) {
        String number = freshNumber();
        String username = usernamePrefix + number;
        importStaff(number, "EMPLOYEE", "Y", PortalServer.API_KEY, 200);
        String temporary = issueAccount(number, username);
        PortalSession person = PortalSession.anonymous();
        assertThat(PortalSession.location(person.signIn(username, temporary))).contains(PASSWORD_PAGE);
        return new Issued(number, username, temporary, person);
    }

    private static String issueAccount(String number, String username) {
        PortalSession admin = PortalSession.signedIn(DemoUser.ADMIN);
        HttpResponse<String> list = admin.get("/staff/employees.xhtml");
        Matcher id = Pattern.compile("employee\\.xhtml\\?id=(\\d+)\"[^>]*>\\s*" + number + "\\s*<")
                .matcher(list.body());
        assertThat(id.find())
                .as("employee " + number + " on the list's first page")
                .isTrue();
        String path = "/staff/employee.xhtml?id=" + id.group(1);
        HttpResponse<String> page = admin.get(path);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("accountForm", "accountForm");
        form.put("accountForm:username", username);
        form.put("accountForm:issue", "");
        form.put("jakarta.faces.ViewState", PortalSession.viewState(page.body()));
        form.put("primefaces.nonce", PortalSession.nonce(page.body()));
        HttpResponse<String> issued = admin.postForm(path, form);
        Matcher secret = Pattern.compile("id=\"temporaryPassword\">\\s*([A-Za-z0-9]+)\\s*<")
                .matcher(issued.body());
        assertThat(secret.find())
                .as("temporary password shown:\n" + issued.body())
                .isTrue();
        return secret.group(1);
    }

    private static HttpResponse<String> changePassword(PortalSession person, String current, String next) {
        HttpResponse<String> page = person.get(PASSWORD_PAGE + "?first=true");
        assertThat(page.statusCode()).isEqualTo(200);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("passwordForm", "passwordForm");
        form.put("passwordForm:current", current);
        form.put("passwordForm:next", next);
        form.put("passwordForm:confirm", next);
        form.put("passwordForm:save", "");
        form.put("jakarta.faces.ViewState", PortalSession.viewState(page.body()));
        form.put("primefaces.nonce", PortalSession.nonce(page.body()));
        return person.postForm(PASSWORD_PAGE, form);
    }

    /** A new service account with only the IMPORTS scope and its key, made on the admin's API key screen. */
    private static String importsOnlyKey() {
        String name = "it-imports-" + ThreadLocalRandom.current().nextInt(10000, 100000);
        PortalSession admin = PortalSession.signedIn(DemoUser.ADMIN);
        HttpResponse<String> page = admin.get("/security/apikeys.xhtml");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("accountForm", "accountForm");
        form.put("accountForm:name", name);
        form.put("accountForm:description", "issue 14 test");
        form.put("accountForm:scopes", "IMPORTS");
        form.put("accountForm:create", "");
        form.put("jakarta.faces.ViewState", PortalSession.viewState(page.body()));
        form.put("primefaces.nonce", PortalSession.nonce(page.body()));
        HttpResponse<String> created = admin.postForm("/security/apikeys.xhtml", form);
        assertThat(created.statusCode()).isEqualTo(200);
        HttpResponse<String> list = admin.get("/security/apikeys.xhtml");
        Matcher button = Pattern.compile(
                        "<button[^>]*id=\"(keysForm:accounts:\\d+:issue)\"[^>]*title=\"[^\"]*" + name + "\"")
                .matcher(list.body());
        Matcher buttonOtherOrder = Pattern.compile(
                        "<button[^>]*title=\"[^\"]*" + name + "\"[^>]*id=\"(keysForm:accounts:\\d+:issue)\"")
                .matcher(list.body());
        String buttonId = button.find() ? button.group(1) : buttonOtherOrder.find() ? buttonOtherOrder.group(1) : null;
        assertThat(buttonId)
                .as("issue button of " + name + " in\n" + list.body())
                .isNotNull();
        Map<String, String> issue = new LinkedHashMap<>();
        issue.put("keysForm", "keysForm");
        issue.put(buttonId, "");
        issue.put("jakarta.faces.ViewState", PortalSession.viewState(list.body()));
        issue.put("primefaces.nonce", PortalSession.nonce(list.body()));
        HttpResponse<String> issued = admin.postForm("/security/apikeys.xhtml", issue);
        Matcher secret = Pattern.compile("id=\"issuedSecret\">\\s*([A-Za-z0-9_\\-]+)\\s*<")
                .matcher(issued.body());
        assertThat(secret.find()).as("issued key shown:\n" + issued.body()).isTrue();
        return secret.group(1);
    }

    private static String sessionCookie(List<String> setCookies) {
        return setCookies.stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .reduce((a, b) -> b)
                .orElseThrow(() -> new AssertionError("no session cookie in " + setCookies));
    }

    /** A request without body over a socket bound to the given local address; returns the response head. */
    private static String rawFrom(String localAddress, String requestLine, String extraHeaders) throws IOException {
        java.net.URI base = PortalServer.shared().uri("/");
        try (Socket socket = new Socket(
                InetAddress.getByName(base.getHost()), base.getPort(), InetAddress.getByName(localAddress), 0)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write((requestLine + "\r\nHost: " + base.getHost() + ":" + base.getPort() + "\r\n" + extraHeaders
                            + "Connection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            // Only the head: a server that refuses a body need not read (or wait for) it.
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream head = new ByteArrayOutputStream();
            for (int b; (b = in.read()) >= 0; ) {
                head.write(b);
                if (head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
                    break;
                }
            }
            return head.toString(StandardCharsets.UTF_8).strip();
        }
    }

    /** A whole exchange (Connection: close, read to the end) over a socket bound to the given local address. */
    /** Posts the login form of {@code page} (a raw answer) from the given local address, as a browser would. */
    private static String rawSignIn(String localAddress, String headers, String page, String username, String password)
            throws IOException {
        String form = "loginForm=loginForm&loginForm%3Ausername=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&loginForm%3Apassword=" + URLEncoder.encode(password, StandardCharsets.UTF_8)
                + "&loginForm%3AsignIn=&jakarta.faces.ViewState="
                + URLEncoder.encode(PortalSession.viewState(page), StandardCharsets.UTF_8)
                + "&primefaces.nonce=" + URLEncoder.encode(PortalSession.nonce(page), StandardCharsets.UTF_8);
        return rawExchange(
                localAddress,
                "POST /login.xhtml HTTP/1.0",
                headers + "Content-Type: application/x-www-form-urlencoded\r\n",
                form);
    }

    private static String rawExchange(String localAddress, String requestLine, String headers, String body)
            throws IOException {
        java.net.URI base = PortalServer.shared().uri("/");
        byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        try (Socket socket = new Socket(
                InetAddress.getByName(base.getHost()), base.getPort(), InetAddress.getByName(localAddress), 0)) {
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            out.write((requestLine + "\r\nHost: " + base.getHost() + ":" + base.getPort() + "\r\n" + headers
                            + (body == null ? "" : "Content-Length: " + content.length + "\r\n")
                            + "Connection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write(content);
            out.flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Other nodes may know an account's state for up to a second. */
    private static void sleepOverTheCache() {
        try {
            Thread.sleep(1_200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
