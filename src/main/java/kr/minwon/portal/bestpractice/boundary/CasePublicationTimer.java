package kr.minwon.portal.bestpractice.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/** Publishes approved cases on their day; reads of the board do the same, so a missed run costs nothing. */
@Singleton
public class CasePublicationTimer {

    private static final Logger LOG = Logger.getLogger(CasePublicationTimer.class.getName());

    @Inject
    CasePublication publication;

    @PermitAll
    @Schedule(hour = "*", minute = "*/10", persistent = false)
    public void publishDueOnTimer() {
        int n = publication.publishDue();
        if (n > 0) {
            LOG.info(() -> n + " scheduled best-practice case(s) published.");
        }
    }
}
