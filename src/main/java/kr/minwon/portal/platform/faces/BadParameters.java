package kr.minwon.portal.platform.faces;

import jakarta.faces.FacesException;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Map;

/**
 * A page opened with a parameter it cannot read (issue 17): a record id that is no number, a date that is no date,
 * a value longer than its f:viewParam allows, or any control character (NUL, …) in a parameter. The page answers
 * 404 with the portal's own error page, as for an unknown record, instead of rendering half a page or failing
 * with 500 further down. Only first requests (GET) are judged: a form post shows its own field messages.
 */
public class BadParameters implements PhaseListener {

    private static final long serialVersionUID = 1L;

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.ANY_PHASE;
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext faces = event.getFacesContext();
        if (faces.getResponseComplete() || faces.isPostback() || isErrorDispatch(faces)) {
            return;
        }
        PhaseId phase = event.getPhaseId();
        if (phase == PhaseId.RESTORE_VIEW
                        && hasControlCharacter(faces.getExternalContext().getRequestParameterValuesMap())
                || phase == PhaseId.PROCESS_VALIDATIONS && faces.isValidationFailed()) {
            notFound(faces);
        }
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        // judged after restore view and after the view parameters were converted and validated
    }

    /** The container's forward to an error page keeps the original query: never judge it again. */
    private static boolean isErrorDispatch(FacesContext faces) {
        Object request = faces.getExternalContext().getRequest();
        return request instanceof HttpServletRequest http && http.getDispatcherType() == DispatcherType.ERROR;
    }

    static boolean hasControlCharacter(Map<String, String[]> parameters) {
        for (Map.Entry<String, String[]> e : parameters.entrySet()) {
            if (hasControlCharacter(e.getKey())) {
                return true;
            }
            for (String value : e.getValue()) {
                if (hasControlCharacter(value)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean hasControlCharacter(String s) {
        return s != null && s.chars().anyMatch(Character::isISOControl);
    }

    private static void notFound(FacesContext faces) {
        ExternalContext ec = faces.getExternalContext();
        try {
            ec.responseSendError(404, null);
        } catch (IOException e) {
            throw new FacesException(e);
        }
        faces.responseComplete();
    }
}
