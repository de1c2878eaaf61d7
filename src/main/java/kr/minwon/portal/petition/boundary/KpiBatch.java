package kr.minwon.portal.petition.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import kr.minwon.portal.petition.control.KpiFacts;

/**
 * Batch mode of the KPI read model for bulk writes (demo data, the imports' chunks): inside {@link #run}, the
 * {@link PetitionKpiListener} only adds each written petition's difference to a sum kept per day and unit; at the end
 * the persistence context is flushed and the sums are written with one statement per touched row ({@link
 * KpiDayRows#applyBatched}), so the petitions' own inserts and updates keep their JDBC batching.
 *
 * <p>The sums belong to the calling thread and its transaction only (a thread-local restored in {@code finally}); a
 * write flushed in another transaction on the same thread (REQUIRES_NEW) is applied directly as outside batch mode.
 * When the work fails, the sums are dropped and the transaction is marked for rollback, so petitions already flushed
 * can never be committed without their KPI rows, and nothing leaks into a later transaction. Without a transaction
 * the work runs as outside batch mode.
 */
@ApplicationScoped
public class KpiBatch {

    private static final ThreadLocal<Pending> CURRENT = new ThreadLocal<>();

    @PersistenceContext
    EntityManager em;

    @Inject
    KpiDayRows rows;

    @Resource
    TransactionSynchronizationRegistry transactions;

    /** The differences summed so far in one transaction. */
    static final class Pending {
        private final Object transaction;
        private final TransactionSynchronizationRegistry registry;
        private final Map<KpiFacts.Row, long[]> sums = new TreeMap<>();

        private Pending(Object transaction, TransactionSynchronizationRegistry registry) {
            this.transaction = transaction;
            this.registry = registry;
        }

        /** Adds the difference when this batch's transaction is the current one; false: apply it directly. */
        boolean add(Map<KpiFacts.Row, long[]> delta) {
            if (!transaction.equals(registry.getTransactionKey())) {
                return false;
            }
            KpiFacts.add(sums, delta);
            return true;
        }
    }

    /** The batch of the calling thread, or null outside batch mode. */
    static Pending current() {
        return CURRENT.get();
    }

    public void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }

    /** Runs {@code work} in batch mode and writes the summed differences at its end (after a flush). */
    public <T> T call(Supplier<T> work) {
        Object transaction = transactions.getTransactionKey();
        Pending outer = CURRENT.get();
        if (transaction == null || (outer != null && transaction.equals(outer.transaction))) {
            // No transaction: as outside batch mode. Nested in a batch of this transaction: the outer one writes.
            return work.get();
        }
        Pending pending = new Pending(transaction, transactions);
        CURRENT.set(pending);
        boolean done = false;
        try {
            T result = work.get();
            em.flush();
            rows.applyBatched(pending.sums);
            done = true;
            return result;
        } finally {
            if (outer == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(outer);
            }
            if (!done) {
                pending.sums.clear();
                try {
                    transactions.setRollbackOnly();
                } catch (IllegalStateException alreadyOver) {
                    // The transaction is no longer active: nothing of it can be committed anyway.
                }
            }
        }
    }
}
