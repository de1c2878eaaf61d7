package kr.minwon.portal.mileage.control;

import java.math.BigDecimal;
import java.util.List;

/**
 * One person's competition ranks (ties share a place: 1 + the number of people with more points) in office,
 * department and team, from the period's per-person totals. The totals are one short row per person, read by one
 * query that does not depend on who asks, so the database can answer it from its cache for everybody until the ledger
 * changes.
 */
public record PeriodRanks(
        int office, int officeSize, Integer department, int departmentSize, Integer team, int teamSize) {

    /** A person's period total and the units he counts in (-1 = none). */
    public record Line(BigDecimal total, long unitId, long departmentId) {}

    /**
     * @param points  the person's own total (zero when he has no line)
     * @param present whether the person has a line among {@code lines}; if not, he is counted in the sizes anyway
     */
    public static PeriodRanks of(BigDecimal points, long unitId, long departmentId, boolean present, List<Line> lines) {
        int office = 0, dept = 0, team = 0, officeSize = 0, deptSize = 0, teamSize = 0;
        for (Line l : lines) {
            boolean above = l.total().compareTo(points) > 0;
            boolean inTeam = unitId >= 0 && l.unitId() == unitId;
            boolean inDept = departmentId >= 0 && l.departmentId() == departmentId;
            officeSize++;
            office += above ? 1 : 0;
            if (inTeam) {
                teamSize++;
                team += above ? 1 : 0;
            }
            if (inDept) {
                deptSize++;
                dept += above ? 1 : 0;
            }
        }
        int absent = present ? 0 : 1;
        return new PeriodRanks(
                office + 1,
                officeSize + absent,
                departmentId < 0 ? null : dept + 1,
                deptSize + absent,
                unitId < 0 ? null : team + 1,
                teamSize + absent);
    }
}
