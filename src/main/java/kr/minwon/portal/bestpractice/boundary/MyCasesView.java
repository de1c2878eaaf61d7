package kr.minwon.portal.bestpractice.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import kr.minwon.portal.bestpractice.control.CaseInput;
import kr.minwon.portal.bestpractice.entity.PracticeCase;
import kr.minwon.portal.platform.faces.DatabaseRows;
import kr.minwon.portal.platform.faces.Messages;
import org.primefaces.model.LazyDataModel;

/** /cases/mine.xhtml: the manager's unit's cases in every state, and the way to start a new one. */
@Named
@ViewScoped
public class MyCasesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CaseBoard caseBoard;

    @Inject
    CaseAuthoring caseAuthoring;

    private LazyDataModel<PracticeCase> model;

    @PostConstruct
    void init() {
        model = new DatabaseRows<>(
                () -> caseBoard.mineCount(), (first, size) -> caseBoard.mine(first, size), PracticeCase::getId);
    }

    public String newCase() {
        try {
            PracticeCase c = caseAuthoring.create(new CaseInput(
                    null, null, null, null, null, null, null, null, null, null, null, null, null, null, null));
            return "/cases/edit?faces-redirect=true&id=" + c.getId();
        } catch (CaseRefused e) {
            Messages.plainError(e.getMessage());
            return null;
        }
    }

    public LazyDataModel<PracticeCase> getModel() {
        return model;
    }
}
