package kr.minwon.portal.petition.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import kr.minwon.portal.petition.boundary.PetitionQueries.Scope;

/** 내 민원: the caller's petitions as handler, the most urgent first. */
@Named
@ViewScoped
public class MyPetitionsView extends PetitionListView {

    private static final long serialVersionUID = 1L;

    @Override
    protected Scope scope() {
        return Scope.MINE;
    }
}
