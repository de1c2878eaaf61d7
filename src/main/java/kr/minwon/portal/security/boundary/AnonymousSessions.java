package kr.minwon.portal.security.boundary;

import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;

/**
 * A session nobody has signed into (the login page makes one for its form's state) ends after {@link #IDLE_MINUTES}
 * idle minutes, not the staff's 30: every anonymous visit of the login page makes one, and on a cluster each lives in
 * the data grid, whose expiry reads them all. Signing in sets the staff's idle time ({@link SignedInSession#start}).
 * Sessions that a node takes over from the grid are not new and keep theirs.
 */
@WebListener
public class AnonymousSessions implements HttpSessionListener {

    static final int IDLE_MINUTES = 10;

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        HttpSession session = event.getSession();
        if (session.isNew() && SignedInSession.signedInAt(session) == null) {
            session.setMaxInactiveInterval(IDLE_MINUTES * 60);
        }
    }
}
