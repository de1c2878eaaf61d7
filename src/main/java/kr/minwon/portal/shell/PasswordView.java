package kr.minwon.portal.shell;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import kr.minwon.portal.security.boundary.Accounts;
import kr.minwon.portal.security.boundary.PasswordRejected;

/** A person changes his own password (and must, after an admin issued or reset it). */
@Named
@RequestScoped
public class PasswordView {

    @Inject
    Accounts accounts;

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
            accounts.changeOwnPassword(current.toCharArray(), next.toCharArray());
        } catch (PasswordRejected e) {
            Messages.plainError(e.getMessage());
            return null;
        }
        Messages.info("shell.password.changed");
        return "/index?faces-redirect=true";
    }

    public boolean isFirst() { return first; }
    public void setFirst(boolean first) { this.first = first; }
    public String getCurrent() { return current; }
    public void setCurrent(String current) { this.current = current; }
    public String getNext() { return next; }
    public void setNext(String next) { this.next = next; }
    public String getConfirm() { return confirm; }
    public void setConfirm(String confirm) { this.confirm = confirm; }
}
