package kr.minwon.portal.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/**
 * The pool checks every connection with Payara's {@code SELECT COUNT(*) FROM <validation table>} before handing it out:
 * the query must answer on an empty embedded database (before the first migration too). On PostgreSQL every container
 * test exercises it, since no request gets a connection without it.
 */
class PortalDataSourceTest {

    @Test
    void the_validation_query_answers_one_on_an_empty_embedded_database() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:h2:mem:validation-" + System.nanoTime());
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT COUNT(*) FROM " + PortalDataSource.VALIDATION_TABLE)) {
            assertThat(r.next()).isTrue();
            assertThat(r.getLong(1)).isEqualTo(1);
        }
    }
}
