package kr.minwon.portal.staff.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import kr.minwon.portal.staff.entity.Role;
import kr.minwon.portal.staff.entity.UnitKind;
import org.junit.jupiter.api.Test;

class RowChangeTest {

    private static final KnownEmployee STORED = new KnownEmployee(
            "100001",
            "홍길동",
            "주무관",
            "T-CIVIL-1",
            "hong@example.go.kr",
            "010-1234-5678",
            Set.of(Role.EMPLOYEE, Role.MANAGER),
            true);

    @Test
    void aNewEmployeeNumberIsCreated() {
        assertThat(row("hong@example.go.kr", Set.of(Role.EMPLOYEE), true).changeFrom(null))
                .isEqualTo(RowChange.CREATED);
    }

    @Test
    void theSameValuesInAnyRoleOrderAreUnchanged() {
        assertThat(row("hong@example.go.kr", Set.of(Role.MANAGER, Role.EMPLOYEE), true)
                        .changeFrom(STORED))
                .isEqualTo(RowChange.UNCHANGED);
    }

    @Test
    void anyChangedFieldIsAnUpdate() {
        assertThat(row("new@example.go.kr", Set.of(Role.EMPLOYEE, Role.MANAGER), true)
                        .changeFrom(STORED))
                .isEqualTo(RowChange.UPDATED);
        assertThat(row("hong@example.go.kr", Set.of(Role.EMPLOYEE), true).changeFrom(STORED))
                .isEqualTo(RowChange.UPDATED);
        assertThat(row("hong@example.go.kr", Set.of(Role.EMPLOYEE, Role.MANAGER), false)
                        .changeFrom(STORED))
                .isEqualTo(RowChange.UPDATED);
    }

    @Test
    void aUnitWithAnotherHeadOrParentIsAnUpdate() {
        KnownUnit stored = new KnownUnit("T-1", "민원1팀", UnitKind.TEAM, "D-CIVIL", "900002");

        assertThat(new DepartmentRow(2, "T-1", "민원1팀", UnitKind.TEAM, "D-CIVIL", "900002").changeFrom(stored))
                .isEqualTo(RowChange.UNCHANGED);
        assertThat(new DepartmentRow(2, "T-1", "민원1팀", UnitKind.TEAM, "D-CIVIL", null).changeFrom(stored))
                .isEqualTo(RowChange.UPDATED);
        assertThat(new DepartmentRow(2, "T-1", "민원1팀", UnitKind.TEAM, "D-PLAN", "900002").changeFrom(stored))
                .isEqualTo(RowChange.UPDATED);
    }

    private static StaffRow row(String email, Set<Role> roles, boolean active) {
        return new StaffRow(2, "100001", "홍길동", "주무관", "T-CIVIL-1", email, "010-1234-5678", roles, active);
    }
}
