package kr.minwon.portal.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * The one Payara Micro that every black-box HTTP and browser test talks to: started on first use, on a free port,
 * with the built WAR, in demo mode, on a data folder of its own (or on the PostgreSQL database named by
 * {@code -Dit.db.url}). Failsafe runs all IT classes in one JVM, so the ~30 s start is paid once per run; a shutdown
 * hook stops the server with the JVM.
 */
public final class PortalServer {

    public static final String DEMO_PASSWORD = "minwon1234!";
    public static final String API_KEY = "it-api-key-0123456789";
    /** Password of the first-start {@code admin} account; the lockout test locks it, nothing else uses it. */
    public static final String ADMIN_PASSWORD = "it-admin-pass-2468";

    /**
     * Where the server fetches 특일정보 from (PORTAL_HOLIDAY_API_URL): a local port that HolidayFeedIT serves with
     * canned answers; nothing listens there otherwise, and the feed only runs on demand or at night.
     */
    public static final int HOLIDAY_FEED_PORT = holidayFeedPort();

    public static final String HOLIDAY_FEED_PATH = "/B090041/openapi/service/SpcdeInfoService/getRestDeInfo";

    /** The server's 특일정보 key: a plain-spelling key with characters that must be URL-encoded. */
    public static final String HOLIDAY_API_KEY = "it+holiday/key==";

    // 300 s (the demo office is seeded at the first start); -Dit.ready.seconds= gives a loaded machine longer.
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(Long.getLong("it.ready.seconds", 300));
    private static PortalServer shared;

    private final Path target =
            Paths.get(System.getProperty("it.target", "target")).toAbsolutePath();
    private final Path dataDir;
    private final Path log;
    /** Environment of this server on top of the shared one's (a blank value removes the variable). */
    private final Map<String, String> extraEnv;
    /** Whether start() waits for /health/ready UP, or only for the HTTP listener to answer (a server without a database). */
    private boolean awaitUp = true;

    private Process process;
    private int port;
    private int starts;

    private PortalServer(Path dataDir) {
        this(dataDir, "it-server", Map.of());
    }

    private PortalServer(Path dataDir, String name, Map<String, String> extraEnv) {
        this.dataDir = dataDir;
        this.log = target.resolve(name + ".log");
        this.extraEnv = Map.copyOf(extraEnv);
    }

