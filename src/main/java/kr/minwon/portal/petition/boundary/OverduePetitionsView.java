package kr.minwon.portal.petition.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import kr.minwon.portal.petition.boundary.PetitionQueries.Scope;
import kr.minwon.portal.staff.boundary.Units;
import kr.minwon.portal.staff.entity.Unit;
import kr.minwon.portal.staff.entity.UnitKind;

/** 기한 경과 민원 (독촉 대상): open petitions past their deadline across the office, the longest overdue first. */
@Named
@ViewScoped
public class OverduePetitionsView extends PetitionListView {

    private static final long serialVersionUID = 1L;

    @Inject
    Units units;

    private List<Unit> departments;

    @Override
    protected Scope scope() {
        return Scope.OFFICE_OVERDUE;
    }

    public List<Unit> getDepartmentChoices() {
        if (departments == null) {
            departments = units.active().stream()
                    .filter(u -> u.getKind() == UnitKind.DEPARTMENT)
                    .toList();
        }
        return departments;
    }
}
