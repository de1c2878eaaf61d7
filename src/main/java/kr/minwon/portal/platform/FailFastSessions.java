package kr.minwon.portal.platform;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.Session;

/**
 * EclipseLink's session customizer (persistence.xml): a query that meets a broken connection is not retried by
 * EclipseLink (by default three more times, 5 s apart, which held a request ~10 s while the database was away). The
 * connection pool already validates every connection before handing it out and throws away the whole pool after a
 * failure, so a retry here would only delay the 503 (issue 19).
 */
public class FailFastSessions implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        DatabaseLogin login = session.getLogin();
        if (login != null) {
            login.setQueryRetryAttemptCount(0);
            login.setDelayBetweenConnectionAttempts(0);
        }
    }
}
