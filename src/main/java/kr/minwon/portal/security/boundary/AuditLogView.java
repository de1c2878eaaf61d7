package kr.minwon.portal.security.boundary;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import kr.minwon.portal.platform.audit.AuditEvent;
import kr.minwon.portal.platform.audit.AuditLog;
import kr.minwon.portal.platform.faces.DatabaseRows;
import kr.minwon.portal.platform.faces.ExcelDownload;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.StreamedContent;

/** The audit log, newest first, filtered by actor, action or target; paged by the database. */
@Named
@ViewScoped
public class AuditLogView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AuditLog auditLog;

    @Inject
    Clock clock;

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

    /** The events under the current filter, newest first, as audit-log-<date>.xlsx. */
    public StreamedContent getExport() {
        String f = filter;
        return ExcelDownload.of(
                "audit-log",
                LocalDate.now(clock),
                "security.audit.title",
                List.of(
                        "security.audit.time",
                        "security.audit.actor",
                        "security.audit.action",
                        "security.audit.target",
                        "security.audit.detail",
                        "security.audit.ip"),
                (first, size) -> auditLog.page(f, first, size),
                (sheet, e, faces) -> sheet.row(
                        e.getOccurredAt(), e.getActor(), e.getAction(), e.getTarget(), e.getDetail(), e.getClientIp()));
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
