package kr.minwon.portal.platform.faces;

import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.util.Iterator;

/**
 * Sends a post on an expired view to the "expired" page by redirect. A forward would render that page as part of the
 * stale post, which PrimeFaces' CSP check refuses for want of a nonce, and the person would see a 500 page instead.
 * Works for ajax posts too (the Faces client follows a partial-response redirect).
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
                while (t instanceof FacesException && t.getCause() != null && !(t instanceof ViewExpiredException)) {
                    t = t.getCause();
                }
                if (t instanceof ViewExpiredException) {
                    events.remove();
                    FacesContext faces = FacesContext.getCurrentInstance();
                    ExternalContext ec = faces.getExternalContext();
                    try {
                        ec.redirect(ec.getRequestContextPath() + "/errors/expired.xhtml");
                    } catch (IOException e) {
                        throw new FacesException(e);
                    }
                    faces.responseComplete();
                }
            }
            getWrapped().handle();
        }
    }
}
