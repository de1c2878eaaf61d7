package kr.minwon.portal.petition.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/**
 * The {@code import_progress} rows behind {@link ImportProgress}: each write commits in a transaction of its own, so
 * that a poll served by another node sees it while the import's own transaction is still open.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ImportProgressRows {

    /** Rows not written for this long are dropped by the next upload's start (an import writes every 250 rows). */
    static final long KEEP_MILLIS = 30L * 60 * 1000;

    public record Row(int total, int checked, int written, boolean finished) {}

    @PersistenceContext
    EntityManager em;

    /** A new upload under {@code id}, counts at zero; forgets the rows of uploads long over (or whose node died). */
    public void start(String id) {
        long now = System.currentTimeMillis();
        em.createNativeQuery("DELETE FROM import_progress WHERE updated_at < ?")
                .setParameter(1, now - KEEP_MILLIS)
                .executeUpdate();
        save(id, 0, 0, 0, false);
    }

    /** One writer per id (the importing request), so an update, else an insert, is enough. */
    public void save(String id, int total, int checked, int written, boolean finished) {
        long now = System.currentTimeMillis();
        int updated = em.createNativeQuery("UPDATE import_progress SET total = ?, checked = ?, written = ?, "
                        + "finished = ?, updated_at = ? WHERE upload_id = ?")
                .setParameter(1, total)
                .setParameter(2, checked)
                .setParameter(3, written)
                .setParameter(4, finished)
                .setParameter(5, now)
                .setParameter(6, id)
                .executeUpdate();
        if (updated == 0) {
            em.createNativeQuery("INSERT INTO import_progress (upload_id, total, checked, written, finished, "
                            + "updated_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")
                    .setParameter(1, id)
                    .setParameter(2, total)
                    .setParameter(3, checked)
                    .setParameter(4, written)
                    .setParameter(5, finished)
                    .setParameter(6, now)
                    .executeUpdate();
        }
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<Row> read(String id) {
        List<?> rows = em.createNativeQuery(
                        "SELECT total, checked, written, finished FROM import_progress WHERE upload_id = ?")
                .setParameter(1, id)
                .getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] r = (Object[]) rows.get(0);
        return Optional.of(new Row(
                ((Number) r[0]).intValue(),
                ((Number) r[1]).intValue(),
                ((Number) r[2]).intValue(),
                Boolean.TRUE.equals(r[3])));
    }
}
