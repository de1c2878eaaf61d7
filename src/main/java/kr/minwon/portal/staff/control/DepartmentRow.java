package kr.minwon.portal.staff.control;

import java.util.Objects;
import kr.minwon.portal.staff.entity.UnitKind;

/** One checked row of a departments file. Optional columns the file left out already hold the known values. */
public record DepartmentRow(int row, String code, String name, UnitKind kind, String parentCode, String headNo) {

    /** Compares field by field, so re-importing the same file touches nothing (and bumps no version). */
    public RowChange changeFrom(KnownUnit known) {
        if (known == null) {
            return RowChange.CREATED;
        }
        boolean same = name.equals(known.name())
                && kind == known.kind()
                && Objects.equals(parentCode, known.parentCode())
                && Objects.equals(headNo, known.headNo());
        return same ? RowChange.UNCHANGED : RowChange.UPDATED;
    }
}