    /**
     * A server of the calling test's own (not the shared one), with {@code env} on top of the shared server's
     * environment, stopped with the JVM; not started yet.
     */
    public static PortalServer own(String name, Map<String, String> env) {
        Path target = Paths.get(System.getProperty("it.target", "target")).toAbsolutePath();
        String run = name + "-" + ThreadLocalRandom.current().nextInt(100000, 1000000);
        PortalServer server = new PortalServer(target.resolve("it-data").resolve(run), name + "-server", env);
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop, name + "-stop"));
        return server;
    }

    /** Starts the server and waits for /health/ready UP. */
    public synchronized void startReady() {
        awaitUp = true;
        start();
    }

    /** Starts the server and waits only until its HTTP listener answers (ready or not). */
    public synchronized void startAnswering() {
        awaitUp = false;
        start();
    }

    /** The shared server, started on first call. */
    public static synchronized PortalServer shared() {
        if (shared == null) {
            String run = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + "-"
                    + ThreadLocalRandom.current().nextInt(1000, 10000);
            PortalServer server = new PortalServer(Paths.get(System.getProperty("it.target", "target"))
                    .toAbsolutePath()
                    .resolve("it-data")
                    .resolve(run));
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "portal-server-stop"));
            server.start();
            shared = server;
        }
        return shared;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    public URI uri(String path) {
        return URI.create(baseUrl() + path);
    }

    public Path log() {
        return log;
    }

    public Path dataDir() {
        return dataDir;
    }

    /** True when the server runs on the PostgreSQL database given by {@code -Dit.db.url}. */
    public static boolean onPostgres() {
        return !System.getProperty("it.db.url", "").isBlank();
    }

    /** Stops the server and starts it again on the same data (folder or database): the restart test's tool. */
    public synchronized void restart() {
        stop();
        start();
    }

    private synchronized void start() {
        try {
            Files.createDirectories(dataDir);
            Path tmp = Files.createDirectories(dataDir.resolve("tmp"));
            port = freePort();
            starts++;
            List<String> command = new ArrayList<>(List.of(
                    Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Djava.io.tmpdir=" + tmp,
                    "-Xmx768m",
                    "-jar",
                    required("payara.micro.jar"),
                    "--deploy",
                    required("portal.war"),
                    "--contextroot",
                    "/",
                    "--port",
                    Integer.toString(port),
                    "--nocluster",
                    "--disablephonehome"));
            String preBoot = System.getProperty("pre.boot.commands", "");
            if (!preBoot.isBlank() && Files.isRegularFile(Path.of(preBoot))) {
                command.addAll(List.of("--prebootcommandfile", preBoot));
            }
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(dataDir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            Map<String, String> env = builder.environment();
            env.keySet().removeIf(k -> k.startsWith("PORTAL_"));
            env.put("PORTAL_DEMO", "true");
            env.put("PORTAL_DEMO_PASSWORD", DEMO_PASSWORD);
            env.put("PORTAL_DEMO_API_KEY", API_KEY);
            env.put("PORTAL_ADMIN_PASSWORD", ADMIN_PASSWORD);
            env.put("PORTAL_DATA_DIR", dataDir.resolve("data").toString());
            env.put("PORTAL_HOLIDAY_API_URL", "http://127.0.0.1:" + HOLIDAY_FEED_PORT + HOLIDAY_FEED_PATH);
            env.put("PORTAL_HOLIDAY_API_KEY", HOLIDAY_API_KEY);
            // A fixed office clock (-Dportal.clock.start): the first start reads the given moment, a restart the
            // office time the server had reached, so that time never runs backwards across a restart.
            LocalDateTime clockStart = OfficeTime.fixed() ? OfficeTime.serverTime() : null;
            if (clockStart != null) {
                env.put("PORTAL_CLOCK_START", clockStart.toString());
            }
            if (onPostgres()) {
                env.put("PORTAL_DB_DATASOURCE", "org.postgresql.ds.PGSimpleDataSource");
                env.put("PORTAL_DB_URL", System.getProperty("it.db.url"));
                env.put("PORTAL_DB_USER", System.getProperty("it.db.user", ""));
                env.put("PORTAL_DB_PASSWORD", System.getProperty("it.db.password", ""));
            }
            extraEnv.forEach((k, v) -> {
                if (v.isBlank()) {
                    env.remove(k);
                } else {
                    env.put(k, v);
                }
            });
            Files.writeString(
                    log,
                    "%n===== start %d of the test server: port %d, data %s, database %s%s =====%n"
                            .formatted(
                                    starts,
                                    port,
                                    dataDir,
                                    extraEnv.getOrDefault(
                                            "PORTAL_DB_URL",
                                            onPostgres() ? System.getProperty("it.db.url") : "embedded H2"),
                                    clockStart == null ? "" : ", office clock from " + clockStart),
                    StandardCharsets.UTF_8,
                    java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.APPEND);
            long t0 = System.nanoTime();
            System.out.printf("[PortalServer] starting Payara Micro on port %d (log: %s)%n", port, log);
            logOffset = Files.size(log);
            long launched = System.nanoTime();
            process = builder.start();
            try {
                awaitReady();
            } catch (IllegalStateException deadListener) {
                if (starts > 1 || !deadListener.getMessage().contains(DEAD_LISTENER)) {
                    throw deadListener;
                }
                // Payara's known start-up race (see src/main/resources/pre-boot-commands.txt): one fresh start, not a
                // hang.
                System.out.println("[PortalServer] the HTTP listener died during start-up; starting once more");
                stop();
                start();
                return;
            }
            if (clockStart != null) {
                OfficeTime.anchor(clockStart, launched);
            }
            System.out.printf(
                    "[PortalServer] ready in %d s at %s%s%n",
                    TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - t0),
                    baseUrl(),
                    clockStart == null ? "" : ", office clock started at " + clockStart);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where this start's lines begin in the shared log. */
    private long logOffset;

    private String logSinceStart() {
        try {
            byte[] all = Files.readAllBytes(log);
            int from = (int) Math.min(logOffset, all.length);
            return new String(all, from, all.length - from, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    /** What Payara logs when its HTTP listener did not come up although the application deploys. */
    static final String DEAD_LISTENER = "GrizzlyProxy is NULL";

    private void awaitReady() {
        HttpClient client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Payara Micro exited with " + process.exitValue() + tail());
            }
            if (logSinceStart().contains(DEAD_LISTENER)) {
                throw new IllegalStateException(DEAD_LISTENER + ": the HTTP listener is dead" + tail());
            }
            try {
                HttpResponse<String> r = client.send(
                        HttpRequest.newBuilder(uri("/health/ready"))
                                .timeout(Duration.ofSeconds(5))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200 && r.body().contains("UP") && awaitUp
                        || !awaitUp && r.statusCode() == 503 && logSinceStart().contains("Deployed 1 archive")) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(500);
        }
        stop();
        throw new IllegalStateException("Payara Micro not ready within " + READY_TIMEOUT.toSeconds() + " s" + tail());
    }

    /** Stops the server and every process it started; waits so that the data folder is free again. */
    public synchronized void stop() {
        if (process == null) {
            return;
        }
        Process p = process;
        process = null;
        List<ProcessHandle> children = p.descendants().toList();
        p.destroy();
        try {
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                p.waitFor(20, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        children.forEach(ProcessHandle::destroyForcibly);
    }

    /** The last lines of the server log, for failure messages. */
    public String tail() {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return "\n----- last lines of " + log + " -----\n"
                    + String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return " (no log: " + e + ")";
        }
    }

    /** The log written since the latest start began. */
    public String logOfLatestStart() {
        try {
            String all = Files.readString(log, StandardCharsets.UTF_8);
            int at = all.lastIndexOf("===== start " + starts + " of the test server");
            return at < 0 ? all : all.substring(at);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank() || !Files.isRegularFile(Path.of(value))) {
            throw new IllegalStateException("System property " + property + " must name an existing file (got " + value
                    + "); run the integration tests through Maven: mvn -B verify");
        }
        return value;
    }

    private static int holidayFeedPort() {
        try {
            return freePort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
