package kr.minwon.portal.mileage.boundary;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import kr.minwon.portal.mileage.control.MonthlyPoints;
import kr.minwon.portal.platform.faces.ExcelDownload;
import kr.minwon.portal.platform.faces.Messages;
import kr.minwon.portal.security.boundary.CurrentUser;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.StreamedContent;

/**
 * /mileage/mine.xhtml "내 마일리지": this period's points, all-time points, ranks, points by month, and the ledger
 * lines that explain them. {@code ?employeeNo=} lets a manager or auditor open someone else's; the facade refuses
 * anyone else with 403.
 */
@Named
@ViewScoped
public class MyMileageView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Ledger lines per page of the table (its {@code rows}). */
    public static final int PAGE_SIZE = 20;

    @Inject
    MileageHistory history;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    private String employeeNo;
    private String period;
    private MyMileage mine;
    private List<MonthlyPoints.Month> months = List.of();
    private List<String> periods = List.of();
    /** The first page of ledger lines and their count, read with the rest of the page; used once by the table. */
    private transient MileagePage opened;

    private final LazyDataModel<EntryLine> entries = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filters) {
            if (mine == null) {
                return 0;
            }
            return opened != null
                    ? (int) opened.entryCount()
                    : (int) history.countEntries(mine.employeeNo(), mine.periodKey());
        }

        @Override
        public List<EntryLine> load(int first, int size, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
            if (mine == null) {
                return List.of();
            }
            MileagePage page = opened;
            opened = null;
            if (page != null && first == 0 && size == PAGE_SIZE) {
                return page.entries();
            }
            return history.entries(mine.employeeNo(), mine.periodKey(), first, size);
        }

        @Override
        public String getRowKey(EntryLine line) {
            return String.valueOf(line.id());
        }
    };

    public void load() throws IOException {
        if (employeeNo == null || employeeNo.isBlank()) {
            employeeNo = currentUser.getEmployeeNo();
        }
        if (employeeNo == null) {
            Messages.error("mileage.mine.noEmployee");
            return;
        }
        refresh();
    }

    public void refresh() throws IOException {
        try {
            MileagePage page = history.page(employeeNo, period, PAGE_SIZE);
            periods = page.periods();
            mine = page.mine();
            period = mine.periodKey();
            months = page.months();
            opened = page;
        } catch (MileageAccessDenied e) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(403, e.getMessage());
            faces.responseComplete();
        } catch (MileageNotFound e) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(404, e.getMessage());
            faces.responseComplete();
        }
    }

    public boolean isOwn() {
        return mine != null && mine.employeeNo().equals(currentUser.getEmployeeNo());
    }

    /**
     * The ledger lines of the period shown as mileage-<employee>-<period>-<date>.xlsx; the facade refuses whoever may
     * not read this person's ledger, as it does for the page.
     */
    public StreamedContent getExport() {
        String no = mine == null ? employeeNo : mine.employeeNo();
        String key = mine == null ? period : mine.periodKey();
        return ExcelDownload.of(
                "mileage-" + no + "-" + key,
                LocalDate.now(clock),
                "mileage.mine.entries",
                List.of(
                        "mileage.earnedOn",
                        "mileage.kind",
                        "mileage.points",
                        "mileage.receiptNo",
                        "mileage.explanation",
                        "mileage.periodKey"),
                (first, size) -> history.entries(no, key, first, size),
                (sheet, e, faces) -> sheet.row(
                        e.earnedOn(),
                        Messages.text(faces, "EntryKind." + e.kind().name()),
                        e.points(),
                        e.receiptNo(),
                        e.explanation(),
                        e.periodKey()));
    }

    public String getChartJson() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return MonthlyPoints.chartJson(months, Messages.text(faces, "mileage.mine.chartSeries"));
    }

    public String getEmployeeNo() {
        return employeeNo;
    }

    public void setEmployeeNo(String employeeNo) {
        this.employeeNo = employeeNo;
    }

    public String getPeriod() {
        return period;
    }

    public void setPeriod(String period) {
        this.period = period;
    }

    public MyMileage getMine() {
        return mine;
    }

    public List<MonthlyPoints.Month> getMonths() {
        return months;
    }

    public List<String> getPeriods() {
        return periods;
    }

    public LazyDataModel<EntryLine> getEntries() {
        return entries;
    }
}
