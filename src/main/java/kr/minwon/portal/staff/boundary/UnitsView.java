package kr.minwon.portal.staff.boundary;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import kr.minwon.portal.staff.entity.Unit;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/** The admin's list of departments and teams, paged and sorted by the database. */
@Named
@ViewScoped
public class UnitsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Units units;

    private String text;

    private final LazyDataModel<Unit> model = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) units.count(text);
        }

        @Override
        public List<Unit> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            SortMeta sort = sortBy == null
                    ? null
                    : sortBy.values().stream()
                            .filter(s -> s.getOrder() != SortOrder.UNSORTED)
                            .findFirst()
                            .orElse(null);
            String field = sort == null ? null : sort.getField();
            // The parent column sorts by "parent.name"; the facade knows it as "parent".
            if (field != null && field.startsWith("parent")) {
                field = "parent";
            }
            return units.page(text, field, sort == null || sort.getOrder() == SortOrder.ASCENDING, first, pageSize);
        }

        @Override
        public String getRowKey(Unit u) {
            return String.valueOf(u.getId());
        }
    };

    /** A new search starts on the first page, not on the page the old one was showing. */
    public void toFirstPage() {
        if (FacesContext.getCurrentInstance().getViewRoot().findComponent("listForm:units")
                instanceof DataTable table) {
            table.setFirst(0);
        }
    }

    public LazyDataModel<Unit> getModel() {
        return model;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
