package kr.minwon.portal.calendar.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;

/**
 * The monthly fetch's claim on its month (table holiday_feed_run), each step in a transaction of its own so that a
 * claim is visible to the other nodes before the fetch starts. The primary key on the month lets one insert win.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class HolidayFeedClaims {

    /** A claim older than this without an end is a run that died; another node may take it over. */
    static final long STALE_MINUTES = 60;

    @PersistenceContext
    EntityManager em;

    /** True if this node now owns the month's run; false if it is done or another node is at it. */
    public boolean claim(YearMonth month, LocalDateTime now) {
        List<?> rows = em.createNativeQuery("SELECT claimed_at, finished_at FROM holiday_feed_run WHERE run_month = ?1")
                .setParameter(1, month.toString())
                .getResultList();
        if (rows.isEmpty()) {
            // Two nodes racing here: the loser's insert fails on the key and its transaction rolls back.
            em.createNativeQuery("INSERT INTO holiday_feed_run (run_month, claimed_at) VALUES (?1, ?2)")
                    .setParameter(1, month.toString())
                    .setParameter(2, now)
                    .executeUpdate();
            return true;
        }
        return em.createNativeQuery("UPDATE holiday_feed_run SET claimed_at = ?1 WHERE run_month = ?2"
                                + " AND finished_at IS NULL AND claimed_at < ?3")
                        .setParameter(1, now)
                        .setParameter(2, month.toString())
                        .setParameter(3, now.minusMinutes(STALE_MINUTES))
                        .executeUpdate()
                == 1;
    }

    public void finish(YearMonth month, LocalDateTime now, int added) {
        em.createNativeQuery("UPDATE holiday_feed_run SET finished_at = ?1, added = ?2 WHERE run_month = ?3")
                .setParameter(1, now)
                .setParameter(2, added)
                .setParameter(3, month.toString())
                .executeUpdate();
    }

    /** Gives a failed run's month back, so that the next day's run tries again. */
    public void release(YearMonth month) {
        em.createNativeQuery("DELETE FROM holiday_feed_run WHERE run_month = ?1 AND finished_at IS NULL")
                .setParameter(1, month.toString())
                .executeUpdate();
    }

    /** Whether the month's run has finished (for tests and the admin page). */
    public boolean done(YearMonth month) {
        return !em.createNativeQuery(
                        "SELECT run_month FROM holiday_feed_run WHERE run_month = ?1 AND finished_at IS NOT NULL")
                .setParameter(1, month.toString())
                .getResultList()
                .isEmpty();
    }
}
