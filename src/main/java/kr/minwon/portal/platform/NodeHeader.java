package kr.minwon.portal.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Names the node that answered ({@code X-Portal-Node}) on every response when {@code portal.node.name} is set, as
 * config/cluster/local.sh does for each node of a cluster: operators and the cluster test see which node served a
 * request behind the balancer. A single node without the setting sends no such header.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class NodeHeader extends HttpFilter {

    public static final String HEADER = "X-Portal-Node";

    private String node;

    @Override
    public void init() {
        node = ConfigProvider.getConfig()
                .getOptionalValue("portal.node.name", String.class)
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .orElse(null);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (node != null) {
            response.setHeader(HEADER, node);
        }
        chain.doFilter(request, response);
    }
}
