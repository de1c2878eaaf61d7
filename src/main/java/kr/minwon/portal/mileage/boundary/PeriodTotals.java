package kr.minwon.portal.mileage.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import kr.minwon.portal.mileage.control.PeriodRanks;
import kr.minwon.portal.platform.cluster.CacheChanged;
import kr.minwon.portal.platform.cluster.ClusterCaches;

/**
 * Every person's total in a period (one short line each), kept between requests: "My mileage" ranks one person against
 * these, and summing a quarter's 25,000 ledger lines for every page view costs the embedded database 50-100 ms.
 * Dropped after any ledger write on this node, on the other nodes of a cluster as soon as it has ended
 * (platform.cluster, within a second), and after a minute whatever happened. An EJB singleton (not a CDI bean) so that its entity manager is the container's transactional one.
 */
@Startup
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class PeriodTotals {

    /** The name other nodes know this cache by. */
    static final String CACHE = "mileage.periodTotals";

    static final long MAX_AGE_NANOS = 60_000_000_000L;

    private record Held(List<PeriodRanks.Line> lines, long loadedAt) {}

    private final Map<String, Held> held = new ConcurrentHashMap<>();

    /** Bumped by every forget, so a load that raced with a write is used once but not kept. */
    private final AtomicLong generation = new AtomicLong();

    @PersistenceContext
    EntityManager em;

    @Inject
    ClusterCaches cluster;

    /** The lines of a period from {@code sql} (one parameter: the period key; columns total, unit_id, dept_id). */
    @PermitAll
    public List<PeriodRanks.Line> lines(String periodKey, boolean closed, String sql) {
        String cacheKey = periodKey + (closed ? "/closed" : "/open");
        Held h = held.get(cacheKey);
        if (h != null && System.nanoTime() - h.loadedAt() < MAX_AGE_NANOS) {
            return h.lines();
        }
        long loadedAt = System.nanoTime();
        long seen = generation.get();
        @SuppressWarnings("unchecked")
        List<Object[]> rows =
                em.createNativeQuery(sql).setParameter(1, periodKey).getResultList();
        List<PeriodRanks.Line> lines = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            BigDecimal total = r[0] instanceof BigDecimal b ? b : new BigDecimal(r[0].toString());
            lines.add(new PeriodRanks.Line(
                    total.setScale(1, RoundingMode.HALF_UP),
                    r[1] == null ? -1 : ((Number) r[1]).longValue(),
                    r[2] == null ? -1 : ((Number) r[2]).longValue()));
        }
        List<PeriodRanks.Line> frozen = List.copyOf(lines);
        if (generation.get() == seen) {
            held.put(cacheKey, new Held(frozen, loadedAt));
        }
        return frozen;
    }

    /**
     * After the writing transaction ends (either way): a rolled-back write costs only a reload. Outside any transaction
     * and on a singleton made at start: after a distributed (JTS) commit, which Payara makes of the demo seeding's on
     * an H2 server, a transaction suspended and resumed here failed ("Initialization failed for Singleton").
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public void forget(@Observes(during = TransactionPhase.AFTER_COMPLETION) MileageLedgerChanged change) {
        generation.incrementAndGet();
        held.clear();
        cluster.changed(CACHE);
    }

    /** Another node wrote ledger lines. */
    @PermitAll
    public void forgetElsewhere(@Observes CacheChanged change) {
        if (change.is(CACHE)) {
            generation.incrementAndGet();
            held.clear();
        }
    }
}
