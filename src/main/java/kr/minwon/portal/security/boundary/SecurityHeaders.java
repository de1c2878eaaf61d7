package kr.minwon.portal.security.boundary;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * Security headers on every response. PrimeFaces writes its own nonce-based script-src policy; ours is sent as a
 * second Content-Security-Policy header, and browsers enforce both.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SecurityHeaders extends HttpFilter {

    static final String CSP = "frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        apply(request, response);
        String path = request.getRequestURI();
        if (!path.contains("/jakarta.faces.resource/") && !path.contains("/resources/")) {
            // Pages show staff data: never keep them in shared or browser caches.
            response.setHeader("Cache-Control", "no-store");
        }
        chain.doFilter(request, new KeepBothPolicies(response));
    }

    /** The headers every response carries; also called by the authentication mechanism, which answers before filters. */
    public static void apply(HttpServletRequest request, HttpServletResponse response) {
        response.addHeader("Content-Security-Policy", CSP);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000");
        }
    }

    /** Turns a later setHeader of the policy (PrimeFaces' nonce policy) into an addition, so ours survives. */
    private static final class KeepBothPolicies extends HttpServletResponseWrapper {
        KeepBothPolicies(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setHeader(String name, String value) {
            if ("Content-Security-Policy".equalsIgnoreCase(name)) {
                super.addHeader(name, value);
            } else {
                super.setHeader(name, value);
            }
        }
    }
}
