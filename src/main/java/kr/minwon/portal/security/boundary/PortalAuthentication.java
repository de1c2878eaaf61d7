package kr.minwon.portal.security.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.auth.message.callback.CallerPrincipalCallback;
import jakarta.security.auth.message.callback.GroupPrincipalCallback;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Optional;
import java.util.Set;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.UnsupportedCallbackException;
import kr.minwon.portal.platform.DatabaseOutage;
import kr.minwon.portal.platform.DatabaseOutagePages;
import kr.minwon.portal.platform.Migrations;
import kr.minwon.portal.platform.SchemaNotReady;
import kr.minwon.portal.platform.rest.Problem;
import kr.minwon.portal.platform.text.Texts;
import kr.minwon.portal.security.entity.ApiScope;

/**
 * The portal's one authentication mechanism (Jakarta Security 3 allows one): API calls with
 * {@code Authorization: Bearer <key>} are authenticated per request with no session; staff sign in through the
 * login page and keep a session. Unauthenticated page requests go to the login page, API requests get a 401
 * problem document.
 */
@ApplicationScoped
public class PortalAuthentication implements HttpAuthenticationMechanism {

    public static final String LOGIN_PAGE = "/login.xhtml";

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    ApiKeys apiKeys;

    @Inject
    Migrations migrations;

