package kr.minwon.portal.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.net.ConnectException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;
import org.eclipse.persistence.exceptions.DatabaseException;
import org.eclipse.persistence.internal.helper.DBPlatformHelper;
import org.eclipse.persistence.logging.DefaultSessionLog;
import org.eclipse.persistence.sessions.Connector;
import org.eclipse.persistence.sessions.Session;
import org.junit.jupiter.api.Test;

class DeferredLoginTest {

    /** A container connector whose database is away. */
    private static final class Away implements Connector {
        @Override
        public Object clone() {
            return new Away();
        }

        @Override
        public Connection connect(Properties properties, Session session) {
            throw DatabaseException.sqlException(
                    new SQLException("Connection refused", "08001", new ConnectException("refused")));
        }

        @Override
        public void toString(PrintWriter writer) {}

        @Override
        public String getConnectionDetails() {
            return "away";
        }
    }

    @Test
    void theStandInNamesTheProductSoEclipseLinkPicksThePlatformItWouldHave() throws Exception {
        Connection h2 = DeferredLogin.standIn("H2");
        assertThat(h2.getMetaData().getDatabaseProductName()).isEqualTo("H2");
        assertThat(DBPlatformHelper.getDBPlatform(
                        h2.getMetaData().getDatabaseProductName(),
                        h2.getMetaData().getDatabaseProductVersion(),
                        h2.getMetaData().getDriverName(),
                        new DefaultSessionLog()))
                .endsWith("H2Platform");
        Connection pg = DeferredLogin.standIn("PostgreSQL");
        assertThat(DBPlatformHelper.getDBPlatform(
                        pg.getMetaData().getDatabaseProductName(), "", "", new DefaultSessionLog()))
                .endsWith(".PostgreSQLPlatform");
    }

    @Test
    void theStandInClosesQuietlyAndServesNothingElse() throws Exception {
        Connection c = DeferredLogin.standIn("H2");
        assertThat(c.isValid(1)).isFalse();
        assertThat(c.getAutoCommit()).isTrue();
        assertThatThrownBy(c::createStatement)
                .isInstanceOf(SQLException.class)
                .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("08001"))
                .satisfies(e -> assertThat(DatabaseOutage.isCause(e)).isTrue());
        c.close();
        assertThat(c.isClosed()).isTrue();
    }

    @Test
    void afterTheLoginAnUnreachableDatabaseFailsAsAlways() {
        DeferredLogin connector = new DeferredLogin(new Away());
        // No server session logging in (a request's session, or none): the failure is passed on, never a stand-in.
        assertThatThrownBy(() -> connector.connect(new Properties(), null)).isInstanceOf(DatabaseException.class);
        DeferredLogin copy = (DeferredLogin) connector.clone();
        assertThat(copy.container()).isInstanceOf(Away.class).isNotSameAs(connector.container());
    }
}
