package kr.minwon.portal.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import kr.minwon.portal.testing.PortalServer;
import org.h2.tools.Server;
import org.junit.jupiter.api.Test;

/**
 * Issue 19 item 6: {@code config/backup.sh backup} of a running demo portal, {@code restore} into a fresh database
 * and data folder, and the restored copy holds the same petitions, ledger sums, notices, cases and attachment files.
 * On PostgreSQL (CI's second phase) the shared server's database is dumped with pg_dump while it runs; on the embedded
 * phase a demo server of this test's own runs on an H2 server (a file database is locked while the portal runs).
 */
class BackupRestoreIT {

    private static final Path SCRIPT =
            Path.of(System.getProperty("basedir", "."), "config", "backup.sh").toAbsolutePath();

    private record Db(String url, String user, String password) {
        Connection open() throws SQLException {
            return DriverManager.getConnection(url, user, password);
        }
    }

    @Test
    void a_backup_restored_into_a_fresh_database_holds_the_same_records_and_files() throws Exception {
        Path work = Files.createTempDirectory(
                Path.of(System.getProperty("it.target", "target")).toAbsolutePath(), "backup-it-");
        if (PortalServer.onPostgres()) {
            PortalServer shared = PortalServer.shared();
            Db source = new Db(
                    System.getProperty("it.db.url"),
                    System.getProperty("it.db.user", ""),
                    System.getProperty("it.db.password", ""));
            String name = "faults_restore_" + ThreadLocalRandom.current().nextInt(100000, 1000000);
            String serverUrl = source.url().replaceFirst("/[^/?]+(\\?.*)?$", "/postgres");
            try (Connection c = DriverManager.getConnection(serverUrl, source.user(), source.password());
                    Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE " + name);
            }
            try {
                Db target = new Db(
                        source.url().replaceFirst("/[^/?]+(\\?.*)?$", "/" + name), source.user(), source.password());
                roundTrip(source, shared.dataDir().resolve("data"), target, work);
            } finally {
                try (Connection c = DriverManager.getConnection(serverUrl, source.user(), source.password());
                        Statement s = c.createStatement()) {
                    s.execute("DROP DATABASE IF EXISTS " + name);
                }
            }
        } else {
            Server h2 = Server.createTcpServer(
                            "-tcpPort",
                            "0",
                            "-ifNotExists",
                            "-baseDir",
                            work.resolve("h2").toString())
                    .start();
            String options = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
            Db source = new Db("jdbc:h2:tcp://127.0.0.1:" + h2.getPort() + "/minwon" + options, "portal", "portal");
            PortalServer portal = PortalServer.own(
                    "backup",
                    Map.of(
                            "PORTAL_DB_DATASOURCE", "org.h2.jdbcx.JdbcDataSource",
                            "PORTAL_DB_URL", source.url(),
                            "PORTAL_DB_USER", source.user(),
                            "PORTAL_DB_PASSWORD", source.password()));
            try {
                portal.startReady();
                Db target =
                        new Db("jdbc:h2:tcp://127.0.0.1:" + h2.getPort() + "/restored" + options, "portal", "portal");
                roundTrip(source, portal.dataDir().resolve("data"), target, work);
            } finally {
                portal.stop();
                h2.stop();
            }
        }
    }

    private static void roundTrip(Db source, Path dataDir, Db target, Path work) throws Exception {
        Map<String, Object> before = facts(source);
        assertThat((Long) before.get("petitions")).as("demo petitions").isPositive();
        assertThat((Long) before.get("ledger lines")).as("demo ledger").isPositive();
        assertThat((Long) before.get("cases")).as("demo cases").isPositive();
        Map<String, Long> files = files(dataDir.resolve("attachments"));
        assertThat(files).as("demo attachment files").isNotEmpty();

        Path backup = work.resolve("backup");
        run(source, dataDir, "backup", backup);
        Map<String, Object> after = facts(source);

        Path restoredData = work.resolve("restored-data");
        run(target, restoredData, "restore", backup);

        Map<String, Object> restored = facts(target);
        // A scheduled run may add a notice between the counts and the dump: the copy equals one of the two states.
        assertThat(restored).as("restored database").isIn(before, after);
        assertThat(files(restoredData.resolve("attachments")))
                .as("restored attachment files")
                .isEqualTo(files);
    }

    /** What the restored copy must repeat: rows, sums and the petitions' receipt numbers. */
    private static Map<String, Object> facts(Db db) throws SQLException {
        Map<String, Object> f = new LinkedHashMap<>();
        try (Connection c = db.open();
                Statement s = c.createStatement()) {
            f.put("petitions", one(s, "SELECT COUNT(*) FROM petition"));
            f.put("receipt numbers", list(s, "SELECT receipt_no FROM petition ORDER BY receipt_no"));
            f.put("ledger lines", one(s, "SELECT COUNT(*) FROM mileage_entry"));
            f.put("ledger sum", list(s, "SELECT CAST(COALESCE(SUM(points), 0) AS VARCHAR(40)) FROM mileage_entry"));
            f.put(
                    "ledger by employee",
                    list(
                            s,
                            "SELECT CAST(employee_id AS VARCHAR(20)) || ':' || CAST(SUM(points) AS VARCHAR(40))"
                                    + " FROM mileage_entry GROUP BY employee_id ORDER BY employee_id"));
            f.put("notices", one(s, "SELECT COUNT(*) FROM notice"));
            f.put("cases", one(s, "SELECT COUNT(*) FROM practice_case"));
            f.put("case attachments", one(s, "SELECT COUNT(*) FROM case_attachment"));
            f.put("accounts", one(s, "SELECT COUNT(*) FROM account"));
        }
        return f;
    }

    private static Long one(Statement s, String sql) throws SQLException {
        try (ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static List<String> list(Statement s, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                out.add(r.getString(1));
            }
        }
        return out;
    }

    private static Map<String, Long> files(Path dir) throws IOException {
        Map<String, Long> out = new TreeMap<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.filter(Files::isRegularFile).toList()) {
                out.put(dir.relativize(p).toString(), Files.size(p));
            }
        }
        return out;
    }

    private static void run(Db db, Path dataDir, String command, Path backup) throws Exception {
        ProcessBuilder pb =
                new ProcessBuilder("sh", SCRIPT.toString(), command, backup.toString()).redirectErrorStream(true);
        Map<String, String> env = pb.environment();
        env.put("PORTAL_DB_URL", db.url());
        env.put("PORTAL_DB_USER", db.user());
        env.put("PORTAL_DB_PASSWORD", db.password().isEmpty() ? "unused" : db.password());
        env.put("PORTAL_DATA_DIR", dataDir.toString());
        env.put(
                "H2_JAR",
                Path.of(org.h2.Driver.class
                                .getProtectionDomain()
                                .getCodeSource()
                                .getLocation()
                                .toURI())
                        .toString());
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(p.waitFor(10, TimeUnit.MINUTES)).isTrue();
        assertThat(p.exitValue()).as("backup.sh " + command + ":\n" + out).isZero();
    }
}
