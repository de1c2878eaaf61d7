package kr.minwon.portal.bestpractice.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import kr.minwon.portal.bestpractice.control.CaseInput;
import kr.minwon.portal.bestpractice.entity.PracticeCase;
import kr.minwon.portal.shell.Messages;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** /cases/mine.xhtml: the manager's unit's cases in every state, and the way to start a new one. */
@Named
@ViewScoped
public class MyCasesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Cases cases;

    private LazyDataModel<PracticeCase> model;

    @PostConstruct
    void init() {
        model = new LazyDataModel<>() {
            private static final long serialVersionUID = 1L;

            @Override
            public int count(Map<String, FilterMeta> filters) {
                return (int) cases.mineCount();
            }

            @Override
            public List<PracticeCase> load(int first, int size, Map<String, SortMeta> sorts, Map<String, FilterMeta> filters) {
                return cases.mine(first, size);
            }

            @Override
            public String getRowKey(PracticeCase c) {
                return String.valueOf(c.getId());
            }
        };
    }

    public String newCase() {
        try {
            PracticeCase c = cases.create(new CaseInput(null, null, null, null, null, null, null, null, null, null, null,
                    null, null, null, null));
            return "/cases/edit?faces-redirect=true&id=" + c.getId();
        } catch (CaseRefused e) {
            Messages.plainError(e.getMessage());
            return null;
        }
    }

    public LazyDataModel<PracticeCase> getModel() { return model; }
}
