package kr.minwon.portal.bestpractice.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import kr.minwon.portal.platform.DatabaseOutage;
import kr.minwon.portal.platform.Migrations;

/** Publishes approved cases on their day; reads of the board do the same, so a missed run costs nothing. */
@Singleton
public class CasePublicationTimer {

    private static final Logger LOG = Logger.getLogger(CasePublicationTimer.class.getName());

    @Inject
    CasePublication publication;

    @Inject
    Migrations migrations;

    @PermitAll
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    @Schedule(hour = "*", minute = "*/10", persistent = false)
    public void publishDueOnTimer() {
        if (!migrations.isMigrated()) {
            return;
        }
        int n;
        try {
            n = publication.publishDue();
        } catch (RuntimeException e) {
            if (!DatabaseOutage.isCause(e)) {
                throw e;
            }
            // The next run (or a read of the board) publishes what this one could not.
            DatabaseOutage.noticed("case publication run", e);
            return;
        }
        if (n > 0) {
            LOG.info(() -> n + " scheduled best-practice case(s) published.");
        }
    }
}
