package kr.minwon.portal.platform.faces;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Logger;

/**
 * The page requests of one session run one after another (issue 16): two tabs, a double click or a page and its ajax
 * calls that overlap no longer share a view's state half-way. Faces keeps a session's views and view-scoped beans in
 * session maps that it creates lazily and reads without locks; two overlapping requests of a new session each made
 * their own map and one request's beans were lost half-way through rendering (a view bean re-created without its
 * {@code viewAction}: {@code mileage/ranking} and {@code mine} answered 500 with a null period). Two postbacks of the
 * same view would also change one bean at once. Different sessions still run in parallel; static resources and the
 * REST API (stateless) are not held. A request that waits longer than {@link #WAIT_SECONDS} (a long import in the
 * other tab) goes on rather than hang.
 *
 * <p>An upload (a multipart post) is not held and holds nothing: a 100,000-row import runs for a minute or more, and
 * holding the session's other requests behind it froze the import's own progress bar (its polls waited for the end)
 * and every other tab. An upload is never a session's first request (the page with the form came before it), so the
 * maps whose lazy creation this filter guards already exist when it arrives.
 */
@WebFilter(urlPatterns = "*.xhtml", asyncSupported = true)
@WebListener
public class OneRequestPerSession extends HttpFilter implements HttpSessionListener {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(OneRequestPerSession.class.getName());
    static final String LOCK = OneRequestPerSession.class.getName() + ".lock";
    static final long WAIT_SECONDS = 60;

    /** Guards the creation of a lock for sessions that were made before this listener saw them (restored ones). */
    private static final Object CREATING = new Object();

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        // Before any other request can know the session's id: no race.
        event.getSession().setAttribute(LOCK, new ReentrantLock());
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        ReentrantLock lock = session == null || isResource(request) || isUpload(request) ? null : lockOf(session);
        if (lock == null || lock.isHeldByCurrentThread()) {
            chain.doFilter(request, response);
            return;
        }
        boolean held;
        try {
            held = lock.tryLock(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServletException(e);
        }
        if (!held) {
            LOG.warning(() -> "a request of one session waited " + WAIT_SECONDS + " s for another; it goes on: "
                    + request.getRequestURI());
        }
        try {
            chain.doFilter(request, response);
        } finally {
            if (held) {
                lock.unlock();
            }
        }
    }

    private static boolean isResource(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/jakarta.faces.resource/");
    }

    private static boolean isUpload(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.regionMatches(true, 0, "multipart/", 0, "multipart/".length());
    }

    private static ReentrantLock lockOf(HttpSession session) {
        try {
            if (session.getAttribute(LOCK) instanceof ReentrantLock lock) {
                return lock;
            }
            synchronized (CREATING) {
                if (session.getAttribute(LOCK) instanceof ReentrantLock lock) {
                    return lock;
                }
                ReentrantLock lock = new ReentrantLock();
                session.setAttribute(LOCK, lock);
                return lock;
            }
        } catch (IllegalStateException invalidated) {
            return null;
        }
    }
}
