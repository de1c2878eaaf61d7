package kr.minwon.portal.petition.boundary;

import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.persistence.OptimisticLockException;
import kr.minwon.portal.petition.control.PetitionRules;
import kr.minwon.portal.platform.faces.Messages;

/** Turns the write path's refusals into messages next to the fields they name, or above the form. */
final class PetitionFeedback {

    private PetitionFeedback() {}

    /**
     * Shows each violation next to the input {@code form:prefix+Field} (a field "reason" of the stop form is
     * {@code actionForm:stopReason}), or above the form when no such input is on the page.
     */
    static void show(String form, String prefix, PetitionRejected rejected) {
        FacesContext faces = FacesContext.getCurrentInstance();
        for (PetitionRules.Violation v : rejected.violations()) {
            String id = prefix.isEmpty()
                    ? v.field()
                    : prefix
                            + Character.toUpperCase(v.field().charAt(0))
                            + v.field().substring(1);
            UIComponent input = faces.getViewRoot().findComponent(form + ":" + id);
            String clientId = input != null && input.isRendered() ? input.getClientId(faces) : null;
            faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, v.reason(), null));
        }
        faces.validationFailed();
    }

    /** Whether a failure of the write path was someone else's change winning (optimistic lock). */
    static boolean isConflict(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            // EclipseLink's own exception of the same name arrives wrapped in the jakarta one, or named so.
            if (t instanceof OptimisticLockException
                    || t.getClass().getSimpleName().equals("OptimisticLockException")) {
                return true;
            }
            if (t instanceof EJBException ejb
                    && ejb.getCausedByException() != null
                    && ejb.getCausedByException() != t.getCause()) {
                if (isConflict(ejb.getCausedByException())) {
                    return true;
                }
            }
        }
        return false;
    }

    static void conflict() {
        Messages.error("petition.conflict");
        FacesContext.getCurrentInstance().validationFailed();
    }
}
