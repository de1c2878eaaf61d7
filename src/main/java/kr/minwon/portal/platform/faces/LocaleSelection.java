package kr.minwon.portal.platform.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.event.Event;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.security.Principal;
import java.util.HashMap;
import java.util.Locale;
import kr.minwon.portal.platform.text.Texts;

/**
 * The language a person reads the portal in: Korean unless he switches to English. The choice lives in the session
 * attribute {@link Texts#SESSION_ATTRIBUTE} (sign-in puts the stored one there); a signed-in person's switch is also
 * stored on his record ({@link LanguageChosen}), so it outlasts the session. Request-scoped: the bean holds nothing
 * itself, and reading the language must not open a session (the stateless login page, issue 16); switching does.
 */
@Named
@RequestScoped
public class LocaleSelection implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Event<LanguageChosen> chosen;

    public Locale getLocale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces != null) {
            HttpSession session =
                    ((HttpServletRequest) faces.getExternalContext().getRequest()).getSession(false);
            if (session != null && session.getAttribute(Texts.SESSION_ATTRIBUTE) instanceof Locale l) {
                return l;
            }
        }
        return Texts.reader();
    }

    public boolean isKorean() {
        return Locale.KOREAN.getLanguage().equals(getLocale().getLanguage());
    }

    public String switchLanguage() {
        Locale locale = otherThan(getLocale());
        FacesContext faces = FacesContext.getCurrentInstance();
        use(faces.getExternalContext(), locale);
        faces.getViewRoot().setLocale(locale);
        Principal caller = faces.getExternalContext().getUserPrincipal();
        if (caller != null) {
            chosen.fire(new LanguageChosen(caller.getName(), locale));
        }
        String view = faces.getViewRoot().getViewId();
        return view + "?faces-redirect=true&includeViewParams=true";
    }

    /**
     * This page's bookmarkable address with its view parameters (a petition's number, a list's filter): where the
     * shell's language switch ({@link LanguageSwitch}) comes back to.
     */
    public String getHere() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces.getApplication()
                .getViewHandler()
                .getBookmarkableURL(faces, faces.getViewRoot().getViewId(), new HashMap<>(), true);
    }

    /** The language a switch from {@code current} goes to: English from Korean, Korean from anything else. */
    static Locale otherThan(Locale current) {
        return Locale.KOREAN.getLanguage().equals(current.getLanguage()) ? Locale.ENGLISH : Locale.KOREAN;
    }

    /** Makes {@code locale} the session's language from this request on. */
    public static void use(ExternalContext ec, Locale locale) {
        ec.getSessionMap().put(Texts.SESSION_ATTRIBUTE, locale);
        Texts.bind(locale);
    }
}
