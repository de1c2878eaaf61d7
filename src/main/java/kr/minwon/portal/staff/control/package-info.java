/**
 * The departments and staff CSV files, checked as plain Java before anything touches the database: every row first,
 * references resolved against the whole file plus what is stored, each problem naming row, column, value and reason.
 * Rows compare field by field with what is stored ({@link kr.minwon.portal.staff.control.RowChange}), which is what
 * makes re-importing a file a no-op.
 */
package kr.minwon.portal.staff.control;
