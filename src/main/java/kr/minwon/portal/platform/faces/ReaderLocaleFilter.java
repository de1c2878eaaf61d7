package kr.minwon.portal.platform.faces;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Locale;
import kr.minwon.portal.platform.text.Texts;

/**
 * Binds the reader of each request for {@link Texts}: the language chosen in the session (sign-in sets the stored
 * one), else, for callers without a session such as API keys, English when the request's Accept-Language puts it
 * first, else Korean. Error texts of facades and rules then come out in the caller's language.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class ReaderLocaleFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Texts.bind(readerOf(request));
        try {
            chain.doFilter(request, response);
        } finally {
            Texts.bind(null);
        }
    }

    static Locale readerOf(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object chosen = session == null ? null : session.getAttribute(Texts.SESSION_ATTRIBUTE);
        if (chosen instanceof Locale l) {
            return l;
        }
        String accept = request.getHeader("Accept-Language");
        return accept != null && accept.trim().toLowerCase(Locale.ROOT).startsWith("en")
                ? Locale.ENGLISH
                : Locale.KOREAN;
    }
}
