package kr.minwon.portal.platform.faces;

import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Iterator;
import kr.minwon.portal.platform.DatabaseOutage;
import kr.minwon.portal.platform.DatabaseOutagePages;
import kr.minwon.portal.platform.text.Texts;
import org.primefaces.csp.CspException;

/**
 * Sends a post on an expired view to the "expired" page by redirect. A forward would render that page as part of the
 * stale post, which PrimeFaces' CSP check refuses for want of a nonce, and the person would see a 500 page instead.
 * Works for ajax posts too (the Faces client follows a partial-response redirect). An ajax post that failed because
 * the database cannot be reached is sent to the 503 page the same way (issue 19). A post without the page's CSP nonce
 * answers 400.
 */
public class ExpiredViews extends ExceptionHandlerFactory {

    public ExpiredViews(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new Handler(getWrapped().getExceptionHandler());
    }

    private static final class Handler extends ExceptionHandlerWrapper {

        Handler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() {
            Iterator<ExceptionQueuedEvent> events =
                    getUnhandledExceptionQueuedEvents().iterator();
            while (events.hasNext()) {
                Throwable t = events.next().getContext().getException();
                while (t instanceof FacesException
                        && t.getCause() != null
                        && !(t instanceof ViewExpiredException)
                        && !(t instanceof CspException)) {
                    t = t.getCause();
                }
                FacesContext faces = FacesContext.getCurrentInstance();
                if (t instanceof ViewExpiredException) {
                    events.remove();
                    redirect(faces, "/errors/expired.xhtml");
                } else if (t instanceof CspException
                        && !faces.getExternalContext().isResponseCommitted()) {
                    // A post without the page's script nonce is no form the portal rendered (a forged or hand-made
                    // post; the stateless login page takes one without any view state to lose, issue 16): a bad
                    // request, not the 500 page (which PrimeFaces' check would refuse to render for the same reason).
                    events.remove();
                    badRequest(faces);
                } else if (faces.getPartialViewContext().isAjaxRequest()
                        && DatabaseOutage.isCause(t)
                        && !faces.getExternalContext().isResponseCommitted()) {
                    // Faces would answer an ajax post with an error element the person never sees; a non-ajax
                    // request's failure reaches DatabaseOutagePages, which answers 503 with the same page. Written
                    // here whole (not through the partial writer, which may be half-way through its changes).
                    events.remove();
                    DatabaseOutage.noticed("pages", t);
                    ExternalContext ec = faces.getExternalContext();
                    ec.responseReset();
                    try {
                        DatabaseOutagePages.unavailable(
                                (HttpServletRequest) ec.getRequest(), (HttpServletResponse) ec.getResponse());
                    } catch (IOException e) {
                        throw new FacesException(e);
                    }
                    faces.responseComplete();
                }
            }
            getWrapped().handle();
        }

        private static void badRequest(FacesContext faces) {
            ExternalContext ec = faces.getExternalContext();
            ec.responseReset();
            ec.setResponseStatus(HttpServletResponse.SC_BAD_REQUEST);
            ec.setResponseContentType("text/plain;charset=UTF-8");
            try {
                ec.getResponseOutputWriter().write(Texts.t("general.msg.badRequest") + "\n");
            } catch (IOException e) {
                throw new FacesException(e);
            }
            faces.responseComplete();
        }

        private static void redirect(FacesContext faces, String page) {
            ExternalContext ec = faces.getExternalContext();
            try {
                ec.redirect(ec.getRequestContextPath() + page);
            } catch (IOException e) {
                throw new FacesException(e);
            }
            faces.responseComplete();
        }
    }
}
