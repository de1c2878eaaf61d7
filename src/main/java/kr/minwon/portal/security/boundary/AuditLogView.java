package kr.minwon.portal.security.boundary;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import kr.minwon.portal.platform.audit.AuditEvent;
import kr.minwon.portal.platform.audit.AuditLog;
import kr.minwon.portal.platform.faces.DatabaseRows;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.LazyDataModel;

/** The audit log, newest first, filtered by actor, action or target; paged by the database. */
@Named
@ViewScoped
public class AuditLogView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AuditLog auditLog;

    private String filter;

    private final LazyDataModel<AuditEvent> model = new DatabaseRows<>(
            () -> auditLog.count(filter), (first, size) -> auditLog.page(filter, first, size), AuditEvent::getId);

    /** A new search starts on the first page, not on the page the old one was showing. */
    public void toFirstPage() {
        if (FacesContext.getCurrentInstance().getViewRoot().findComponent("listForm:events")
                instanceof DataTable table) {
            table.setFirst(0);
        }
    }

    public LazyDataModel<AuditEvent> getModel() {
        return model;
    }

    public String getFilter() {
        return filter;
    }

    public void setFilter(String filter) {
        this.filter = filter;
    }
}
