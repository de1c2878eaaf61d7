package kr.minwon.portal.platform;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.Login;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.server.ConnectionPool;
import org.eclipse.persistence.sessions.server.ServerSession;

/**
 * EclipseLink's session customizer (persistence.xml): a query that meets a broken connection is not retried by
 * EclipseLink (by default three more times, 5 s apart, which held a request ~10 s while the database was away). The
 * connection pool already validates every connection before handing it out and throws away the whole pool after a
 * failure, so a retry here would only delay the 503 (issue 19).
 *
 * <p>It also puts {@link DeferredLogin} in front of the container's connector (the customizer runs before EclipseLink
 * logs in), so that the deployment survives a database that is away when the portal starts.
 */
public class FailFastSessions implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        DatabaseLogin login = session.getLogin();
        if (login != null) {
            login.setQueryRetryAttemptCount(0);
            login.setDelayBetweenConnectionAttempts(0);
        }
        defer(session.getDatasourceLogin());
        if (session instanceof ServerSession server) {
            if (server.getReadConnectionPool() != null) {
                defer(server.getReadConnectionPool().getLogin());
            }
            for (ConnectionPool pool : server.getConnectionPools().values()) {
                defer(pool.getLogin());
            }
        }
    }

    private static void defer(Login login) {
        if (login instanceof DatabaseLogin database
                && database.getConnector() != null
                && !(database.getConnector() instanceof DeferredLogin)) {
            database.setConnector(new DeferredLogin(database.getConnector()));
        }
    }
}
