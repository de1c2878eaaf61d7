package kr.minwon.portal.security.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.security.Principal;
import java.util.Optional;
import java.util.Set;
import kr.minwon.portal.security.entity.Account;
import kr.minwon.portal.staff.entity.Employee;
import kr.minwon.portal.staff.entity.Role;

/**
 * Who is looking at the page: name, roles and unit, for menus and home cards. Facades check roles again.
 *
 * <p>The shell asks for these on every page (issue 16): a signed-in session's roles are the ones it signed in with
 * (SessionGuard ends the session when they change), and its name, unit and employee number are kept in the session
 * for {@link #CARD_TTL_NANOS} (one account query a minute instead of one a page). Nothing is kept for API callers.
 */
@Named
@RequestScoped
public class CurrentUser {

    static final long CARD_TTL_NANOS = 60_000_000_000L;
    static final String CARD = CurrentUser.class.getName() + ".card";

    /** What the shell shows of a person, immutable (shared by the session's requests). */
    record Card(String username, String displayName, String unitName, String employeeNo, long readAt)
            implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    @Inject
    SecurityContext security;

    /**
     * Looked up only when the card is read (once a minute per session): an injected session bean costs a proxy and a
     * naming lookup each time this request-scoped bean is made, i.e. on every page (issue 16).
     */
    @Inject
    Instance<Accounts> accounts;

    @Inject
    HttpServletRequest request;

    private Optional<Account> account;
    private Card card;

    /**
     * The caller's name and the session's roles, once read in this request: the shell asks for them dozens of times a
     * page, and each answer went through the security context's lookups (a twentieth of a page's CPU, issue 16). Only
     * what was found is kept, so a request that signs in sees its caller from then on.
     */
    private String username;

    private Set<String> roles;

    public boolean isSignedIn() {
        return getUsername() != null;
    }

    public String getUsername() {
        if (username == null) {
            Principal p = security.getCallerPrincipal();
            username = p == null ? null : p.getName();
        }
        return username;
    }

    public Optional<Employee> employee() {
        if (account == null) {
            account = isSignedIn() ? accounts.get().byUsername(getUsername()) : Optional.empty();
        }
        return account.map(Account::getEmployee);
    }

    public String getDisplayName() {
        return card().displayName();
    }

    public String getUnitName() {
        return card().unitName();
    }

    public String getEmployeeNo() {
        return card().employeeNo();
    }

    /** True when the caller is a person on the staff list (not an API key, not an admin account without one). */
    public boolean hasEmployeeRecord() {
        return card().employeeNo() != null;
    }

    public boolean is(String role) {
        if (roles == null) {
            roles = sessionRoles();
        }
        return roles != null ? roles.contains(role) : security.isCallerInRole(role);
    }

    private Card card() {
        if (card != null) {
            return card;
        }
        String username = getUsername();
        HttpSession session = staffSession(username);
        long now = System.nanoTime();
        if (session != null
                && attribute(session, CARD) instanceof Card kept
                && kept.username().equals(username)
                && now - kept.readAt() < CARD_TTL_NANOS) {
            card = kept;
            return card;
        }
        Optional<Employee> e = employee();
        card = new Card(
                username,
                e.map(Employee::getName).orElse(username),
                e.map(x -> x.getUnit() == null ? "" : x.getUnit().getName()).orElse(""),
                e.map(Employee::getEmployeeNo).orElse(null),
                now);
        if (session != null) {
            try {
                session.setAttribute(CARD, card);
            } catch (IllegalStateException invalidated) {
                // signed out meanwhile: nothing to keep
            }
        }
        return card;
    }

    /** The roles the session signed in with, or null for API callers and requests without a signed-in session. */
    private Set<String> sessionRoles() {
        HttpSession session = staffSession(getUsername());
        if (session == null) {
            return null;
        }
        try {
            return SignedInSession.roles(session);
        } catch (IllegalStateException invalidated) {
            return null;
        }
    }

    private HttpSession staffSession(String username) {
        if (username == null || username.startsWith("api:")) {
            return null;
        }
        try {
            return request.getSession(false);
        } catch (RuntimeException noRequest) {
            // outside a servlet request (a timer, an event observer): no session to use
            return null;
        }
    }

    private static Object attribute(HttpSession session, String name) {
        try {
            return session.getAttribute(name);
        } catch (IllegalStateException invalidated) {
            return null;
        }
    }

    public boolean isEmployee() {
        return is(Role.EMPLOYEE_NAME);
    }

    public boolean isManager() {
        return is(Role.MANAGER_NAME);
    }

    public boolean isReviewer() {
        return is(Role.REVIEWER_NAME);
    }

    public boolean isAuditor() {
        return is(Role.AUDITOR_NAME);
    }

    public boolean isAdmin() {
        return is(Role.ADMIN_NAME);
    }
}
