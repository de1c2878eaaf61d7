package kr.minwon.portal.petition.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.List;
import kr.minwon.portal.petition.boundary.PetitionQueries.HandlerChoice;
import kr.minwon.portal.petition.boundary.PetitionQueries.Scope;
import kr.minwon.portal.petition.boundary.PetitionQueries.UnitChoice;

/** 부서 민원: the petitions of the team or department the manager leads, by handler. */
@Named
@ViewScoped
public class UnitPetitionsView extends PetitionListView {

    private static final long serialVersionUID = 1L;

    private List<UnitChoice> units;
    private List<HandlerChoice> handlers;

    @Override
    protected Scope scope() {
        return Scope.UNIT;
    }

    public List<UnitChoice> getUnitChoices() {
        if (units == null) {
            units = queries.myUnits();
        }
        return units;
    }

    public List<HandlerChoice> getHandlerChoices() {
        if (handlers == null) {
            handlers = queries.handlersOfMyUnits();
        }
        return handlers;
    }
}
