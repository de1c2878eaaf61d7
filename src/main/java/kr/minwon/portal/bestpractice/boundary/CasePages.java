package kr.minwon.portal.bestpractice.boundary;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import kr.minwon.portal.platform.faces.Messages;
import kr.minwon.portal.platform.rest.Problem;

/** What the case pages share: answering a missing case with 404, and putting a refusal's messages by their fields. */
final class CasePages {

    private CasePages() {}

    static void notFound() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            faces.getExternalContext().responseSendError(404, "");
            faces.responseComplete();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Each field error next to its field ({@code form:field}); anything without a known field at the top. */
    static void show(CaseRefused refused, String form, java.util.Set<String> fields) {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (refused.errors().size() > 1) {
            Messages.plainError(refused.getMessage());
        }
        for (Problem.FieldError e : refused.errors()) {
            String id = e.field() != null && fields.contains(e.field()) ? form + ":" + e.field() : null;
            faces.addMessage(
                    id,
                    new jakarta.faces.application.FacesMessage(
                            jakarta.faces.application.FacesMessage.SEVERITY_ERROR, e.reason(), null));
        }
    }

    static boolean accessDenied(EJBException e) {
        return e instanceof EJBAccessException || e.getCause() instanceof EJBAccessException;
    }
}
