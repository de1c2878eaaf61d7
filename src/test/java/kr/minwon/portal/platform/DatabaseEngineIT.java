package kr.minwon.portal.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kr.minwon.portal.testing.PortalServer;
import org.junit.jupiter.api.Test;

/**
 * The portal runs on the database engine it ships and on the migrations for that engine. On the embedded database that
 * is the H2 of the WAR (WEB-INF/lib, loaded before Payara's own older copy because the web module does not delegate to
 * its parent first), whose commit of a large transaction is what makes big CSV imports fast enough; on PostgreSQL, the
 * server's driver and the db/vendor/postgresql folder.
 */
class DatabaseEngineIT {

    @Test
    void the_portal_runs_on_the_engine_it_ships_with_its_vendor_migrations() {
        String log = PortalServer.shared().logOfLatestStart();
        if (PortalServer.onPostgres()) {
            assertThat(log).contains("Database PostgreSQL");
        } else {
            String shipped = System.getProperty("it.h2.version");
            assertThat(shipped).as("it.h2.version (set by the pom)").isNotBlank();
            assertThat(log).contains("Database H2 " + shipped + " ").contains("driver H2 JDBC Driver " + shipped + " ");
        }
        Matcher schema = Pattern.compile("Schema at version (\\d+)").matcher(log);
        assertThat(schema.find()).as("the migration summary in the log").isTrue();
        assertThat(Integer.parseInt(schema.group(1)))
                .as("schema version, the vendor folder's V10 included")
                .isGreaterThanOrEqualTo(10);
    }
}
