package kr.minwon.portal.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * Bookmarks and old inbox links to {@code /admin/...} pages keep working: 301 Moved Permanently to the page's
 * address with its feature, query string kept. Anything else under /admin/ goes on (and is not found). The
 * container's ADMIN constraint on /admin/* still runs first, so who may follow the redirect is unchanged.
 */
@WebFilter(urlPatterns = "/admin/*", asyncSupported = true)
public class MovedAdminPages extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Optional<String> target = AdminPages.movedTo(path);
        if (target.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        String query = request.getQueryString();
        response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
        response.setHeader("Location", request.getContextPath() + target.get() + (query == null ? "" : "?" + query));
        response.setContentLength(0);
    }
}
