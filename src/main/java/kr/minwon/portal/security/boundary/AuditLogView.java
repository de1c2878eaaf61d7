package kr.minwon.portal.security.boundary;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import org.primefaces.component.datatable.DataTable;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import kr.minwon.portal.security.entity.AuditEvent;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The audit log, newest first, filtered by actor, action or target; paged by the database. */
@Named
@ViewScoped
public class AuditLogView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AuditLog auditLog;

    private String filter;

    private final LazyDataModel<AuditEvent> model = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) auditLog.count(filter);
        }

        @Override
        public List<AuditEvent> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return auditLog.page(filter, first, pageSize);
        }

        @Override
        public String getRowKey(AuditEvent e) {
            return String.valueOf(e.getId());
        }
    };

    /** A new search starts on the first page, not on the page the old one was showing. */
    public void toFirstPage() {
        if (FacesContext.getCurrentInstance().getViewRoot().findComponent("listForm:events") instanceof DataTable table) {
            table.setFirst(0);
        }
    }

    public LazyDataModel<AuditEvent> getModel() { return model; }
    public String getFilter() { return filter; }
    public void setFilter(String filter) { this.filter = filter; }
}
