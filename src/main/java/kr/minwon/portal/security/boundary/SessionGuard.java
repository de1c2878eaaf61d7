package kr.minwon.portal.security.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.security.Principal;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import kr.minwon.portal.platform.faces.LanguageSwitch;
import kr.minwon.portal.platform.rest.Problem;
import kr.minwon.portal.platform.text.Texts;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every request of a signed-in staff session (pages and API calls with the session cookie), checked against the
 * database: the session ends when its absolute lifetime is over, the person was deactivated, his roles changed or his
 * password changed elsewhere (the account's session epoch); and a password someone else set opens nothing but the
 * password change until he changes it (ASVS 2.5, 3.3, 3.4). API calls with a key carry no session and pass.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SessionGuard extends HttpFilter {

    private static final Logger LOG = Logger.getLogger(SessionGuard.class.getName());
    public static final String PASSWORD_PAGE = "/account/password.xhtml";

    /**
     * What a person whose password someone else set may still reach: the password page, the login page, and the
     * shell's two posts on it (sign-out, the language switch), which are servlets since issue 16.
     */
    static final Set<String> OPEN_WHILE_PASSWORD_MUST_CHANGE =
            Set.of(PASSWORD_PAGE, "/login.xhtml", SignOut.PATH, LanguageSwitch.PATH);

    @Inject
    SessionStates states;

    @Inject
    @ConfigProperty(name = "portal.session.max.hours", defaultValue = "10")
    int maxHours;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        Principal caller = request.getUserPrincipal();
        if (session == null || caller == null || caller.getName().startsWith("api:")) {
            chain.doFilter(request, response);
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (isStatic(path)) {
            chain.doFilter(request, response);
            return;
        }
        String refusal = refusal(session, caller.getName());
        if (refusal != null) {
            LOG.info(() -> "Session of " + caller.getName() + " ended: " + refusal);
            try {
                request.logout();
            } catch (ServletException ignored) {
                // the session is invalidated below either way
            }
            invalidate(session);
            toLogin(request, response);
            return;
        }
        boolean mustChange =
                states.of(caller.getName()).map(s -> s.mustChangePassword()).orElse(true);
        if (mustChange && !OPEN_WHILE_PASSWORD_MUST_CHANGE.contains(path)) {
            onlyThePasswordPage(request, response, path);
            return;
        }
        chain.doFilter(request, response);
    }

    /** Why this session may not go on, or null if it may. */
    private String refusal(HttpSession session, String username) {
        Long signedInAt = SignedInSession.signedInAt(session);
        Integer epoch = SignedInSession.epoch(session);
        Set<String> roles = SignedInSession.roles(session);
        if (signedInAt == null || epoch == null || roles == null) {
            return "no sign-in record in the session";
        }
        // The servlet container's own time base (as for the idle timeout), not the office clock: a duration, not a
        // date.
        if (System.currentTimeMillis() - signedInAt > TimeUnit.HOURS.toMillis(maxHours)) {
            return "absolute session lifetime of " + maxHours + " h over";
        }
        Optional<Accounts.SessionState> state = states.of(username);
        if (state.isEmpty()) {
            return "account gone";
        }
        if (!state.get().active()) {
            return "account inactive";
        }
        if (state.get().epoch() != epoch) {
            return "password changed";
        }
        if (!state.get().roles().equals(roles)) {
            return "roles changed";
        }
        return null;
    }

    private static boolean isStatic(String path) {
        return path.startsWith("/jakarta.faces.resource/")
                || path.startsWith("/resources/")
                || path.startsWith("/errors/");
    }

    private static boolean isApi(String path) {
        return path.startsWith("/api/");
    }

    private static boolean isAjax(HttpServletRequest request) {
        return "partial/ajax".equals(request.getHeader("Faces-Request"));
    }

    /** Ends {@code session}; one already ended is fine (also used by {@link SignOut}). */
    static void invalidate(HttpSession session) {
        try {
            session.invalidate();
        } catch (IllegalStateException alreadyInvalid) {
            // nothing left to end
        }
    }

    private static void toLogin(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        SecurityHeaders.apply(request, response);
        response.setHeader("Cache-Control", "no-store");
        if (isApi(path)) {
            problem(response, 401, "Unauthorized", Texts.t("security.msg.SessionGuard.2"));
            return;
        }
        redirect(request, response, request.getContextPath() + "/login.xhtml");
    }

    private static void onlyThePasswordPage(HttpServletRequest request, HttpServletResponse response, String path)
            throws IOException {
        SecurityHeaders.apply(request, response);
        response.setHeader("Cache-Control", "no-store");
        if (isApi(path)) {
            problem(response, 403, "Forbidden", Texts.t("security.msg.SessionGuard.1"));
        } else if ("GET".equals(request.getMethod()) || isAjax(request)) {
            redirect(request, response, request.getContextPath() + PASSWORD_PAGE + "?first=true");
        } else {
            response.sendError(403);
        }
    }

    private static void redirect(HttpServletRequest request, HttpServletResponse response, String location)
            throws IOException {
        if (isAjax(request)) {
            response.setContentType("text/xml");
            response.setCharacterEncoding("UTF-8");
            response.getWriter()
                    .write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                            + location.replace("&", "&amp;") + "\"/></partial-response>");
        } else {
            response.sendRedirect(location);
        }
    }

    private static void problem(HttpServletResponse response, int status, String title, String detail)
            throws IOException {
        response.setStatus(status);
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(new Problem(status, title, detail).toJson().toString());
    }
}
