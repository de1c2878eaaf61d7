package kr.minwon.portal.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date before anything else touches the database; migrations are its only source. When the
 * database cannot be reached at start, the deployment goes on (readiness stays DOWN, requests answer 503) and the
 * migrations are tried again every {@link #RETRY_MILLIS} ms until they succeed; then {@link SchemaReady} tells the
 * start-up beans that waited for them.
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class Migrations {

    private static final Logger LOG = Logger.getLogger(Migrations.class.getName());
    static final long RETRY_MILLIS = 5_000;

    @Resource(lookup = PortalDataSource.JNDI)
    DataSource dataSource;

    @Resource
    TimerService timers;

    @Inject
    Event<SchemaReady> schemaReady;

    private volatile String version;
    private final AtomicBoolean retrying = new AtomicBoolean();

    @PostConstruct
    void start() {
        try {
            version = migrate();
        } catch (RuntimeException e) {
            if (!DatabaseOutage.isCause(e)) {
                throw e;
            }
            DatabaseOutage.noticed("schema migrations (retried every " + RETRY_MILLIS / 1000 + " s)", e);
            timers.createIntervalTimer(RETRY_MILLIS, RETRY_MILLIS, new TimerConfig("schema migrations", false));
        }
    }

    @Timeout
    void retry(Timer timer) {
        if (version != null) {
            timer.cancel();
            return;
        }
        if (!retrying.compareAndSet(false, true)) {
            // The previous try is still at work (the demo office takes a while to seed).
            return;
        }
        try {
            String now = migrate();
            // What the start-up beans do at start happens before the portal calls itself migrated (and ready): a
            // failure there is tried again with the next retry, and every observer does its part only once.
            schemaReady.fire(new SchemaReady(now));
            version = now;
            timer.cancel();
            DatabaseOutage.over();
            LOG.info("The database answered: schema current, start-up work done; the portal is ready.");
        } catch (RuntimeException e) {
            if (DatabaseOutage.isCause(e)) {
                DatabaseOutage.noticed("schema migrations (retried every " + RETRY_MILLIS / 1000 + " s)", e);
            } else {
                LOG.log(Level.SEVERE, "Schema migrations failed; retrying in " + RETRY_MILLIS / 1000 + " s", e);
            }
        } finally {
            retrying.set(false);
        }
    }

    /** Whether the schema is current: nothing may read or write the database before. */
    public boolean isMigrated() {
        return version != null;
    }

    /**
     * Whether a request needs the schema (pages and the API; not the health checks, static resources or error pages,
     * which answer without the database), so that it gets {@link SchemaNotReady} until {@link #isMigrated}.
     */
    public static boolean needsSchema(String path) {
        if (path.startsWith("/api/")) {
            return true;
        }
        return (path.equals("/") || path.endsWith(".xhtml"))
                && !path.startsWith("/errors/")
                && !path.startsWith("/jakarta.faces.resource/");
    }

    private String migrate() {
        Flyway flyway = Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration", "classpath:db/vendor/" + vendor())
                .load();
        MigrateResult result = flyway.migrate();
        // Flyway names a target only when it applied something; on an up-to-date schema ask it where the schema is.
        String at = result.targetSchemaVersion;
        if (at == null) {
            var current = flyway.info().current();
            at = current == null ? "none" : current.getVersion().getVersion();
        }
        String version = at;
        LOG.info(() -> "Schema at version " + version + " (" + result.migrationsExecuted
                + " migrations applied now, database " + result.database + ")");
        return version;
    }

    /**
     * The folder of migrations that differ by database ({@code db/vendor/h2} or {@code db/vendor/postgresql}): indexes
     * that pay on one engine and only cost on the other. Both folders carry the same version numbers.
     */
    private String vendor() {
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            LOG.info(() -> "Database " + describe(meta::getDatabaseProductName, meta::getDatabaseProductVersion)
                    + ", driver " + describe(meta::getDriverName, meta::getDriverVersion));
            return vendorOf(meta.getDatabaseProductName());
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot tell which database the portal runs on", e);
        }
    }

    private interface MetaValue {
        String get() throws SQLException;
    }

    private static String describe(MetaValue name, MetaValue version) {
        try {
            return name.get() + " " + version.get();
        } catch (SQLException e) {
            return "(unknown: " + e.getMessage() + ")";
        }
    }

    static String vendorOf(String productName) {
        String name = productName.toLowerCase(Locale.ROOT);
        if (name.contains("h2")) {
            return "h2";
        }
        if (name.contains("postgres")) {
            return "postgresql";
        }
        throw new IllegalStateException(
                "Unsupported database: " + productName + " (the portal runs on H2 or PostgreSQL)");
    }
}
