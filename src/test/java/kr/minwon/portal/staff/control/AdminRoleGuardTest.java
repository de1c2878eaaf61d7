package kr.minwon.portal.staff.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import kr.minwon.portal.staff.entity.Role;
import org.junit.jupiter.api.Test;

class AdminRoleGuardTest {

    private static final Map<String, KnownEmployee> KNOWN = Map.of(
            "ADMIN", new KnownEmployee("ADMIN", "관리자", null, null, null, null, Set.of(Role.ADMIN), true),
            "100", new KnownEmployee("100", "직원", null, "T-1", null, null, Set.of(Role.EMPLOYEE), true));

    private static StaffRow row(int n, String no, Set<Role> roles, boolean active) {
        return new StaffRow(n, no, "이름", null, "T-1", null, null, roles, active);
    }

    @Test
    void without_the_admin_right_granting_removing_or_deactivating_an_admin_are_problems() {
        List<StaffRow> rows = List.of(
                row(2, "100", Set.of(Role.EMPLOYEE, Role.ADMIN), true),
                row(3, "ADMIN", Set.of(Role.EMPLOYEE), true),
                row(4, "NEW", Set.of(Role.ADMIN), true));
        assertThat(AdminRoleGuard.problems(rows, KNOWN, false))
                .extracting(p -> p.rowNumber())
                .containsExactly(2, 3, 4);
        assertThat(AdminRoleGuard.problems(List.of(row(2, "ADMIN", Set.of(Role.ADMIN), false)), KNOWN, false))
                .singleElement()
                .satisfies(p -> assertThat(p.message()).contains("퇴직"));
    }

    @Test
    void other_changes_and_the_admin_right_pass() {
        List<StaffRow> rows = List.of(
                row(2, "100", Set.of(Role.EMPLOYEE, Role.MANAGER), false), row(3, "ADMIN", Set.of(Role.ADMIN), true));
        assertThat(AdminRoleGuard.problems(rows, KNOWN, false)).isEmpty();
        assertThat(AdminRoleGuard.problems(List.of(row(2, "100", Set.of(Role.ADMIN), true)), KNOWN, true))
                .isEmpty();
    }
}
