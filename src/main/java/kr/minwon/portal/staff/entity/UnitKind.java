package kr.minwon.portal.staff.entity;

/** The three levels of a district office: office (구청) > department (과) > team (팀). */
public enum UnitKind {
    OFFICE,
    DEPARTMENT,
    TEAM;

    /** Which kind may stand directly above this one; an office stands alone. */
    public boolean mayHaveParent(UnitKind parent) {
        return switch (this) {
            case OFFICE -> parent == null;
            case DEPARTMENT -> parent == OFFICE;
            case TEAM -> parent == DEPARTMENT;
        };
    }
}
