package kr.minwon.portal.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.Locale;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/** Brings the schema up to date before anything else touches the database; migrations are its only source. */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class Migrations {

    private static final Logger LOG = Logger.getLogger(Migrations.class.getName());

    @Resource(lookup = PortalDataSource.JNDI)
    DataSource dataSource;

    @PostConstruct
    void migrate() {
        MigrateResult result = Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration", "classpath:db/vendor/" + vendor())
                .load()
                .migrate();
        LOG.info(() -> "Schema at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted
                + " migrations applied now, database " + result.database + ")");
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
