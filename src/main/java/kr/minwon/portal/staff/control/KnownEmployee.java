package kr.minwon.portal.staff.control;

import java.util.Set;
import kr.minwon.portal.staff.entity.Role;

/** An employee as the database holds it, in the terms of the staff CSV. */
public record KnownEmployee(
        String employeeNo,
        String name,
        String rank,
        String unitCode,
        String email,
        String mobile,
        Set<Role> roles,
        boolean active) {

    public KnownEmployee {
        roles = Set.copyOf(roles);
    }
}
