package kr.minwon.portal.staff.control;

import java.util.Objects;
import java.util.Set;
import kr.minwon.portal.staff.entity.Role;

/** One checked row of a staff file. Optional columns the file left out already hold the known values. */
public record StaffRow(
        int row,
        String employeeNo,
        String name,
        String rank,
        String unitCode,
        String email,
        String mobile,
        Set<Role> roles,
        boolean active) {

    public StaffRow {
        roles = Set.copyOf(roles);
    }

    /** Compares field by field (roles as a set, so their order in the cell does not matter). */
    public RowChange changeFrom(KnownEmployee known) {
        if (known == null) {
            return RowChange.CREATED;
        }
        boolean same = name.equals(known.name())
                && Objects.equals(rank, known.rank())
                && Objects.equals(unitCode, known.unitCode())
                && Objects.equals(email, known.email())
                && Objects.equals(mobile, known.mobile())
                && roles.equals(known.roles())
                && active == known.active();
        return same ? RowChange.UNCHANGED : RowChange.UPDATED;
    }
}
