package kr.minwon.portal.platform.faces;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import kr.minwon.portal.platform.SameSiteRequests;
import kr.minwon.portal.platform.text.Texts;

/**
 * The shell's language switch (issue 16): a plain form post, Korean to English and back, for the session and (via
 * {@link LanguageChosen}) the person's record, then back to the page it came from ({@code back}, the page's
 * bookmarkable address with its view parameters; only a path on this portal). As a Faces command it made every page
 * a form with view state; the login page keeps its own Faces switch ({@link LocaleSelection#switchLanguage()}), since
 * it has a form anyway and no session yet.
 */
@WebServlet(LanguageSwitch.PATH)
public class LanguageSwitch extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** Where the shell's language form posts. */
    public static final String PATH = "/account/language";

    @Inject
    Event<LanguageChosen> chosen;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String caller = request.getRemoteUser();
        if (SameSiteRequests.isCrossSite(request) || caller != null && caller.startsWith("api:")) {
            // another site's post; or an API key, which has no session and no language of its own
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        // From the page's language as LocaleSelection reads it: the session's choice, else what ReaderLocaleFilter
        // bound.
        Locale locale = LocaleSelection.otherThan(Texts.reader());
        request.getSession().setAttribute(Texts.SESSION_ATTRIBUTE, locale);
        if (caller != null) {
            chosen.fire(new LanguageChosen(caller, locale));
        }
        String home = request.getContextPath() + "/index.xhtml";
        response.setHeader("Cache-Control", "no-store");
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader(
                "Location", SameSiteRequests.localPath(request.getParameter("back"), request.getContextPath(), home));
    }
}
