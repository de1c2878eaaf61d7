package kr.minwon.portal.staff.control;

/** What an import does with one row: a new key is created, a known key with other values updated, else nothing. */
public enum RowChange {
    CREATED,
    UPDATED,
    UNCHANGED
}
