package kr.minwon.portal.petition.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import kr.minwon.portal.petition.boundary.PetitionQueries.Stages;

/** The home page's petition cards: a handler's open petitions by notice stage, the auditor's overdue count. */
@Named
@RequestScoped
public class PetitionHomeView {

    @Inject
    PetitionQueries queries;

    @Inject
    PetitionStageCounts stageCounts;

    private Stages stages;
    private Long officeOverdue;

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
}
