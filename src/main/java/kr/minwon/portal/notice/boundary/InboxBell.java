package kr.minwon.portal.notice.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.security.Principal;

/**
 * The bell in the top bar: the unread count, kept in the session for {@link #TTL_NANOS} (issue 16: one COUNT every
 * few seconds instead of one a page). Reading a message in the inbox forgets it at once; a message that arrives shows
 * within the TTL.
 */
@Named
@RequestScoped
public class InboxBell {

    static final long TTL_NANOS = 15_000_000_000L;
    static final String KEY = InboxBell.class.getName() + ".unread";

    /** Immutable, so overlapping requests of a session may share it. */
    record Count(String username, long unread, long readAt) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /** Looked up only when the kept count is stale: an injected session bean costs a proxy and a lookup per page. */
    @Inject
    Instance<Inbox> inbox;

    @Inject
    SecurityContext security;

    @Inject
    HttpServletRequest request;

    private Long unread;

    public long getUnread() {
        if (unread == null) {
            unread = kept();
        }
        return unread;
    }

    /** Drops the kept count (after the person read messages). */
    public void forget() {
        unread = null;
        HttpSession session = session();
        if (session != null) {
            try {
                session.removeAttribute(KEY);
            } catch (IllegalStateException invalidated) {
                // nothing kept
            }
        }
    }

    private long kept() {
        Principal caller = security.getCallerPrincipal();
        HttpSession session = caller == null ? null : session();
        long now = System.nanoTime();
        if (session != null) {
            try {
                if (session.getAttribute(KEY) instanceof Count c
                        && c.username().equals(caller.getName())
                        && now - c.readAt() < TTL_NANOS) {
                    return c.unread();
                }
            } catch (IllegalStateException invalidated) {
                session = null;
            }
        }
        long count = inbox.get().unreadCount();
        if (session != null) {
            try {
                session.setAttribute(KEY, new Count(caller.getName(), count, now));
            } catch (IllegalStateException invalidated) {
                // signed out meanwhile
            }
        }
        return count;
    }

    private HttpSession session() {
        try {
            return request.getSession(false);
        } catch (RuntimeException noRequest) {
            return null;
        }
    }
}
