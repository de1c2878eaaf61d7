package kr.minwon.portal.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The outermost filter (declared first in web.xml): a screen whose request failed because the database cannot be
 * reached answers 503 with the friendly page ({@code errors/503.xhtml}) instead of the 500 page. The API answers
 * its own 503 problem documents (platform/rest), so this one only sees what got past them. A Faces ajax post gets a
 * partial response that sends the browser to that page, since the Faces script shows nothing of an error status.
 */
public class DatabaseOutagePages extends HttpFilter {

    /** The page a screen shows while the database is away. */
    public static final String PAGE = "/errors/503.xhtml";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException e) {
            if (!DatabaseOutage.isCause(e) || response.isCommitted()) {
                throw e;
            }
            DatabaseOutage.noticed("pages", e);
            response.resetBuffer();
            unavailable(request, response);
        }
    }

    /**
     * Answers a screen's request while the database is away: 503 with the friendly page, or for a Faces ajax post a
     * partial response that redirects to it.
     */
    public static void unavailable(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Retry-After", Integer.toString(DatabaseOutage.RETRY_AFTER_SECONDS));
        if (isAjax(request)) {
            response.setStatus(HttpServletResponse.SC_OK);
            response.setContentType("text/xml");
            response.setCharacterEncoding("UTF-8");
            response.setHeader("Cache-Control", "no-cache");
            response.getWriter()
                    .write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                            + request.getContextPath() + PAGE + "\"></redirect></partial-response>");
            response.flushBuffer();
        } else {
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        }
    }

    /** A Faces ajax request (jsf.js / faces.js and PrimeFaces send this header). */
    public static boolean isAjax(HttpServletRequest request) {
        return "partial/ajax".equals(request.getHeader("Faces-Request"));
    }
}
