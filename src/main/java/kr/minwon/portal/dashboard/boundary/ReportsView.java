package kr.minwon.portal.dashboard.boundary;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import kr.minwon.portal.dashboard.control.ReportLabels;
import kr.minwon.portal.dashboard.control.ReportPdf;
import kr.minwon.portal.dashboard.control.ReportWorkbook;
import kr.minwon.portal.platform.faces.Messages;
import kr.minwon.portal.platform.rest.InputRejected;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * The monthly status reports page: the last 24 months with their reports (made or not), PDF and Excel downloads of
 * each, and for auditors and admins "remake" and "make another month". Files are rendered from the stored figures,
 * so they show what the report said when it was made.
 */
@Named
@ViewScoped
public class ReportsView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int MONTHS = 24;

    @Inject
    MonthlyReports reports;

    @Inject
    Clock clock;

    private List<MonthlyReports.Summary> months;
    private boolean mayRegenerate;
    private String month;
    private String otherMonth;

    public void load() throws IOException {
        try {
            months = reports.recent(MONTHS);
            mayRegenerate = reports.mayRegenerate();
        } catch (ReportAccessDenied e) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(403, e.getMessage());
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    public void regenerate(String key) {
        make(YearMonth.parse(key));
    }

    public void makeOther() {
        YearMonth m;
        try {
            m = YearMonth.parse(otherMonth == null ? "" : otherMonth.trim());
        } catch (DateTimeParseException e) {
            Messages.fieldError("reportsForm:otherMonth", "dashboard.reports.other.invalid");
            return;
        }
        if (!m.isBefore(YearMonth.now(clock))) {
            Messages.fieldError("reportsForm:otherMonth", "dashboard.reports.other.invalid");
            return;
        }
        make(m);
    }

    private void make(YearMonth m) {
        try {
            MonthlyReports.Stored made = reports.regenerate(m);
            Messages.info(
                    made.regenerations() > 0 ? "dashboard.reports.regenerated" : "dashboard.reports.generated",
                    m.toString());
            months = reports.recent(MONTHS);
        } catch (InputRejected e) {
            Messages.plainError(e.getMessage());
        }
    }

    /** "처리 120건, 준수율 97.5%, 단축률 61.2%, 기한 경과 3건" for a made month. */
    public String summary(MonthlyReports.Summary r) {
        ReportLabels t = labels();
        return Messages.text(
                FacesContext.getCurrentInstance(),
                "dashboard.reports.summary",
                r.office().completed(),
                t.rate(r.office().complianceRate()),
                t.rate(r.office().reductionRate()),
                r.overdueCount());
    }

    private static ReportLabels labels() {
        return ReportLabels.of(FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    public StreamedContent pdf(String key) {
        MonthlyReports.Stored s = stored(key);
        byte[] bytes = ReportPdf.render(s.figures(), labels());
        return file(bytes, "application/pdf", key + ".pdf");
    }

    public StreamedContent excel(String key) {
        MonthlyReports.Stored s = stored(key);
        byte[] bytes = ReportWorkbook.render(s.figures(), labels());
        return file(bytes, ReportWorkbook.CONTENT_TYPE, key + ".xlsx");
    }

    private MonthlyReports.Stored stored(String key) {
        return reports.find(YearMonth.parse(key)).orElseThrow(() -> new IllegalStateException("no report for " + key));
    }

    private static StreamedContent file(byte[] bytes, String type, String name) {
        return DefaultStreamedContent.builder()
                .name("minwon-report-" + name)
                .contentType(type)
                .contentLength((long) bytes.length)
                .stream(() -> new ByteArrayInputStream(bytes))
                .build();
    }

    public List<MonthlyReports.Summary> getMonths() {
        return months;
    }

    public boolean isMayRegenerate() {
        return mayRegenerate;
    }

    public String getMonth() {
        return month;
    }

    public void setMonth(String month) {
        this.month = month;
    }

    public String getOtherMonth() {
        return otherMonth;
    }

    public void setOtherMonth(String otherMonth) {
        this.otherMonth = otherMonth;
    }
}
