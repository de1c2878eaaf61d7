package kr.minwon.portal.security.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import kr.minwon.portal.platform.faces.Messages;

/** A person changes his own password (and must, after an admin issued or reset it). */
@Named
@RequestScoped
public class PasswordView {

    @Inject
    Accounts accounts;

    @Inject
    SessionStates sessionStates;

    private boolean first;
    private String current;
    private String next;
    private String confirm;

    public String change() {
        if (!next.equals(confirm)) {
            Messages.fieldError("passwordForm:confirm", "shell.password.mismatch");
            return null;
        }
        try {
            int epoch = accounts.changeOwnPassword(current.toCharArray(), next.toCharArray());
            // This session goes on; every other session of the person ends at its next request (SessionGuard).
            HttpServletRequest request = (HttpServletRequest)
                    FacesContext.getCurrentInstance().getExternalContext().getRequest();
            SignedInSession.renew(request.getSession(), epoch);
            sessionStates.forget(request.getRemoteUser());
        } catch (PasswordRejected e) {
            Messages.plainError(e.getMessage());
            return null;
        }
        Messages.info("shell.password.changed");
        return "/index?faces-redirect=true";
    }

    public boolean isFirst() {
        return first;
    }

    public void setFirst(boolean first) {
        this.first = first;
    }

    public String getCurrent() {
        return current;
    }

    public void setCurrent(String current) {
        this.current = current;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }

    public String getConfirm() {
        return confirm;
    }

    public void setConfirm(String confirm) {
        this.confirm = confirm;
    }
}
