package kr.minwon.portal.platform;

import jakarta.persistence.EntityManager;
import org.eclipse.persistence.config.EntityManagerProperties;

/**
 * Reads of one transaction through its one connection (issue 16). By default EclipseLink reads outside a write through
 * the container's non-transactional data source: every query takes a connection from the pool, and the pool checks
 * each with a round trip (issue 19), so a page's facade call with seven reads sent fourteen statements. A facade method
 * that reads several times in one transaction (a page's figures in one call) asks here, before its first read, for its
 * reads to share the transaction's connection: one check-out and one check, plus BEGIN and COMMIT. Asked per method,
 * not for the persistence unit: a call with one or two reads would send more statements, not fewer (tried in issue 16,
 * dropped). It holds for the rest of the transaction, whichever facade of it reads next.
 */
public final class OneConnection {

    private OneConnection() {}

    /** The transaction's further reads through {@code em} go through the transaction's connection. */
    public static void forReads(EntityManager em) {
        // A string: EclipseLink casts the value, and a Boolean fails with a ClassCastException (seen, issue 16).
        em.setProperty(EntityManagerProperties.JOIN_EXISTING_TRANSACTION, "true");
    }
}
