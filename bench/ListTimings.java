import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Times the petition lists of a running portal over HTTP: "My petitions" as demo.employee, the unit list as
 * demo.manager (his team) and demo.head (his department), and the REST list with the demo API key. Each is signed in
 * through the real login form, warmed up, then requested N times one after another; prints median and 95th percentile
 * of the time to the last byte (localhost, so close to the server's time) and checks each answer is the list.
 * With SUITE {@code dashboard}, times the KPI dashboard instead: the whole office over the last complete evaluation
 * year (October to September) as demo.auditor, demo.head's department on the same page, and {@code GET /api/v1/kpis}.
 * Usage: java bench/ListTimings.java PORT [N] [WARMUP] [KEY] [SUITE]
 */
public final class ListTimings {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern NONCE = Pattern.compile("nonce=\"([^\"]+)\"");
    private static final String PASSWORD = "minwon1234!";

    private final String base;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
            .connectTimeout(Duration.ofSeconds(5)).build();

    private ListTimings(String base) {
        this.base = base;
    }

    public static void main(String[] args) throws Exception {
        String base = "http://localhost:" + args[0];
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        int warmup = args.length > 2 ? Integer.parseInt(args[2]) : 30;
        String key = args.length > 3 ? args[3] : "demo-key-123";
        if (args.length > 4 && args[4].equals("dashboard")) {
            java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Seoul"));
            int endYear = today.getMonthValue() >= 10 ? today.getYear() : today.getYear() - 1;
            String range = "from=" + (endYear - 1) + "-10-01&to=" + endYear + "-09-30";
            System.out.println("evaluation year: " + range);
            time("Dashboard, office (demo.auditor)", signedIn(base, "demo.auditor"), "/dashboard/index.xhtml?" + range, null, n, warmup);
            time("Dashboard, D-CIVIL (demo.head)", signedIn(base, "demo.head"), "/dashboard/index.xhtml?" + range, null, n, warmup);
            time("Extended hours, office (demo.auditor)", signedIn(base, "demo.auditor"), "/dashboard/extended-hours.xhtml?" + range, null, n, warmup);
            time("REST /api/v1/kpis, office", new ListTimings(base), "/api/v1/kpis?" + range, key, n, warmup);
            return;
        }
        time("My petitions (demo.employee)", signedIn(base, "demo.employee"), "/petitions/mine.xhtml", null, n, warmup);
        time("Unit list (demo.manager, T-CIVIL-1)", signedIn(base, "demo.manager"), "/petitions/unit.xhtml", null, n, warmup);
        time("Unit list (demo.head, D-CIVIL)", signedIn(base, "demo.head"), "/petitions/unit.xhtml", null, n, warmup);
        time("REST handler=900001&status=OPEN&size=20", new ListTimings(base),
                "/api/v1/petitions?handler=900001&status=OPEN&size=20", key, n, warmup);
    }

    private static ListTimings signedIn(String base, String user) throws Exception {
        ListTimings s = new ListTimings(base);
        String page = s.get("/login.xhtml", null).body();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("loginForm", "loginForm");
        form.put("loginForm:username", user);
        form.put("loginForm:password", PASSWORD);
        form.put("loginForm:signIn", "");
        form.put("jakarta.faces.ViewState", find(VIEW_STATE, page).replace("&#58;", ":"));
        form.put("primefaces.nonce", find(NONCE, page));
        String body = form.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        HttpResponse<String> r = s.client.send(HttpRequest.newBuilder(URI.create(base + "/login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        String to = r.headers().firstValue("Location").orElse("");
        if (r.statusCode() != 302 || to.contains("/login.xhtml")) {
            throw new IllegalStateException("sign-in of " + user + " failed: " + r.statusCode() + " " + to);
        }
        return s;
    }

    private static void time(String label, ListTimings s, String path, String key, int n, int warmup) throws Exception {
        int bytes = 0;
        for (int i = 0; i < warmup; i++) {
            s.check(s.get(path, key), path);
        }
        double[] ms = new double[n];
        for (int i = 0; i < n; i++) {
            long t0 = System.nanoTime();
            HttpResponse<String> r = s.get(path, key);
            ms[i] = (System.nanoTime() - t0) / 1e6;
            s.check(r, path);
            bytes = r.body().length();
        }
        Arrays.sort(ms);
        System.out.printf("%-42s n=%d  median %6.1f ms  p95 %6.1f ms  min %6.1f  max %6.1f  (%d chars, %s)%n", label, n,
                ms[n / 2], ms[(int) Math.ceil(n * 0.95) - 1], ms[0], ms[n - 1], bytes, rows(s.get(path, key).body()));
    }

    private void check(HttpResponse<String> r, String path) {
        if (r.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + r.statusCode() + " " + r.headers().firstValue("Location").orElse(""));
        }
    }

    /** What the answer shows: rows on the page and the paginator's total, or the REST total. */
    private static String rows(String body) {
        Matcher completed = Pattern.compile("\"completed\"\\s*:\\s*(\\d+)").matcher(body);
        if (completed.find()) {
            return "completed " + completed.group(1);
        }
        Matcher rest = Pattern.compile("\"total\"\\s*:\\s*(\\d+)").matcher(body);
        if (rest.find()) {
            return "total " + rest.group(1);
        }
        int rows = body.split("data-ri=\"", -1).length - 1;
        Matcher pager = Pattern.compile("[\\d,]+\\s*건").matcher(body);
        return rows + " rows on the page" + (pager.find() ? ", paginator " + pager.group() : "");
    }

    private HttpResponse<String> get(String path, String key) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60)).GET();
        if (key != null) {
            b.header("Authorization", "Bearer " + key);
        }
        return client.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String find(Pattern p, String html) {
        Matcher m = p.matcher(html);
        if (!m.find()) {
            throw new IllegalStateException("not found in login page: " + p);
        }
        return m.group(1);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
