package kr.minwon.portal.security.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import kr.minwon.portal.platform.SameSiteRequests;
import kr.minwon.portal.platform.audit.AuditLog;

/**
 * Signs out: ends the container login and the session, back to the login page. A plain form post from the shell's top
 * bar (issue 16): as a Faces command it made every page a form with view state, so that even the home page, which has
 * no form of its own, saved its view in the session on every visit. Only a post signs out (a prefetched or crawled
 * link must not), and not one another site makes ({@link SameSiteRequests}).
 */
@WebServlet(SignOut.PATH)
public class SignOut extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** Where the shell's sign-out form posts. */
    public static final String PATH = "/account/sign-out";

    @Inject
    AuditLog audit;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        if (SameSiteRequests.isCrossSite(request)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        String who = request.getRemoteUser();
        if (who != null) {
            audit.recordAs(who, "SIGN_OUT", who, null);
        }
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            SessionGuard.invalidate(session);
        }
        response.setHeader("Cache-Control", "no-store");
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", request.getContextPath() + "/login.xhtml?signedOut=true");
    }
}
