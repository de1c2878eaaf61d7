package kr.minwon.portal.platform.faces;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Texts from the UI bundle in the viewer's language, and the page messages built from them. */
public final class Messages {

    private static final String BUNDLE = "kr.minwon.portal.i18n.messages";

    private Messages() {}

    public static String text(FacesContext faces, String key, Object... args) {
        try {
            String pattern = ResourceBundle.getBundle(
                            BUNDLE, faces.getViewRoot().getLocale())
                    .getString(key);
            return args.length == 0 ? pattern : MessageFormat.format(pattern, args);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    public static void info(String key, Object... args) {
        add(FacesMessage.SEVERITY_INFO, null, key, args);
    }

    public static void error(String key, Object... args) {
        add(FacesMessage.SEVERITY_ERROR, null, key, args);
    }

    /** A message shown next to one field (its client id). */
    public static void fieldError(String clientId, String key, Object... args) {
        add(FacesMessage.SEVERITY_ERROR, clientId, key, args);
    }

    /** A message whose text is already written (a business rule's own words). */
    public static void plainError(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    private static void add(FacesMessage.Severity severity, String clientId, String key, Object... args) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(clientId, new FacesMessage(severity, text(faces, key, args), null));
        faces.getExternalContext().getFlash().setKeepMessages(true);
    }

    /** Shows a refusal next to the field it names, or at the top when it names none the page has. */
    public static void refuse(String form, String field, String text) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String clientId = field == null ? null : form + ":" + field;
        if (clientId != null && faces.getViewRoot().findComponent(clientId) == null) {
            clientId = null;
        }
        faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
        faces.validationFailed();
    }
}
