package kr.minwon.portal.security.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import java.io.IOException;
import java.util.Optional;
import kr.minwon.portal.platform.DatabaseOutage;
import kr.minwon.portal.platform.DatabaseOutagePages;
import kr.minwon.portal.platform.faces.LocaleSelection;
import kr.minwon.portal.platform.faces.Messages;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The login page: signs a person in and sends him where he was going (or home). */
@Named
@RequestScoped
public class LoginView {

    @Inject
    SecurityContext security;

    @Inject
    Accounts accounts;

    @Inject
    FacesContext faces;

    @Inject
    SessionStates sessionStates;

    @Inject
    @ConfigProperty(name = "portal.session.idle.minutes", defaultValue = "30")
    int idleMinutes;

    @NotBlank
    private String username;

    @NotBlank
    private String password;

    private String next;

    public void redirectIfSignedIn() throws IOException {
        if (security.getCallerPrincipal() != null) {
            faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath() + "/index.xhtml");
        }
    }

    public void signIn() throws IOException, ServletException {
        ExternalContext ec = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) ec.getRequest();
        AuthenticationStatus status = security.authenticate(
                request,
                (HttpServletResponse) ec.getResponse(),
                AuthenticationParameters.withParams()
                        .credential(new UsernamePasswordCredential(username.trim(), new Password(password)))
                        .newAuthentication(true));
        switch (status) {
            case SUCCESS -> {
                // A new session id after sign-in, so a planted id is worth nothing (the login page itself opens no
                // session: without one, the session made below is new anyway).
                if (request.getSession(false) != null) {
                    request.changeSessionId();
                }
                String name = security.getCallerPrincipal().getName();
                Optional<Accounts.SessionState> state = accounts.sessionState(name);
                if (state.isEmpty()) {
                    // Gone between the check and now: treat as a failed sign-in.
                    request.logout();
                    ec.invalidateSession();
                    failed();
                    return;
                }
                // The sign-in stamp every later request is compared with (SessionGuard).
                SignedInSession.start(
                        request.getSession(),
                        System.currentTimeMillis(),
                        state.get().epoch(),
                        state.get().roles(),
                        idleMinutes);
                sessionStates.forget(name);
                // The language stored on his record, from the first page on (LocaleSelection switches and stores it).
                LocaleSelection.use(ec, state.get().locale());
                boolean mustChange = state.get().mustChangePassword();
                ec.redirect(
                        ec.getRequestContextPath() + (mustChange ? "/account/password.xhtml?first=true" : safeNext()));
            }
            case SEND_CONTINUE -> faces.responseComplete();
            default -> {
                if (request.getAttribute(DatabaseOutage.REQUEST_ATTRIBUTE) != null) {
                    // The database could not be asked: the 503 page, not "wrong name or password" (an ajax post is
                    // sent there by a partial response).
                    DatabaseOutagePages.unavailable(request, (HttpServletResponse) ec.getResponse());
                    faces.responseComplete();
                } else {
                    failed();
                }
            }
        }
    }

    /** One message for every refusal: it never tells whether the name exists, is locked or inactive. */
    private void failed() {
        faces.addMessage(
                null, new FacesMessage(FacesMessage.SEVERITY_ERROR, Messages.text(faces, "shell.login.failed"), null));
        password = null;
    }

    /** Only paths inside the portal: an absolute or protocol-relative URL would be an open redirect. */
    private String safeNext() {
        if (next != null
                && next.startsWith("/")
                && !next.startsWith("//")
                && !next.contains("\\")
                && !next.startsWith("/login.xhtml")) {
            return next;
        }
        return "/index.xhtml";
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }
}
