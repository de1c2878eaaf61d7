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

    @Inject
    Corrections corrections;

    private Stages stages;
    private Long officeOverdue;
    private PetitionStageCounts.UnitRisk unitRisk;
    private Integer pendingCorrections;

    public Stages getStages() {
        if (stages == null) {
            stages = stageCounts.myStages();
        }
        return stages;
    }

    public long getOfficeOverdue() {
        if (officeOverdue == null) {
            officeOverdue = queries.officeOverdueCount();
        }
        return officeOverdue;
    }

    /** A manager's units: overdue and due within three working days. */
    public PetitionStageCounts.UnitRisk getUnitRisk() {
        if (unitRisk == null) {
            unitRisk = stageCounts.myUnitsRisk();
        }
        return unitRisk;
    }

    /** The correction requests waiting for the caller's decision. */
    public int getPendingCorrections() {
        if (pendingCorrections == null) {
            pendingCorrections = corrections.pendingForMe().size();
        }
        return pendingCorrections;
    }
}
