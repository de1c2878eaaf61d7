package kr.minwon.portal.security.boundary;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import kr.minwon.portal.platform.audit.TrustedProxies;

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
        if (TrustedProxies.isHttps(request) && !request.isSecure()) {
            // TLS ends at a trusted proxy: the container sees plain HTTP and would send the session cookie without
            // Secure. Every session cookie it writes in this request is marked Secure here, before the response is
            // committed (a session is only ever created or renamed before that).
            chain.doFilter(new SecureSessionCookies(request, response), new SecureCookiesBeforeCommit(response));
            markSessionCookiesSecure(response);
        } else {
            chain.doFilter(request, new KeepBothPolicies(response));
        }
    }

    /** Adds {@code Secure} to the session cookies already in the response's headers (no-op once committed). */
    static void markSessionCookiesSecure(HttpServletResponse response) {
        if (response.isCommitted()) {
            return;
        }
        List<String> cookies = new ArrayList<>(response.getHeaders("Set-Cookie"));
        boolean changed = false;
        for (int i = 0; i < cookies.size(); i++) {
            String c = cookies.get(i);
            if (c.startsWith("JSESSIONID=") && !c.toLowerCase(Locale.ROOT).matches(".*;\\s*secure(;.*|\\s*)$")) {
                cookies.set(i, c + "; Secure");
                changed = true;
            }
        }
        if (changed) {
            response.setHeader("Set-Cookie", cookies.get(0));
            for (String c : cookies.subList(1, cookies.size())) {
                response.addHeader("Set-Cookie", c);
            }
        }
    }

    /** Marks the cookie Secure whenever the container made or renamed a session through this request. */
    private static final class SecureSessionCookies extends HttpServletRequestWrapper {
        private final HttpServletResponse response;

        SecureSessionCookies(HttpServletRequest request, HttpServletResponse response) {
            super(request);
            this.response = response;
        }

        @Override
        public HttpSession getSession(boolean create) {
            HttpSession before = super.getSession(false);
            HttpSession session = super.getSession(create);
            if (session != null && before == null) {
                markSessionCookiesSecure(response);
            }
            return session;
        }

        @Override
        public HttpSession getSession() {
            return getSession(true);
        }

        @Override
        public String changeSessionId() {
            String id = super.changeSessionId();
            markSessionCookiesSecure(response);
            return id;
        }

        @Override
        public boolean isSecure() {
            return true;
        }

        @Override
        public String getScheme() {
            return "https";
        }

        @Override
        public String getRemoteAddr() {
            return TrustedProxies.clientAddress((HttpServletRequest) getRequest());
        }
    }

    /** The headers every response carries; also called by the authentication mechanism, which answers before filters. */
    public static void apply(HttpServletRequest request, HttpServletResponse response) {
        response.addHeader("Content-Security-Policy", CSP);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        // Over TLS, or TLS ended at a trusted proxy (X-Forwarded-Proto: https from PORTAL_TRUSTED_PROXIES).
        if (TrustedProxies.isHttps(request)) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
    }

    /**
     * Marks the session cookie Secure at every point where the response may commit (the container may also rename
     * the session itself at sign-in, past the request wrapper).
     */
    private static final class SecureCookiesBeforeCommit extends HttpServletResponseWrapper {
        private final HttpServletResponse raw;

        SecureCookiesBeforeCommit(HttpServletResponse response) {
            super(new KeepBothPolicies(response));
            this.raw = response;
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            markSessionCookiesSecure(raw);
            super.sendRedirect(location);
        }

        @Override
        public void sendError(int sc, String msg) throws IOException {
            markSessionCookiesSecure(raw);
            super.sendError(sc, msg);
        }

        @Override
        public void sendError(int sc) throws IOException {
            markSessionCookiesSecure(raw);
            super.sendError(sc);
        }

        @Override
        public void flushBuffer() throws IOException {
            markSessionCookiesSecure(raw);
            super.flushBuffer();
        }

        @Override
        public java.io.PrintWriter getWriter() throws IOException {
            markSessionCookiesSecure(raw);
            return super.getWriter();
        }

        @Override
        public jakarta.servlet.ServletOutputStream getOutputStream() throws IOException {
            markSessionCookiesSecure(raw);
            return super.getOutputStream();
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
