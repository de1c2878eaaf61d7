package kr.minwon.portal.security.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import kr.minwon.portal.platform.audit.AuditLog;

/** Signs out: ends the container login and the session, back to the login page. */
@Named
@RequestScoped
public class LogoutAction {

    @Inject
    FacesContext faces;

    @Inject
    AuditLog audit;

    public void logout() throws ServletException, IOException {
        ExternalContext ec = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) ec.getRequest();
        String who = request.getRemoteUser();
        audit.recordAs(who, "SIGN_OUT", who, null);
        request.logout();
        ec.invalidateSession();
        ec.redirect(ec.getRequestContextPath() + "/login.xhtml?signedOut=true");
    }
}
