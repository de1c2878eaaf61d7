/**
 * Floor 6, above platform only: every feature asks it for employees and units (Staff.byNumber, Units.byCode)
 * rather than querying its tables.
 *
 * Who works where: office > department > team, employees with several roles, and their CSV import.
 * A team has a leader and a department a head ({@code Unit.head}); notices and managers' views resolve through them.
 * Imports are all-or-nothing and idempotent by code and employee number.
 */
package kr.minwon.portal.staff;
