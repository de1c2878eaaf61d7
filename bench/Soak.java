import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The soak's load (issue 19): USERS virtual people for MINUTES against one URL (the cluster's balancer), each in a
 * session of his own: sign in as a demo person, open his lists, his mileage, the dashboard (leaders), the inbox; the
 * core system's REST calls (PUT a petition and its completion, lists, mileage) and now and then a 200-row CSV import.
 * Every REPORT_MINUTES it prints requests, errors (status >= 500, 4xx where a 2xx/3xx was expected, I/O failures)
 * and the p50/p95/max per page; bench/soak.sh adds each node's heap after GC.
 * Usage: java bench/Soak.java URL USERS MINUTES [API_KEY [REPORT_MINUTES [THINK_MS]]]
 */
public final class Soak {

    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern NONCE = Pattern.compile("nonce=\"([^\"]+)\"");
    /**
     * Steps (a request and a pause each, ~1 s apart by default) a person works in one session before he signs out and
     * in again: about ten minutes. Signing in anew every minute without signing out (as the first version did) left
     * some 1,500 abandoned sessions alive for their 30-minute idle timeout, which no office's staff do.
     */
    private static final int STEPS_PER_SESSION = 600;
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
    private static final String[][] PEOPLE = {
        {"demo.employee", "employee"}, {"demo.manager", "leader"}, {"demo.head", "leader"},
        {"demo.auditor", "auditor"}, {"demo.reviewer", "employee"}
    };
    private static final String[] EMPLOYEE_PAGES = {
        "/index.xhtml", "/petitions/mine.xhtml", "/mileage/mine.xhtml", "/notices/inbox.xhtml", "/mileage/ranking.xhtml",
        "/cases/board.xhtml"
    };
    private static final String[] LEADER_PAGES = {
        "/index.xhtml", "/petitions/mine.xhtml", "/petitions/unit.xhtml", "/mileage/mine.xhtml", "/dashboard/index.xhtml",
        "/notices/inbox.xhtml", "/mileage/ranking.xhtml"
    };
    private static final String[] AUDITOR_PAGES = {
        "/index.xhtml", "/dashboard/index.xhtml", "/petitions/overdue.xhtml", "/notices/reminders.xhtml",
        "/mileage/ranking.xhtml"
    };

    private final String base;
    private final String apiKey;
    private final String password;
    private final long thinkMs;
    private final String run = Long.toString(System.currentTimeMillis() % 100_000_000L, 36).toUpperCase();
    private final Map<String, List<Long>> millis = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> errors = new ConcurrentHashMap<>();
    private final Map<String, String> lastError = new ConcurrentHashMap<>();
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong totalErrors = new AtomicLong();
    private volatile boolean stop;

