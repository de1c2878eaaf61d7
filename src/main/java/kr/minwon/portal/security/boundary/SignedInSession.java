package kr.minwon.portal.security.boundary;

import jakarta.servlet.http.HttpSession;
import java.util.Set;

/**
 * What a staff session remembers of its sign-in, to be compared on every request (SessionGuard): when it signed in
 * (absolute lifetime), with which session epoch (password changes) and which roles (role changes).
 */
public final class SignedInSession {

    static final String SIGNED_IN_AT = "portal.signedInAt";
    static final String EPOCH = "portal.sessionEpoch";
    static final String ROLES = "portal.roles";

    private SignedInSession() {}

    public static void start(
            HttpSession session, long signedInAtMillis, int epoch, Set<String> roles, int idleMinutes) {
        session.setAttribute(SIGNED_IN_AT, signedInAtMillis);
        session.setAttribute(EPOCH, epoch);
        session.setAttribute(ROLES, Set.copyOf(roles));
        session.setMaxInactiveInterval(idleMinutes * 60);
    }

    /** After the person changed his own password: this session goes on with the new epoch. */
    public static void renew(HttpSession session, int epoch) {
        session.setAttribute(EPOCH, epoch);
    }

    public static Long signedInAt(HttpSession session) {
        return session.getAttribute(SIGNED_IN_AT) instanceof Long l ? l : null;
    }

    public static Integer epoch(HttpSession session) {
        return session.getAttribute(EPOCH) instanceof Integer i ? i : null;
    }

    @SuppressWarnings("unchecked")
    public static Set<String> roles(HttpSession session) {
        return session.getAttribute(ROLES) instanceof Set<?> s ? (Set<String>) s : null;
    }
}