    /** As {@link #authenticate}, but a database that cannot be reached answers 503 (problem JSON or the 503 page). */
    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        try {
            return authenticate(request, response, context);
        } catch (RuntimeException e) {
            if (!DatabaseOutage.isCause(e) || response.isCommitted()) {
                throw e;
            }
            DatabaseOutage.noticed("sign-in and API key checks", e);
            if (context.getAuthParameters().getCredential() != null) {
                // The sign-in form's check runs inside the page's request: the page answers 503 (LoginView), not
                // "wrong name or password".
                request.setAttribute(DatabaseOutage.REQUEST_ATTRIBUTE, Boolean.TRUE);
                return AuthenticationStatus.SEND_FAILURE;
            }
            try {
                SecurityHeaders.apply(request, response);
                response.setHeader("Retry-After", Integer.toString(DatabaseOutage.RETRY_AFTER_SECONDS));
                if (isApi(request)) {
                    response.setStatus(503);
                    response.setContentType(Problem.MEDIA_TYPE);
                    response.setCharacterEncoding("UTF-8");
                    response.getWriter()
                            .write(new Problem(503, "Service Unavailable", Texts.t("api.problem.databaseUnavailable"))
                                    .toJson()
                                    .toString());
                    response.flushBuffer();
                } else {
                    DatabaseOutagePages.unavailable(request, response);
                }
            } catch (IOException io) {
                throw new IllegalStateException(io);
            }
            return AuthenticationStatus.SEND_FAILURE;
        }
    }

    private AuthenticationStatus authenticate(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        if (!migrations.isMigrated()
                && Migrations.needsSchema(request.getRequestURI()
                        .substring(request.getContextPath().length()))) {
            // Started while the database was away: pages and the API answer 503 until the schema is current.
            throw new SchemaNotReady();
        }
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            Optional<ApiKeys.ApiCaller> caller =
                    apiKeys.authenticate(authorization.substring(7).trim());
            if (caller.isPresent()) {
                // A scraper's key (METRICS only) opens /metrics and nothing else.
                if (caller.get().roles().equals(Set.of(ApiScope.METRICS.roleName()))
                        && !request.getRequestURI().startsWith(request.getContextPath() + "/metrics")) {
                    return unauthorized(request, response, Texts.t("security.msg.PortalAuthentication.3"));
                }
                return context.notifyContainerAboutLogin(
                        caller.get().principalName(), caller.get().roles());
            }
            return unauthorized(request, response, Texts.t("security.msg.PortalAuthentication.2"));
        }

        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            CredentialValidationResult result = identityStores.validate(credential);
            if (result.getStatus() != CredentialValidationResult.Status.VALID) {
                return AuthenticationStatus.SEND_FAILURE;
            }
            context.setRegisterSession(result.getCallerPrincipal().getName(), result.getCallerGroups());
            return context.notifyContainerAboutLogin(result);
        }

        // A signed-in session: hand its caller back to the container (what @AutoApplySession would do, but without
        // creating sessions for API calls).
        Principal sessionCaller = request.getUserPrincipal();
        if (sessionCaller != null && isApi(request) && !isRead(request)) {
            // Writes under /api take API keys only (issue 13): a session cookie could be sent by any page of another
            // intranet site (CSRF), and the people scored must not set their own facts through the API.
            return refused(request, response, Texts.t("security.msg.writesNeedKey"));
        }
        if (sessionCaller != null) {
            // The groups the session signed in with, given again: with the principal alone Payara takes them from its
            // own per-thread security context, which under load sometimes has none (payara/Payara#6145), and an EJB
            // call then failed with "Client not authorized" (issue 16). SessionGuard ends a session whose roles
            // changed.
            HttpSession session = request.getSession(false);
            Set<String> roles = session == null ? null : SignedInSession.roles(session);
            CallerPrincipalCallback caller = new CallerPrincipalCallback(context.getClientSubject(), sessionCaller);
            try {
                context.getHandler()
                        .handle(
                                roles == null
                                        ? new Callback[] {caller}
                                        : new Callback[] {
                                            caller,
                                            new GroupPrincipalCallback(
                                                    context.getClientSubject(), roles.toArray(String[]::new))
                                        });
            } catch (IOException | UnsupportedCallbackException e) {
                throw new IllegalStateException(e);
            }
            return AuthenticationStatus.SUCCESS;
        }

        if (!context.isProtected()) {
            return context.doNothing();
        }
        if (isApi(request)) {
            return unauthorized(request, response, Texts.t("security.msg.PortalAuthentication.1"));
        }
        return toLoginPage(request, response);
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        context.cleanClientSubject();
    }

    private static boolean isRead(HttpServletRequest request) {
        String m = request.getMethod();
        return "GET".equals(m) || "HEAD".equals(m) || "OPTIONS".equals(m);
    }

    private static AuthenticationStatus refused(
            HttpServletRequest request, HttpServletResponse response, String detail) {
        try {
            SecurityHeaders.apply(request, response);
            response.setHeader("Cache-Control", "no-store");
            response.setStatus(403);
            response.setContentType(Problem.MEDIA_TYPE);
            response.setCharacterEncoding("UTF-8");
            response.getWriter()
                    .write(new Problem(403, "Forbidden", detail).toJson().toString());
            response.flushBuffer();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    private static AuthenticationStatus toLoginPage(HttpServletRequest request, HttpServletResponse response) {
        String target =
                request.getRequestURI().substring(request.getContextPath().length());
        if (request.getQueryString() != null) {
            target += "?" + request.getQueryString();
        }
        String login = request.getContextPath() + LOGIN_PAGE;
        if ("GET".equals(request.getMethod()) && !target.equals("/") && !target.isEmpty()) {
            login += "?next=" + URLEncoder.encode(target, StandardCharsets.UTF_8);
        }
        try {
            if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
                // An expired session during an ajax call: tell the Faces client to navigate.
                response.setContentType("text/xml");
                response.setCharacterEncoding("UTF-8");
                response.getWriter()
                        .write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                                + login.replace("&", "&amp;") + "\"/></partial-response>");
            } else {
                response.sendRedirect(login);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }

    private static AuthenticationStatus unauthorized(
            HttpServletRequest request, HttpServletResponse response, String detail) {
        try {
            SecurityHeaders.apply(request, response);
            response.setHeader("Cache-Control", "no-store");
            response.setStatus(401);
            response.setHeader("WWW-Authenticate", "Bearer realm=\"minwon\"");
            response.setContentType(Problem.MEDIA_TYPE);
            response.setCharacterEncoding("UTF-8");
            response.getWriter()
                    .write(new Problem(401, "Unauthorized", detail).toJson().toString());
            response.flushBuffer();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }
}
