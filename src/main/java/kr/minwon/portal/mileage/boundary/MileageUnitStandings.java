package kr.minwon.portal.mileage.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import kr.minwon.portal.mileage.control.Ranked;
import kr.minwon.portal.mileage.control.UnitScore;
import kr.minwon.portal.staff.entity.Role;

/** The rankings of teams and departments in a period, summed over the people rows {@link MileageStandings} reads. */
@Stateless
public class MileageUnitStandings {

    @PersistenceContext
    EntityManager em;

    @Inject
    MileageStandings standings;

    /** Teams or departments ranked by their total, or by points per scored petition so sizes compare fairly. */
    @RolesAllowed({
        Role.EMPLOYEE_NAME,
        Role.MANAGER_NAME,
        Role.REVIEWER_NAME,
        Role.AUDITOR_NAME,
        Role.ADMIN_NAME,
        MileageStandings.API_READ
    })
    public List<UnitStanding> units(String periodKey, MileageStandings.Level level, boolean perPetition) {
        String key = standings.checkedKey(periodKey);
        String column = level == MileageStandings.Level.DEPARTMENT ? "x.dept_id" : "x.unit_id";
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT un.code, un.name, g.total, g.people, g.scored FROM ("
                        + "SELECT " + column
                        + " AS uid, SUM(x.total) AS total, COUNT(*) AS people, SUM(x.scored) AS scored"
                        + " FROM (" + MileageStandings.source(standings.isClosed(key)) + ") x WHERE " + column
                        + " IS NOT NULL GROUP BY " + column + ") g"
                        + " JOIN unit un ON un.id = g.uid WHERE un.kind = ?")
                .setParameter(1, key)
                .setParameter(2, level == MileageStandings.Level.DEPARTMENT ? "DEPARTMENT" : "TEAM")
                .getResultList();
        List<UnitScore> scores = rows.stream()
                .map(r -> new UnitScore(
                        (String) r[0],
                        (String) r[1],
                        MileageStandings.decimal(r[2]),
                        ((Number) r[3]).intValue(),
                        ((Number) r[4]).intValue()))
                .toList();
        return Ranked.rank(
                        scores,
                        u -> perPetition
                                ? u.perPetition().doubleValue()
                                : u.points().doubleValue())
                .stream()
                .map(r -> new UnitStanding(
                        r.rank(),
                        r.item().code(),
                        r.item().name(),
                        r.item().points(),
                        r.item().people(),
                        r.item().petitions(),
                        r.item().perPetition()))
                .toList();
    }
}
