package kr.minwon.portal.petition.boundary;

import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import kr.minwon.portal.petition.boundary.PetitionQueries.Query;
import kr.minwon.portal.petition.boundary.PetitionQueries.Row;
import kr.minwon.portal.petition.boundary.PetitionQueries.Scope;
import kr.minwon.portal.petition.boundary.PetitionQueries.StatusFilter;
import kr.minwon.portal.platform.faces.ExcelDownload;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import org.primefaces.model.StreamedContent;

/**
 * What the three petition lists share: filters, and a lazy model that asks {@link PetitionQueries} for one page at a
 * time in the scope of the subclass.
 */
public abstract class PetitionListView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PetitionQueries queries;

    @Inject
    PetitionLabels labels;

    @Inject
    Clock clock;

    private StatusFilter status = StatusFilter.OPEN;
    private String text;
    private String handlerNo;
    private Long unitId;

    /** The sort the table shows, remembered so the export comes out in the same order. */
    private String sortField;

    private boolean ascending = true;

    private final LazyDataModel<Row> model = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) queries.count(query());
        }

        @Override
        public List<Row> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            SortMeta sort = sortBy == null
                    ? null
                    : sortBy.values().stream()
                            .filter(s -> s.getOrder() != SortOrder.UNSORTED)
                            .findFirst()
                            .orElse(null);
            sortField = sort == null ? null : sort.getField();
            ascending = sort == null || sort.getOrder() == SortOrder.ASCENDING;
            return queries.page(query(), sortField, ascending, first, pageSize);
        }

        @Override
        public String getRowKey(Row row) {
            return row.receiptNo();
        }
    };

    protected abstract Scope scope();

    /** The list under the current filters and sort as an xlsx file, e.g. my-petitions-2027-01-04.xlsx. */
    public StreamedContent getExport() {
        Query query = query();
        String sort = sortField;
        boolean asc = ascending;
        String base = switch (scope()) {
            case MINE -> "my-petitions";
            case UNIT -> "unit-petitions";
            case OFFICE_OVERDUE -> "overdue-petitions";
        };
        String title = switch (scope()) {
            case MINE -> "petition.mine.title";
            case UNIT -> "petition.unit.title";
            case OFFICE_OVERDUE -> "petition.overdue.title";
        };
        return ExcelDownload.of(
                base,
                LocalDate.now(clock),
                title,
                List.of(
                        "petition.receiptNo",
                        "petition.type",
                        "petition.handler",
                        "petition.handlerNo",
                        "petition.department",
                        "petition.unit",
                        "petition.receivedAt",
                        "petition.deadline",
                        "petition.originalDeadline",
                        "petition.timeLeft",
                        "petition.daysOverdue",
                        "petition.status"),
                (first, size) -> queries.page(query, sort, asc, first, size),
                (sheet, r, faces) -> sheet.row(
                        r.receiptNo(),
                        r.typeName(),
                        r.handlerName(),
                        r.handlerNo(),
                        r.departmentName(),
                        r.unitName(),
                        r.receivedAt(),
                        r.deadline(),
                        r.isDeadlineMoved() ? r.originalDeadline() : null,
                        labels.badge(r.badge()),
                        r.daysOverdue(),
                        r.outcome() == null
                                ? labels.enumLabel(r.status())
                                : labels.enumLabel(r.status()) + " / " + labels.enumLabel(r.outcome())));
    }

    Query query() {
        return new Query(scope(), status, text, handlerNo, unitId);
    }

    /** A new search starts on the first page, not on the page the old one was showing. */
    public void toFirstPage() {
        if (FacesContext.getCurrentInstance().getViewRoot().findComponent("listForm:petitions")
                instanceof DataTable table) {
            table.setFirst(0);
        }
    }

    public StatusFilter[] getStatusChoices() {
        return StatusFilter.values();
    }

    public LazyDataModel<Row> getModel() {
        return model;
    }

    public StatusFilter getStatus() {
        return status;
    }

    public void setStatus(StatusFilter status) {
        this.status = status == null ? StatusFilter.OPEN : status;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getHandlerNo() {
        return handlerNo;
    }

    public void setHandlerNo(String handlerNo) {
        this.handlerNo = handlerNo;
    }

    public Long getUnitId() {
        return unitId;
    }

    public void setUnitId(Long unitId) {
        this.unitId = unitId;
    }
}
