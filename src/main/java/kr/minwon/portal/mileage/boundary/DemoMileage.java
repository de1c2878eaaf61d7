package kr.minwon.portal.mileage.boundary;

import jakarta.annotation.Priority;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import kr.minwon.portal.mileage.control.PointRules;
import kr.minwon.portal.mileage.control.Score;
import kr.minwon.portal.mileage.entity.EntryKind;
import kr.minwon.portal.mileage.entity.MileageEntry;
import kr.minwon.portal.mileage.entity.MileageRuleSet;
import kr.minwon.portal.petition.entity.Petition;
import kr.minwon.portal.security.boundary.FirstStart;

/**
 * Scores the demo year under the default rule set and closes the last finished quarter with its award winners. The
 * ledger is empty at that point, so scores are written directly instead of one re-score per petition.
 */
@Stateless
public class DemoMileage {

    private static final Logger LOG = Logger.getLogger(DemoMileage.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    MileageLedger ledger;

    @Inject
    MileagePeriods periods;

    @PermitAll
    public void seed(@Observes @Priority(Interceptor.Priority.APPLICATION + 600) FirstStart.DemoSeeding seeding) {
        long t0 = System.nanoTime();
        MileageRuleSet rules = ledger.ruleSetOn(LocalDate.now(clock)).orElseThrow();
        LocalDateTime now = LocalDateTime.now(clock);
        List<Petition> done = em.createQuery(
                        "SELECT p FROM Petition p JOIN FETCH p.type JOIN FETCH p.handler"
                                + " WHERE p.approvedAt IS NOT NULL",
                        Petition.class)
                .getResultList();
        int scored = 0;
        for (Petition p : done) {
            Optional<Score> s = PointRules.score(rules.rules(), MileageLedger.facts(p));
            if (s.isEmpty()) {
                continue;
            }
            LocalDate earned = p.getApprovedAt().toLocalDate();
            em.persist(MileageEntry.score(
                    p.getHandler(),
                    p,
                    s.get().kind() == Score.Kind.AWARD ? EntryKind.AWARD : EntryKind.PENALTY,
                    s.get().points(),
                    rules,
                    p.getReceiptNo() + " · " + s.get().explanation(),
                    earned,
                    ledger.periodKind().keyOf(earned),
                    1,
                    now,
                    "system"));
            scored++;
        }
        em.flush();
        String lastQuarter = ledger.periodKind()
                .keyOf(ledger.periodKind()
                        .startOf(ledger.periodKind().keyOf(now.toLocalDate()))
                        .minusDays(1));
        periods.closeForDemo(lastQuarter);
        LOG.info("Demo mileage: " + scored + " petitions scored, " + lastQuarter + " closed, in "
                + (System.nanoTime() - t0) / 1_000_000 + " ms.");
    }
}