    private Soak(String base, String apiKey, String password, long thinkMs) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.apiKey = apiKey;
        this.password = password;
        this.thinkMs = thinkMs;
    }

    public static void main(String[] args) throws Exception {
        String url = args[0];
        int users = Integer.parseInt(args[1]);
        double minutes = Double.parseDouble(args[2]);
        String key = args.length > 3 ? args[3] : "demo-key-123";
        double every = args.length > 4 ? Double.parseDouble(args[4]) : 5;
        long think = args.length > 5 ? Long.parseLong(args[5]) : 1000;
        Soak soak = new Soak(url, key, System.getenv().getOrDefault("PORTAL_DEMO_PASSWORD", "minwon1234!"), think);
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < users; i++) {
            int n = i;
            Thread t = new Thread(() -> soak.person(n), "user-" + i);
            t.setDaemon(true);
            threads.add(t);
            t.start();
            Thread.sleep(Math.max(1, 2000 / Math.max(1, users))); // ramp up over ~2 s
        }
        long start = System.nanoTime();
        long end = start + (long) (minutes * 60e9);
        long nextReport = start + (long) (every * 60e9);
        while (System.nanoTime() < end) {
            Thread.sleep(Math.min(1000, Math.max(1, (Math.min(end, nextReport) - System.nanoTime()) / 1_000_000)));
            if (System.nanoTime() >= nextReport) {
                soak.report((System.nanoTime() - start) / 60e9);
                nextReport += (long) (every * 60e9);
            }
        }
        soak.stop = true;
        for (Thread t : threads) {
            t.join(30_000);
        }
        soak.report((System.nanoTime() - start) / 60e9);
        System.out.println("SOAK TOTAL requests=" + soak.requests.get() + " errors=" + soak.totalErrors.get());
        System.exit(soak.totalErrors.get() == 0 ? 0 : 1);
    }

    /** One person: a session of his own, signing in again now and then, pages and REST calls with think time. */
    private void person(int n) {
        SplittableRandom random = new SplittableRandom(n * 7919L + 1);
        String[] who = PEOPLE[n % PEOPLE.length];
        String[] pages = switch (who[1]) {
            case "leader" -> LEADER_PAGES;
            case "auditor" -> AUDITOR_PAGES;
            default -> EMPLOYEE_PAGES;
        };
        HttpClient browser = null;
        int petitions = 0;
        for (int step = 0; !stop; step++) {
            if (step % STEPS_PER_SESSION == 0) {
                if (browser != null) {
                    signOut(browser);
                }
                browser = client(true);
                signIn(browser, who[0]);
            }
            int dice = random.nextInt(100);
            if (dice < 55) {
                String page = pages[random.nextInt(pages.length)];
                call(browser, page, get(page), 200);
            } else if (dice < 70) {
                call(client(false), "api GET petitions", api("/api/v1/petitions?size=50").GET(), 200);
            } else if (dice < 78) {
                call(client(false), "api GET mileage", api("/api/v1/staff/900001/mileage").GET(), 200);
            } else if (dice < 97) {
                // The core system: a new petition, then its completion (scored once), then the same again (unchanged).
                String no = "SK" + run + "-" + n + "-" + (petitions++);
                LocalDateTime received = LocalDateTime.now().minusDays(2).withSecond(0).withNano(0);
                call(client(false), "api PUT petition", put(no, record(received, null)), 201);
                String done = record(received, LocalDateTime.now().minusMinutes(5).withSecond(0).withNano(0));
                call(client(false), "api PUT completion", put(no, done), 200);
            } else {
                StringBuilder csv = new StringBuilder(
                        "receipt_no,type_code,received_at,handler_no,channel,resident,approved_at,closed_at,outcome\n");
                LocalDateTime t0 = LocalDateTime.now().minusDays(20).withHour(9).withMinute(0).withSecond(0).withNano(0);
                for (int i = 0; i < 200; i++) {
                    LocalDateTime r = t0.plusMinutes(i);
                    csv.append("SI").append(run).append('-').append(n).append('-').append(step).append('-').append(i)
                            .append(",G0002,").append(r.toString().replace('T', ' ')).append(",900001,ONLINE,IN,")
                            .append(r.plusDays(1).toString().replace('T', ' ')).append(",,GRANTED\n");
                }
                call(client(false), "api POST import (200 rows)",
                        api("/api/v1/imports/petitions").header("Content-Type", "text/csv")
                                .POST(HttpRequest.BodyPublishers.ofString(csv.toString())), 200);
            }
            pause(thinkMs / 2 + random.nextLong(Math.max(1, thinkMs)));
        }
    }

    private static String record(LocalDateTime received, LocalDateTime approved) {
        return "{\"typeCode\":\"G0002\",\"receivedAt\":\"" + MINUTES.format(received)
                + "\",\"handlerNo\":\"900001\",\"channel\":\"ONLINE\""
                + (approved == null ? "" : ",\"approvedAt\":\"" + MINUTES.format(approved) + "\",\"outcome\":\"GRANTED\"")
                + "}";
    }

    private HttpRequest.Builder put(String no, String json) {
        return api("/api/v1/petitions/" + no).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json));
    }

    private HttpRequest.Builder api(String path) {
        return get(path).header("Authorization", "Bearer " + apiKey);
    }

    private HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
    }

    private static HttpClient client(boolean cookies) {
        HttpClient.Builder b = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5));
        if (cookies) {
            b.cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL));
        }
        return b.build();
    }

    private void signIn(HttpClient browser, String user) {
        HttpResponse<String> page = call(browser, "sign-in (form)", get("/login.xhtml"), 200);
        if (page == null) {
            return;
        }
        Matcher vs = VIEW_STATE.matcher(page.body());
        Matcher nonce = NONCE.matcher(page.body());
        if (!vs.find() || !nonce.find()) {
            error("sign-in (form)", "no view state or nonce in the login page");
            return;
        }
        String form = "loginForm=loginForm&loginForm%3Ausername=" + enc(user) + "&loginForm%3Apassword=" + enc(password)
                + "&loginForm%3AsignIn=&jakarta.faces.ViewState=" + enc(vs.group(1).replace("&#58;", ":"))
                + "&primefaces.nonce=" + enc(nonce.group(1));
        HttpResponse<String> r = call(browser, "sign-in (post)",
                get("/login.xhtml").header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)), 302);
        if (r != null && r.headers().firstValue("Location").orElse("").contains("/login.xhtml")) {
            error("sign-in (post)", "sign-in of " + user + " refused");
        }
    }

    /**
     * Signs out with the top bar's button, as a person ends a block of work (his session ends on every node): since
     * issue 16 a plain form posting to {@code /account/sign-out}, answered with 303 to the login page.
     */
    private void signOut(HttpClient browser) {
        HttpResponse<String> page = call(browser, "sign-out (page)", get("/account/password.xhtml"), 200);
        if (page == null) {
            return;
        }
        if (!page.body().contains("action=\"/account/sign-out\"")) {
            error("sign-out (page)", "no sign-out form in the page");
            return;
        }
        HttpResponse<String> r = call(browser, "sign-out (post)",
                get("/account/sign-out").header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.noBody()), 303);
        if (r != null && !r.headers().firstValue("Location").orElse("").contains("signedOut")) {
            error("sign-out (post)", "not signed out: " + r.headers().firstValue("Location").orElse("no Location"));
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private HttpResponse<String> call(HttpClient client, String label, HttpRequest.Builder request, int expected) {
        long t0 = System.nanoTime();
        try {
            HttpResponse<String> r = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            record(label, (System.nanoTime() - t0) / 1_000_000);
            int s = r.statusCode();
            boolean ok = s == expected || (expected == 200 && s == 201) || (expected == 201 && s == 200);
            if (!ok) {
                error(label, "HTTP " + s + " " + r.headers().firstValue("X-Portal-Node").orElse("")
                        + " " + r.body().substring(0, Math.min(200, r.body().length())).replace('\n', ' '));
            }
            return r;
        } catch (IOException e) {
            record(label, (System.nanoTime() - t0) / 1_000_000);
            error(label, e.toString());
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private void record(String label, long ms) {
        requests.incrementAndGet();
        millis.computeIfAbsent(label, k -> Collections.synchronizedList(new ArrayList<>())).add(ms);
    }

    private void error(String label, String what) {
        totalErrors.incrementAndGet();
        errors.computeIfAbsent(label, k -> new AtomicLong()).incrementAndGet();
        lastError.put(label, what);
    }

    /** Requests, errors and p50/p95/max per page since the last report (the lists are emptied). */
    private synchronized void report(double minutesIn) {
        System.out.printf("%n=== soak %s, %.1f min: %d requests so far, %d errors so far ===%n",
                LocalDateTime.now().withNano(0), minutesIn, requests.get(), totalErrors.get());
        System.out.printf("%-28s %7s %7s %7s %7s %7s%n", "page (this interval)", "n", "p50 ms", "p95 ms", "max ms", "errors");
        for (Map.Entry<String, List<Long>> e : new TreeMap<>(millis).entrySet()) {
            List<Long> copy;
            synchronized (e.getValue()) {
                copy = new ArrayList<>(e.getValue());
                e.getValue().clear();
            }
            if (copy.isEmpty()) {
                continue;
            }
            Collections.sort(copy);
            long errs = errors.getOrDefault(e.getKey(), new AtomicLong()).getAndSet(0);
            System.out.printf("%-28s %7d %7d %7d %7d %7d%n", e.getKey(), copy.size(), pct(copy, 50), pct(copy, 95),
                    copy.get(copy.size() - 1), errs);
            String last = lastError.remove(e.getKey());
            if (last != null) {
                System.out.println("    last error: " + last);
            }
        }
        System.out.flush();
    }

    private static long pct(List<Long> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    private static void pause(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
