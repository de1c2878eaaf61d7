package kr.minwon.portal.staff.boundary;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.OutputStream;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import kr.minwon.portal.platform.faces.Messages;
import kr.minwon.portal.platform.xlsx.XlsxSheet;
import kr.minwon.portal.staff.entity.Employee;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import org.primefaces.model.StreamedContent;

/** The admin's list of employees: searched, filtered and sorted by the database, 20 rows a page, exported to Excel. */
@Named
@ViewScoped
public class EmployeesView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int EXPORT_PAGE = 500;

    @Inject
    Staff staff;

    @Inject
    Units units;

    private String text;
    private Long unitId;
    /** "" for all, "true" or "false": a three-way choice a Boolean select would blur. */
    private String active = "";

    /** Id and name only: the view's state travels with the session (distributable), whole Unit entities weigh. */
    private List<UnitChoice> unitChoices;

    /** One unit of the filter. */
    public record UnitChoice(Long id, String name) implements Serializable {}

    /** The sort the table shows, remembered so the export comes out in the same order. */
    private String sortField;

    private boolean ascending = true;

    private final LazyDataModel<Employee> model = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) staff.count(query());
        }

        @Override
        public List<Employee> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            rememberSort(sortBy);
            return staff.page(query(), sortField, ascending, first, pageSize);
        }

        @Override
        public String getRowKey(Employee e) {
            return String.valueOf(e.getId());
        }
    };

    private void rememberSort(Map<String, SortMeta> sortBy) {
        SortMeta sort = sortBy == null
                ? null
                : sortBy.values().stream()
                        .filter(s -> s.getOrder() != SortOrder.UNSORTED)
                        .findFirst()
                        .orElse(null);
        if (sort == null) {
            sortField = null;
            ascending = true;
        } else {
            // The column for the unit sorts by "unit.name"; the facade knows it as "unit".
            String field = sort.getField();
            sortField = field != null && field.startsWith("unit") ? "unit" : field;
            ascending = sort.getOrder() == SortOrder.ASCENDING;
        }
    }

    Staff.Query query() {
        Boolean activeOnly = active == null || active.isBlank() ? null : Boolean.valueOf(active);
        return new Staff.Query(text, unitId, activeOnly);
    }

    public List<UnitChoice> getUnitChoices() {
        if (unitChoices == null) {
            unitChoices = units.active().stream()
                    .map(u -> new UnitChoice(u.getId(), u.getName()))
                    .toList();
        }
        return unitChoices;
    }

    /** The current filter and sort as an xlsx file, written page by page from the database. */
    public StreamedContent getExport() {
        return DefaultStreamedContent.builder()
                .name(Messages.text(FacesContext.getCurrentInstance(), "staff.employees.exportFile") + ".xlsx")
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .writer(this::writeXlsx)
                .build();
    }

    private void writeXlsx(OutputStream out) {
        FacesContext faces = FacesContext.getCurrentInstance();
        List<String> headers = List.of(
                        "staff.employee.employeeNo",
                        "staff.employee.name",
                        "staff.employee.rankTitle",
                        "staff.employee.unit",
                        "staff.employee.email",
                        "staff.employee.mobile",
                        "staff.employee.roles",
                        "staff.employee.active")
                .stream()
                .map(k -> Messages.text(faces, k))
                .toList();
        Staff.Query query = query();
        try (XlsxSheet sheet = XlsxSheet.open(Messages.text(faces, "staff.employees.title"), headers)) {
            for (int first = 0; ; first += EXPORT_PAGE) {
                List<Employee> page = staff.page(query, sortField, ascending, first, EXPORT_PAGE);
                for (Employee e : page) {
                    sheet.row(
                            e.getEmployeeNo(),
                            e.getName(),
                            e.getRankTitle(),
                            e.getUnit() == null ? null : e.getUnit().getName(),
                            e.getEmail(),
                            e.getMobile(),
                            String.join(
                                    ", ",
                                    e.getRoles().stream()
                                            .map(r -> Messages.text(faces, "Role." + r.name()))
                                            .toList()),
                            Messages.text(faces, e.isActive() ? "general.active" : "general.inactive"));
                }
                if (page.size() < EXPORT_PAGE) {
                    break;
                }
            }
            sheet.writeTo(out);
        }
    }

    /** A new search starts on the first page, not on the page the old one was showing. */
    public void toFirstPage() {
        if (FacesContext.getCurrentInstance().getViewRoot().findComponent("listForm:employees")
                instanceof DataTable table) {
            table.setFirst(0);
        }
    }

    public LazyDataModel<Employee> getModel() {
        return model;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public Long getUnitId() {
        return unitId;
    }

    public void setUnitId(Long unitId) {
        this.unitId = unitId;
    }

    public String getActive() {
        return active;
    }

    public void setActive(String active) {
        this.active = active;
    }
}
