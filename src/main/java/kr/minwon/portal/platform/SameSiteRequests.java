package kr.minwon.portal.platform;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.net.URISyntaxException;

/**
 * Plain (non-Faces) form posts of the shell — sign-out and the language switch — carry no view state, the token that
 * guards every Faces form. They are guarded twice instead: the session cookie is {@code SameSite=Lax}
 * (glassfish-web.xml), so a post from another site arrives without a session and the container sends it to the login
 * page; and a browser that names the request's origin in {@code Sec-Fetch-Site} is refused when it says
 * {@code cross-site}. Only the browser's own header is read, never the Host or a proxy's, so the check holds behind
 * nginx or haproxy as well.
 */
public final class SameSiteRequests {

    private SameSiteRequests() {}

    /** Whether the browser says this request comes from another site. */
    public static boolean isCrossSite(HttpServletRequest request) {
        return "cross-site".equalsIgnoreCase(request.getHeader("Sec-Fetch-Site"));
    }

    /**
     * {@code back} if it is a path on this portal ({@code /...}, no scheme, no host, no {@code //} or backslash that a
     * browser would read as another host), else {@code fallback}: a redirect never leaves the portal.
     */
    public static String localPath(String back, String contextPath, String fallback) {
        if (back == null
                || back.length() > 2000
                || !back.startsWith(contextPath + "/")
                || back.startsWith("//")
                || back.indexOf('\\') >= 0
                || back.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            return fallback;
        }
        try {
            URI uri = new URI(back);
            if (uri.getScheme() != null || uri.getRawAuthority() != null || uri.getRawPath() == null) {
                return fallback;
            }
        } catch (URISyntaxException bad) {
            return fallback;
        }
        return back;
    }
}
