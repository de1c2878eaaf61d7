package kr.minwon.portal.security.boundary;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;

/**
 * Refuses a sign-in posted from another site's page. The login page keeps no session (issue 16: it is a stateless view,
 * so anonymous visits no longer pile up sessions), which also means its view state is no token a forged form would
 * lack; without this check a page elsewhere could sign a visitor in as somebody else (login CSRF). Browsers name the
 * posting page's origin on a cross-site POST ({@code Origin}, else {@code Referer}): when it names a host other than the
 * one the request was sent to, the answer is 403. A request naming no origin at all comes from no browser a third-party
 * page could drive (curl, the tests' HTTP client), and passes. Behind a proxy, the proxy must pass the {@code Host}
 * header on (HAProxy does; nginx with {@code proxy_set_header Host $host}).
 */
@WebFilter(urlPatterns = "/login.xhtml", asyncSupported = true)
public class SignInOrigin extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if ("POST".equalsIgnoreCase(request.getMethod())
                && !sameOrigin(request.getHeader("Origin"), request.getHeader("Referer"), request.getHeader("Host"))) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        chain.doFilter(request, response);
    }

    /** Whether the origin a browser named (Origin, else Referer) is the host the request was sent to. */
    static boolean sameOrigin(String origin, String referer, String host) {
        String named = origin != null && !origin.isBlank() ? origin.trim() : referer == null ? "" : referer.trim();
        if (named.isEmpty()) {
            return true;
        }
        if (host == null || host.isBlank()) {
            return false;
        }
        String authority;
        try {
            authority = URI.create(named).getRawAuthority();
        } catch (IllegalArgumentException e) {
            return false;
        }
        // "null" (a sandboxed page or a local file) has no authority: refused.
        return authority != null && !authority.contains("@") && bare(authority).equals(bare(host.trim()));
    }

    /** Host and port, lower case, without the default ports a browser leaves out of one header but not the other. */
    private static String bare(String authority) {
        String a = authority.toLowerCase(Locale.ROOT);
        if (a.endsWith(":80")) {
            return a.substring(0, a.length() - 3);
        }
        if (a.endsWith(":443")) {
            return a.substring(0, a.length() - 4);
        }
        return a;
    }
}
