package kr.minwon.portal.security.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Optional;
import kr.minwon.portal.security.entity.Account;
import kr.minwon.portal.staff.entity.Employee;
import kr.minwon.portal.staff.entity.Role;

/** Who is looking at the page: name, roles and unit, for menus and home cards. Facades check roles again. */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    SecurityContext security;

    @Inject
    Accounts accounts;

    private Optional<Account> account;

    public boolean isSignedIn() {
        return security.getCallerPrincipal() != null;
    }

    public String getUsername() {
        Principal p = security.getCallerPrincipal();
        return p == null ? null : p.getName();
    }

    public Optional<Employee> employee() {
        if (account == null) {
            account = isSignedIn() ? accounts.byUsername(getUsername()) : Optional.empty();
        }
        return account.map(Account::getEmployee);
    }

    public String getDisplayName() {
        return employee().map(Employee::getName).orElse(getUsername());
    }

    public String getUnitName() {
        return employee()
                .map(e -> e.getUnit() == null ? "" : e.getUnit().getName())
                .orElse("");
    }

    public String getEmployeeNo() {
        return employee().map(Employee::getEmployeeNo).orElse(null);
    }

    public boolean is(String role) {
        return security.isCallerInRole(role);
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
