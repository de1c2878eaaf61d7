package kr.minwon.portal.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import kr.minwon.portal.testing.ImportScreen;
import kr.minwon.portal.testing.PortalServer;
import kr.minwon.portal.testing.PortalSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Two nodes behind the balancer, as {@code config/cluster/local.sh} starts them (issue 19): a session goes on through
 * either node and survives the one it started on being killed; a holiday added on one node moves a deadline computed on
 * the other within a second. Needs PostgreSQL and HAProxy, so it runs only when {@code -Dit.cluster=true} (the
 * PostgreSQL phase of .ci/run sets it, with {@code -Dit.cluster.db.url} naming a fresh database of its own); otherwise
 * JUnit reports it as skipped.
 */
@EnabledIfSystemProperty(named = "it.cluster", matches = "true", disabledReason = "needs -Dit.cluster=true (.ci/run)")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    private static final String API_KEY = "it-cluster-key-0123456789";
    // The ports of the balancer, of node N (base + N) and of node N's data grid member (base + N); -D options let runs
    // on one machine (several worktrees) keep out of each other's way.
    private static final int BALANCER = Integer.getInteger("it.cluster.port", 18088);
    private static final int NODE_BASE = Integer.getInteger("it.cluster.node.port", 18180);
    private static final int HZ_BASE = Integer.getInteger("it.cluster.hz.port", 16900);
    /** PORTAL_LOGIN_MAX_FAILURES of the cluster: failures of one name from one address that lock the pair. */
    private static final int MAX_FAILURES = 5;

    private static final String FAILED = "아이디 또는 비밀번호가 올바르지 않습니다.";
    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern DEADLINE = Pattern.compile("\"deadline\"\\s*:\\s*\"([^\"]+)\"");

    private static final Path BASE = Paths.get(System.getProperty("it.target", "target"))
            .toAbsolutePath()
            .getParent();
    private static final Path STATE = BASE.resolve("target/cluster-it");

    @BeforeAll
    static void startCluster() throws Exception {
        String url = System.getProperty("it.cluster.db.url", "");
        assertThat(url)
                .as("-Dit.cluster.db.url (a PostgreSQL database for the cluster)")
                .startsWith("jdbc:postgresql:");
        Map<String, String> env = new LinkedHashMap<>();
        env.put("PORTAL_DB_DATASOURCE", "org.postgresql.ds.PGSimpleDataSource");
        env.put("PORTAL_DB_URL", url);
        env.put("PORTAL_DB_USER", System.getProperty("it.db.user", "postgres"));
        env.put("PORTAL_DB_PASSWORD", System.getProperty("it.db.password", ""));
        env.put("PORTAL_DEMO", "true");
        env.put("PORTAL_DEMO_PASSWORD", PortalServer.DEMO_PASSWORD);
        env.put("PORTAL_DEMO_API_KEY", API_KEY);
        env.put("PORTAL_ADMIN_PASSWORD", PortalServer.ADMIN_PASSWORD);
        env.put("PORTAL_LOGIN_MAX_FAILURES", String.valueOf(MAX_FAILURES));
        String clock = System.getProperty("portal.clock.start", "");
        if (!clock.isBlank()) {
            env.put("PORTAL_CLOCK_START", clock);
        }
        env.put("PORTAL_CLUSTER_STATE", STATE.toString());
        env.put("PORTAL_CLUSTER_PORT", String.valueOf(BALANCER));
        env.put("PORTAL_CLUSTER_NODE_PORT", String.valueOf(NODE_BASE));
        env.put("PORTAL_CLUSTER_HZ_PORT", String.valueOf(HZ_BASE));
        env.put("PORTAL_CLUSTER_NAME", "minwon-portal-it");
        env.put("PORTAL_CLUSTER_JAVA_OPTS", "-Xmx640m");
        // On CI's machine the two nodes are ready in about a minute and a half; a machine shared with other builds
        // can take several.
        env.put("PORTAL_CLUSTER_START_TIMEOUT", "600");
        script("start", env, 660);
    }

    @AfterAll
    static void stopCluster() throws Exception {
        Map<String, String> env = Map.of("PORTAL_CLUSTER_STATE", STATE.toString());
        script("stop", env, 120);
    }

    @Test
    @Order(1)
    void a_holiday_added_on_one_node_moves_a_deadline_computed_on_the_other_within_a_second() throws Exception {
        // Tuesday 10:00, three days: a holiday on the Thursday moves the end by a working day.
        String query = "/api/v1/deadlines?receivedAt=2027-03-16T10:00&period=3&unit=DAY";
        HttpClient http = HttpClient.newHttpClient();
        String before = deadline(api(http, "GET", node(2) + query, null));
        HttpResponse<String> put = api(
                http,
                "PUT",
                node(1) + "/api/v1/holidays/2027-03-18",
                "{\"name\":\"클러스터 시험 휴일\",\"kind\":\"TEMPORARY\",\"reason\":\"ClusterIT\"}");
        long putAt = System.nanoTime();
        assertThat(put.statusCode()).as(put.body()).isIn(200, 201);
        assertThat(put.headers().firstValue("X-Portal-Node")).hasValue("node1");
        String after = before;
        long waited = 0;
        while (after.equals(before) && waited < 5_000) {
            Thread.sleep(20);
            HttpResponse<String> r = api(http, "GET", node(2) + query, null);
            assertThat(r.headers().firstValue("X-Portal-Node")).hasValue("node2");
            after = deadline(r);
            waited = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - putAt);
        }
        assertThat(after).as("deadline on node2 after the holiday on node1").isNotEqualTo(before);
        assertThat(after.compareTo(before)).as(before + " -> " + after).isPositive();
        assertThat(waited).as("ms until node2 computed with the new holiday").isLessThan(1_000);
    }

    @Test
    @Order(2)
    void failures_spread_over_both_nodes_lock_the_pair_at_the_configured_maximum_not_twice_that() throws Exception {
        // A stranger's address of this run's own, told by the trusted proxy (loopback), straight to one node or the
        // other: the balancer's round-robin would spread the tries the same way.
        String stranger = "203.0.113." + ThreadLocalRandom.current().nextInt(10, 250);
        String user = "demo.auditor";
        for (int i = 1; i < MAX_FAILURES; i++) {
            assertRefused(signIn(1 + i % 2, stranger, user, "wrong-password-" + i), "failure " + i);
        }
        assertSignedIn(signIn(2, stranger, user, PortalServer.DEMO_PASSWORD), "one failure short of the maximum");

        // The maximum, spread over the nodes (node1 gets one more than node2; neither alone reaches it).
        for (int i = 1; i <= MAX_FAILURES; i++) {
            assertRefused(signIn(1 + (i + 1) % 2, stranger, user, "wrong-again-" + i), "failure " + i + " again");
        }
        for (int n = 1; n <= 2; n++) {
            assertRefused(
                    signIn(n, stranger, user, PortalServer.DEMO_PASSWORD),
                    "the right password from the locked address on node" + n);
        }
        assertSignedIn(
                signIn(
                        2,
                        "198.51.100." + ThreadLocalRandom.current().nextInt(10, 250),
                        user,
                        PortalServer.DEMO_PASSWORD),
                "the owner from another address");
    }

    @Test
    @Order(3)
    void a_person_deactivated_through_node1_is_refused_on_both_nodes_within_a_second() throws Exception {
        String user = "demo.reviewer";
        HttpClient first = visitor();
        HttpClient second = visitor();
        for (HttpClient person : List.of(first, second)) {
            assertSignedIn(signInThroughBalancer(person, user), user + " through the balancer");
            Set<String> nodes = new TreeSet<>();
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (nodes.size() < 2 && System.nanoTime() < until) {
                HttpResponse<String> home = get(person, "/index.xhtml");
                assertThat(home.statusCode())
                        .as("home page through the balancer")
                        .isEqualTo(200);
                nodes.add(home.headers().firstValue("X-Portal-Node").orElse("?"));
            }
            assertThat(nodes).as("nodes that served the session").containsExactly("node1", "node2");
        }
        // Each session straight on the node it will be refused by: the cookie goes there too.
        assertThat(send(first, node(2), "/index.xhtml").statusCode()).isEqualTo(200);
        assertThat(send(second, node(1), "/index.xhtml").statusCode()).isEqualTo(200);

        // The admin's staff file through node1 (an ADMIN-scoped key): the person has left.
        HttpResponse<String> deactivated = http().send(
                        HttpRequest.newBuilder(URI.create(node(1) + "/api/v1/imports/staff"))
                                .header("Authorization", "Bearer " + API_KEY)
                                .header("Content-Type", "text/csv")
                                .timeout(Duration.ofSeconds(30))
                                .POST(HttpRequest.BodyPublishers.ofString(
                                        "employee_no,name,unit_code,roles,active\n900003,박심사,D-PLAN,EMPLOYEE;REVIEWER,N\n",
                                        StandardCharsets.UTF_8))
                                .build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        long at = System.nanoTime();
        assertThat(deactivated.statusCode()).as(deactivated.body()).isEqualTo(200);
        assertThat(deactivated.body()).contains("\"updated\":1");

        // Every request sent a second or more after the change is refused, on the node that did not make it and on
        // the one that did (each node reads the account's state at most a second old).
        long[] lastAccepted = lastAcceptedBeforeRefusal(first, node(2), second, node(1), at);
        assertThat(lastAccepted[0])
                .as("ms after the change at which node2 last let a request through")
                .isLessThan(1_000);
        assertThat(lastAccepted[1])
                .as("ms after the change at which node1 last let a request through")
                .isLessThan(1_000);
        // And the sessions stay ended through either node; a new sign-in is refused.
        for (int i = 0; i < 4; i++) {
            HttpResponse<String> home = get(first, "/index.xhtml");
            assertThat(isRedirectToLogin(home))
                    .as("through the balancer, %s", home.headers().firstValue("X-Portal-Node"))
                    .isTrue();
        }
        assertRefused(signIn(2, "192.0.2.77", user, PortalServer.DEMO_PASSWORD), "sign-in after deactivation");
    }

    @Test
    @Order(4)
    void the_progress_of_an_import_running_on_node1_moves_the_bar_polled_on_node2() throws Exception {
        HttpClient admin = visitor();
        assertSignedIn(signInThroughBalancer(admin, "demo.admin"), "demo.admin through the balancer");
        HttpResponse<String> page = send(admin, node(1), "/petitions/import.xhtml");
        assertThat(page.statusCode()).isEqualTo(200);
        String viewState = viewState(page.body());
        String nonce = PortalSession.nonce(page.body());

        // A file big enough to take some seconds; the screen's upload as PrimeFaces' script sends it, to node1.
        String boundary = "----cluster-it-" + System.nanoTime();
        String body = ImportScreen.uploadBody(boundary, viewState, nonce, ImportScreen.petitionsCsv("CL", 20_000));
        CompletableFuture<HttpResponse<String>> upload = admin.sendAsync(
                HttpRequest.newBuilder(URI.create(node(1) + "/petitions/import.xhtml"))
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .header("Faces-Request", "partial/ajax")
                        .timeout(Duration.ofMinutes(10))
                        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

        // The bar's poll (the same view) served by node2 while node1 imports.
        String poll = ImportScreen.pollForm(viewState, nonce);
        Set<Integer> seen = new TreeSet<>();
        while (!upload.isDone()) {
            seen.add(barValue(admin, poll));
            Thread.sleep(300);
        }
        HttpResponse<String> done = upload.get();
        assertThat(done.statusCode()).isEqualTo(200);
        assertThat(done.body()).as("the upload's answer").contains("id=\"importResult\"");
        assertThat(seen).as("values of the bar on node2 while node1 imported").anyMatch(v -> v > 0 && v < 100);
        assertThat(barValue(admin, poll)).as("the bar on node2 after the end").isEqualTo(100);
    }

    /** One poll of the progress bar on node2: the value PrimeFaces' callback gets. */
    private static int barValue(HttpClient admin, String poll) throws IOException, InterruptedException {
        HttpResponse<String> r = admin.send(
                HttpRequest.newBuilder(URI.create(node(2) + "/petitions/import.xhtml"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Faces-Request", "partial/ajax")
                        .timeout(Duration.ofSeconds(60))
                        .POST(HttpRequest.BodyPublishers.ofString(poll))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(r.headers().firstValue("X-Portal-Node")).hasValue("node2");
        return ImportScreen.barValue(r.body());
    }

    @Test
    @Order(9)
    void a_session_goes_on_through_both_nodes_and_survives_a_killed_node() throws Exception {
        // HTTP/1.1 as browsers speak it without TLS: Java's default asks to upgrade to h2c, and a connection Payara
        // upgrades would stay on one node.
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        HttpResponse<String> login = get(http, "/login.xhtml");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("loginForm", "loginForm");
        form.put("loginForm:username", "demo.employee");
        form.put("loginForm:password", PortalServer.DEMO_PASSWORD);
        form.put("loginForm:signIn", "");
        form.put("jakarta.faces.ViewState", viewState(login.body()));
        HttpResponse<String> signedIn = post(http, "/login.xhtml", form);
        assertThat(signedIn.statusCode()).as("sign-in answer").isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElse("")).doesNotContain("login.xhtml");

        // Round-robin: the next requests alternate between the nodes. A loaded machine may have the balancer's health
        // checks keep one node out for a moment, so it is given up to a minute.
        Set<String> nodes = new TreeSet<>();
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (nodes.size() < 2 && System.nanoTime() < until) {
            HttpResponse<String> home = get(http, "/index.xhtml");
            assertThat(home.statusCode()).as("home page through the balancer").isEqualTo(200);
            nodes.add(home.headers().firstValue("X-Portal-Node").orElse("?"));
            Thread.sleep(250);
        }
        assertThat(nodes)
                .as("nodes that answered one session (round-robin, no stickiness)")
                .containsExactly("node1", "node2");

        // A view opened on one node is posted after that node died: the session and the view state carry over.
        HttpResponse<String> page = get(http, "/petitions/calculator.xhtml");
        assertThat(page.statusCode()).isEqualTo(200);
        String victim = page.headers().firstValue("X-Portal-Node").orElseThrow();
        long pid =
                Long.parseLong(Files.readString(STATE.resolve(victim + ".pid")).strip());
        ProcessHandle process = ProcessHandle.of(pid).orElseThrow();
        assertThat(process.destroyForcibly()).as("SIGKILL to " + victim).isTrue();
        process.onExit().get(30, TimeUnit.SECONDS);

        Map<String, String> calculate = new LinkedHashMap<>();
        calculate.put("calculatorForm", "calculatorForm");
        calculate.put("calculatorForm:receivedAt_input", "2027-03-16 10:00");
        calculate.put("calculatorForm:amount_input", "3");
        calculate.put("calculatorForm:amount_hinput", "3");
        calculate.put("calculatorForm:unit_input", "DAY");
        calculate.put("calculatorForm:calculate", "");
        calculate.put("jakarta.faces.ViewState", viewState(page.body()));
        // The CSP nonce the page gave its forms, as a browser's PrimeFaces script posts it (checked on render).
        calculate.put("primefaces.nonce", PortalSession.nonce(page.body()));
        HttpResponse<String> result = post(http, "/petitions/calculator.xhtml", calculate);
        assertThat(result.statusCode())
                .as("the form posted after %s died", victim)
                .isEqualTo(200);
        assertThat(result.headers().firstValue("X-Portal-Node")).isPresent().isNotEqualTo(victim);
        assertThat(result.body()).as("the calculator's result").contains("id=\"resultDeadline\"");
        for (int i = 0; i < 4; i++) {
            HttpResponse<String> home = get(http, "/index.xhtml");
            assertThat(home.statusCode())
                    .as("home page after the kill (Location %s)", home.headers().firstValue("Location"))
                    .isEqualTo(200);
            assertThat(home.headers().firstValue("X-Portal-Node")).isPresent().isNotEqualTo(victim);
        }
    }

    /**
     * Polls the two sessions in turn, each on its node, until both are refused; returns the largest time (ms after
     * {@code since}) at which a request that was let through had been sent, -1 if none was.
     */
    private static long[] lastAcceptedBeforeRefusal(HttpClient a, String nodeA, HttpClient b, String nodeB, long since)
            throws Exception {
        long[] last = {-1, -1};
        boolean[] refused = {false, false};
        HttpClient[] people = {a, b};
        String[] nodes = {nodeA, nodeB};
        long deadline = since + TimeUnit.SECONDS.toNanos(10);
        while (!(refused[0] && refused[1])) {
            assertThat(System.nanoTime()).as("both refused within 10 s").isLessThan(deadline);
            for (int i = 0; i < 2; i++) {
                if (refused[i]) {
                    continue;
                }
                long sent = System.nanoTime();
                HttpResponse<String> r = send(people[i], nodes[i], "/index.xhtml");
                if (isRedirectToLogin(r)) {
                    refused[i] = true;
                } else {
                    assertThat(r.statusCode()).as("home page on " + nodes[i]).isEqualTo(200);
                    last[i] = TimeUnit.NANOSECONDS.toMillis(sent - since);
                }
            }
            Thread.sleep(20);
        }
        return last;
    }

    /** A browser-like visitor: cookies kept, HTTP/1.1 (no h2c upgrade that would pin a connection), no redirects. */
    private static HttpClient visitor() {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    private static HttpClient http() {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    private static HttpResponse<String> send(HttpClient client, String base, String path)
            throws IOException, InterruptedException {
        return client.send(
                HttpRequest.newBuilder(URI.create(base + path))
                        .timeout(Duration.ofSeconds(30))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** The login form straight on node {@code n}, as the trusted proxy forwards it from {@code address}. */
    private static HttpResponse<String> signIn(int n, String address, String username, String password)
            throws IOException, InterruptedException {
        HttpClient client = visitor();
        HttpResponse<String> page = client.send(
                HttpRequest.newBuilder(URI.create(node(n) + "/login.xhtml"))
                        .header("X-Forwarded-For", address)
                        .timeout(Duration.ofSeconds(30))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(page.statusCode()).as("login page of node" + n).isEqualTo(200);
        assertThat(page.headers().firstValue("X-Portal-Node")).hasValue("node" + n);
        return client.send(
                HttpRequest.newBuilder(URI.create(node(n) + "/login.xhtml"))
                        .header("X-Forwarded-For", address)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .timeout(Duration.ofSeconds(30))
                        .POST(HttpRequest.BodyPublishers.ofString(form(loginForm(page.body(), username, password))))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> signInThroughBalancer(HttpClient client, String username)
            throws IOException, InterruptedException {
        HttpResponse<String> page = get(client, "/login.xhtml");
        assertThat(page.statusCode()).isEqualTo(200);
        return post(client, "/login.xhtml", loginForm(page.body(), username, PortalServer.DEMO_PASSWORD));
    }

    private static Map<String, String> loginForm(String page, String username, String password) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("loginForm", "loginForm");
        form.put("loginForm:username", username);
        form.put("loginForm:password", password);
        form.put("loginForm:signIn", "");
        form.put("jakarta.faces.ViewState", viewState(page));
        form.put("primefaces.nonce", PortalSession.nonce(page));
        return form;
    }

    private static void assertSignedIn(HttpResponse<String> r, String what) {
        assertThat(r.statusCode()).as(what + ": " + r.body()).isEqualTo(302);
        assertThat(r.headers().firstValue("Location").orElse("")).as(what).doesNotContain("login.xhtml");
    }

    /** Refused as every failed sign-in is: the login page again with the one message that tells nothing more. */
    private static void assertRefused(HttpResponse<String> r, String what) {
        assertThat(r.statusCode()).as(what).isEqualTo(200);
        assertThat(r.body()).as(what).contains(FAILED).contains("id=\"loginForm\"");
    }

    private static boolean isRedirectToLogin(HttpResponse<?> r) {
        return (r.statusCode() == 302 || r.statusCode() == 303)
                && URI.create(r.headers().firstValue("Location").orElse("/"))
                        .getPath()
                        .equals("/login.xhtml");
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static String node(int n) {
        return "http://127.0.0.1:" + (NODE_BASE + n);
    }

    private static HttpResponse<String> api(HttpClient http, String method, String url, String json)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + API_KEY)
                .timeout(Duration.ofSeconds(30));
        if (json == null) {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            b.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String deadline(HttpResponse<String> r) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        Matcher m = DEADLINE.matcher(r.body());
        assertThat(m.find()).as(r.body()).isTrue();
        return m.group(1);
    }

    private static HttpResponse<String> get(HttpClient http, String path) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + BALANCER + path))
                        .timeout(Duration.ofSeconds(30))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> post(HttpClient http, String path, Map<String, String> fields)
            throws IOException, InterruptedException {
        String body = form(fields);
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + BALANCER + path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .timeout(Duration.ofSeconds(30))
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String viewState(String html) {
        Matcher m = VIEW_STATE.matcher(html);
        assertThat(m.find()).as("a view state in the page").isTrue();
        return m.group(1);
    }

    private static void script(String command, Map<String, String> env, int timeoutSeconds) throws Exception {
        Path log = STATE.resolveSibling("cluster-it-" + command + ".log");
        Files.createDirectories(STATE);
        ProcessBuilder pb = new ProcessBuilder("bash", "config/cluster/local.sh", command)
                .directory(BASE.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        pb.environment().putAll(env);
        Process p = pb.start();
        boolean done = p.waitFor(timeoutSeconds, TimeUnit.SECONDS);
        if (!done) {
            p.destroyForcibly();
        }
        assertThat(done && p.exitValue() == 0)
                .as("local.sh %s: %s", command, Files.readString(log))
                .isTrue();
    }
}
