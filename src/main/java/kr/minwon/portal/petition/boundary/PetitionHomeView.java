package kr.minwon.portal.petition.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import kr.minwon.portal.petition.boundary.PetitionQueries.Stages;

/**
 * The home page's petition cards: a handler's open petitions by notice stage, the auditor's overdue count, a manager's
 * overdue and at-risk petitions of his units and the corrections waiting for him.
 */
@Named
@RequestScoped
public class PetitionHomeView {

    @Inject
    PetitionQueries queries;

    @Inject
    PetitionStageCounts stageCounts;

    private PetitionStageCounts.Home home;
    private Long officeOverdue;

    /** The caller's cards, read once in one call when the page first asks for one of them. */
    private PetitionStageCounts.Home home() {
        if (home == null) {
            home = stageCounts.home();
        }
        return home;
    }

    public Stages getStages() {
        return home().stages();
    }

    public long getOfficeOverdue() {
        if (officeOverdue == null) {
            officeOverdue = queries.officeOverdueCount();
        }
        return officeOverdue;
    }

    /** A manager's units: overdue and due within three working days. */
    public PetitionStageCounts.UnitRisk getUnitRisk() {
        return home().unitRisk();
    }

    /** The correction requests waiting for the caller's decision. */
    public int getPendingCorrections() {
        return home().pendingCorrections();
    }
}
