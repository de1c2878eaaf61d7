package kr.minwon.portal.testing;

import java.util.EnumSet;
import java.util.Set;
import kr.minwon.portal.staff.entity.Role;

/** The demo office's accounts (DemoStaff.PEOPLE) with the roles each holds, as the tests expect them. */
public enum DemoUser {
    EMPLOYEE("demo.employee", EnumSet.of(Role.EMPLOYEE)),
    MANAGER("demo.manager", EnumSet.of(Role.EMPLOYEE, Role.MANAGER)),
    HEAD("demo.head", EnumSet.of(Role.EMPLOYEE, Role.MANAGER)),
    REVIEWER("demo.reviewer", EnumSet.of(Role.EMPLOYEE, Role.REVIEWER)),
    AUDITOR("demo.auditor", EnumSet.of(Role.EMPLOYEE, Role.AUDITOR)),
    ADMIN("demo.admin", EnumSet.of(Role.ADMIN));

    private final String username;
    private final Set<Role> roles;

    DemoUser(String username, Set<Role> roles) {
        this.username = username;
        this.roles = roles;
    }

    public String username() {
        return username;
    }

    public Set<Role> roles() {
        return roles;
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** Short name for file names and test names, e.g. "employee". */
    public String slug() {
        return name().toLowerCase();
    }
}
