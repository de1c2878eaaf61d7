package kr.minwon.portal.platform.faces;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;

/** The language a person reads the portal in: Korean unless he switches to English. */
@Named
@SessionScoped
public class LocaleSelection implements Serializable {

    private static final long serialVersionUID = 1L;

    private Locale locale = Locale.KOREAN;

    public Locale getLocale() {
        return locale;
    }

    public boolean isKorean() {
        return Locale.KOREAN.getLanguage().equals(locale.getLanguage());
    }

    public String switchLanguage() {
        locale = isKorean() ? Locale.ENGLISH : Locale.KOREAN;
        FacesContext.getCurrentInstance().getViewRoot().setLocale(locale);
        String view = FacesContext.getCurrentInstance().getViewRoot().getViewId();
        return view + "?faces-redirect=true&includeViewParams=true";
    }
}
