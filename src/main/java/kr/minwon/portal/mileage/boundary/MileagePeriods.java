package kr.minwon.portal.mileage.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import kr.minwon.portal.mileage.control.AwardTiers;
import kr.minwon.portal.mileage.entity.MileagePeriod;
import kr.minwon.portal.mileage.entity.MileageStanding;
import kr.minwon.portal.platform.audit.AuditLog;
import kr.minwon.portal.platform.text.Texts;
import kr.minwon.portal.staff.entity.Employee;
import kr.minwon.portal.staff.entity.Role;

/**
 * Closing periods: the auditor freezes a finished period's standings and names its award tiers, once. Entries that
 * arrive later for dates in it count in the next open period instead, so the frozen result never moves.
 */
@Stateless
public class MileagePeriods {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    MileageLedger ledger;

    @Inject
    AuditLog audit;

    @Inject
    MileageMessages messages;

    @Inject
    jakarta.enterprise.event.Event<MileageLedgerChanged> changed;

    @RolesAllowed({Role.AUDITOR_NAME, Role.ADMIN_NAME})
    public MileagePeriod close(String key, List<AwardTiers.Tier> tiers) {
        return closeAsOf(key, tiers, LocalDate.now(clock));
    }

    /** Used by demo seeding, which runs before anybody signs in. */
    @PermitAll
    public MileagePeriod closeForDemo(String key) {
        return closeAsOf(key, AwardTiers.DEFAULT, LocalDate.now(clock));
    }

    private MileagePeriod closeAsOf(String key, List<AwardTiers.Tier> tiers, LocalDate today) {
        if (!ledger.periodKind().isKey(key)) {
            throw new MileageRefused("period", Texts.t("mileage.msg.badPeriod", key));
        }
        LocalDate end = ledger.periodKind().endOf(key);
        if (!end.isBefore(today)) {
            throw new MileageRefused("period", Texts.t("mileage.msg.periodOpen", key, String.valueOf(end)));
        }
        MileagePeriod period = ledger.period(key).orElseGet(() -> {
            MileagePeriod created = new MileagePeriod(key, ledger.periodKind().startOf(key), end);
            em.persist(created);
            em.flush();
            return created;
        });
        em.lock(period, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        if (period.isClosed()) {
            throw new MileageRefused("period", Texts.t("mileage.msg.periodClosed", key));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT m.employee_id, SUM(m.points) AS total,"
                        + " COUNT(DISTINCT m.petition_id) AS petitions FROM mileage_entry m WHERE m.period_key = ?"
                        + " GROUP BY m.employee_id ORDER BY total DESC, m.employee_id")
                .setParameter(1, key)
                .getResultList();
        double[] points =
                rows.stream().mapToDouble(r -> ((Number) r[1]).doubleValue()).toArray();
        int[] ranks = AwardTiers.ranks(points);
        List<String> named = AwardTiers.assign(points, tiers);
        for (int i = 0; i < rows.size(); i++) {
            Employee e = em.find(Employee.class, ((Number) rows.get(i)[0]).longValue());
            MileageStanding standing = new MileageStanding(
                    period,
                    e,
                    e.getUnit(),
                    e.getUnit() == null ? null : e.getUnit().department(),
                    BigDecimal.valueOf(points[i]).setScale(1, java.math.RoundingMode.HALF_UP),
                    ((Number) rows.get(i)[2]).intValue(),
                    ranks[i],
                    named.get(i));
            em.persist(standing);
            messages.tierWon(standing);
        }
        period.close(LocalDateTime.now(clock), audit.callerName());
        changed.fire(new MileageLedgerChanged("close " + key));
        audit.record(
                "MILEAGE_PERIOD_CLOSED",
                key,
                Texts.t(
                        "mileage.event.periodClosed",
                        rows.size(),
                        named.stream().filter(t -> t != null).count()));
        return period;
    }

    @PermitAll
    public List<MileagePeriod> periods() {
        return em.createQuery("SELECT p FROM MileagePeriod p ORDER BY p.key DESC", MileagePeriod.class)
                .getResultList();
    }

    /**
     * The frozen standings of a closed period, best first, a page at a time: every person's points, so for auditors,
     * admins and API readers only (everyone else sees the winners, as on the page).
     */
    @RolesAllowed({Role.AUDITOR_NAME, Role.ADMIN_NAME, "API_READ"})
    public List<MileageStanding> standings(String key, int first, int size) {
        return em.createQuery(
                        "SELECT s FROM MileageStanding s JOIN FETCH s.employee LEFT JOIN FETCH s.unit WHERE s.period.key = :k"
                                + " ORDER BY s.officeRank, s.id",
                        MileageStanding.class)
                .setParameter("k", key)
                .setFirstResult(first)
                .setMaxResults(size)
                .getResultList();
    }

    @RolesAllowed({Role.EMPLOYEE_NAME, Role.MANAGER_NAME, Role.AUDITOR_NAME, Role.ADMIN_NAME, "API_READ"})
    public List<MileageStanding> winners(String key) {
        return em.createQuery(
                        "SELECT s FROM MileageStanding s JOIN FETCH s.employee LEFT JOIN FETCH s.unit WHERE s.period.key = :k"
                                + " AND s.tier IS NOT NULL ORDER BY s.officeRank, s.id",
                        MileageStanding.class)
                .setParameter("k", key)
                .getResultList();
    }

    @RolesAllowed({Role.AUDITOR_NAME, Role.ADMIN_NAME, "API_READ"})
    public long countStandings(String key) {
        return em.createQuery("SELECT COUNT(s) FROM MileageStanding s WHERE s.period.key = :k", Long.class)
                .setParameter("k", key)
                .getSingleResult();
    }
}
