package kr.minwon.portal.bestpractice.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import kr.minwon.portal.bestpractice.entity.PracticeCase;
import kr.minwon.portal.platform.faces.DatabaseRows;
import org.primefaces.model.LazyDataModel;

/** /cases/mine.xhtml: the manager's unit's cases in every state, and the way to start a new one. */
@Named
@ViewScoped
public class MyCasesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CaseBoard caseBoard;

    private LazyDataModel<PracticeCase> model;

    @PostConstruct
    void init() {
        model = new DatabaseRows<>(
                () -> caseBoard.mineCount(), (first, size) -> caseBoard.mine(first, size), PracticeCase::getId);
    }

    /** Opens an empty form; the case is stored at its first save, not here (issue 18). */
    public String newCase() {
        return "/cases/edit?faces-redirect=true";
    }

    public LazyDataModel<PracticeCase> getModel() {
        return model;
    }
}
