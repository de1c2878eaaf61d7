package kr.minwon.portal.dashboard.boundary;

import static kr.minwon.portal.platform.rest.Jsons.JSON;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import kr.minwon.portal.dashboard.control.KpiRange;
import kr.minwon.portal.dashboard.control.KpiTotals;
import kr.minwon.portal.petition.entity.Channel;
import kr.minwon.portal.platform.faces.Messages;
import kr.minwon.portal.platform.rest.Problem;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * The KPI dashboard and the extended-hours page: a range (with one-click evaluation year and last month), an optional
 * department, and the {@link KpiReport} of it. Charts get their Chart.js configuration as JSON built here, and every
 * chart has a table with the same numbers beside it for readers who cannot see the chart.
 */
@Named
@ViewScoped
public class DashboardView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Kpis kpis;

    @Inject
    Clock clock;

    private LocalDate from;
    private LocalDate to;
    private String department;
    private KpiReport report;
    private List<DepartmentChoice> departmentChoices;
    private boolean officeWide;
    /** The extended-hours page's per-channel figures, read once per refresh when that page asks. */
    private List<ChannelFigureRow> channelFigures;

    /** The per-channel figures as {@link #refresh} read them with the report (null: not read with it). */
    private transient List<KpiDays.ChannelFigures> channelRead;

    /** A department to pick, by code. */
    public record DepartmentChoice(String code, String name) implements Serializable {}

    public void load() {
        if (from == null || to == null) {
            KpiRange range = KpiRange.evaluationYearToDate(LocalDate.now(clock));
            from = from == null ? range.from() : from;
            to = to == null ? range.to() : to;
        }
        refresh();
    }

    /** Reads the page in one call: the report, and the per-channel figures when this is the extended-hours page. */
    public void refresh() {
        Kpis.Opened opened = kpis.open(new Kpis.Filter(from, to, department, null), extendedHoursPage());
        officeWide = opened.officeWide();
        departmentChoices = opened.departmentChoices().stream()
                .map(u -> new DepartmentChoice(u.getCode(), u.getName()))
                .toList();
        report = opened.report();
        // Kept as read: the rows carry labels, which take the page's language only when it renders.
        channelRead = opened.channels();
        channelFigures = null;
        for (Problem.FieldError err : opened.errors()) {
            Messages.plainError(err.reason());
        }
    }

    private static boolean extendedHoursPage() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces != null
                && faces.getViewRoot() != null
                && String.valueOf(faces.getViewRoot().getViewId()).endsWith("/extended-hours.xhtml");
    }

    public void evaluationYear() {
        apply(KpiRange.evaluationYearToDate(LocalDate.now(clock)));
    }

    public void previousEvaluationYear() {
        apply(KpiRange.previousEvaluationYear(LocalDate.now(clock)));
    }

    public void lastMonth() {
        apply(KpiRange.lastMonth(LocalDate.now(clock)));
    }

    private void apply(KpiRange range) {
        from = range.from();
        to = range.to();
        refresh();
    }

    // ---------------------------------------------------------------- charts (Chart.js configurations)

    /** Monthly trend: completed per month as bars, 준수율 and 단축률 as lines on a percent axis. */
    public String getMonthChart() {
        if (report == null) {
            return "{}";
        }
        JsonArrayBuilder labels = JSON.createArrayBuilder();
        JsonArrayBuilder completed = JSON.createArrayBuilder();
        JsonArrayBuilder compliance = JSON.createArrayBuilder();
        JsonArrayBuilder reduction = JSON.createArrayBuilder();
        for (Kpis.Line m : report.byMonth()) {
            labels.add(m.name());
            completed.add(m.totals().completed());
            addRate(compliance, m.totals().complianceRate());
            addRate(reduction, m.totals().reductionRate());
        }
        JsonArrayBuilder datasets = JSON.createArrayBuilder()
                .add(JSON.createObjectBuilder()
                        .add("type", "line")
                        .add("label", text("dashboard.complianceRate"))
                        .add("data", compliance)
                        .add("yAxisID", "rate")
                        .add("borderColor", "#1b6e3c")
                        .add("backgroundColor", "#1b6e3c"))
                .add(JSON.createObjectBuilder()
                        .add("type", "line")
                        .add("label", text("dashboard.reductionRate"))
                        .add("data", reduction)
                        .add("yAxisID", "rate")
                        .add("borderColor", "#0f4c92")
                        .add("backgroundColor", "#0f4c92")
                        .add("borderDash", JSON.createArrayBuilder().add(6).add(4)))
                .add(JSON.createObjectBuilder()
                        .add("type", "bar")
                        .add("label", text("dashboard.completed"))
                        .add("data", completed)
                        .add("yAxisID", "count")
                        .add("backgroundColor", "#c9d6ea"));
        JsonObjectBuilder scales = JSON.createObjectBuilder()
                .add(
                        "rate",
                        JSON.createObjectBuilder()
                                .add("type", "linear")
                                .add("position", "left")
                                .add("suggestedMin", 0)
                                .add("suggestedMax", 100))
                .add(
                        "count",
                        JSON.createObjectBuilder()
                                .add("type", "linear")
                                .add("position", "right")
                                .add("beginAtZero", true)
                                .add("grid", JSON.createObjectBuilder().add("drawOnChartArea", false)));
        return chart("bar", labels, datasets, scales);
    }

    /** Petitions by hour of receipt. */
    public String getHourChart() {
        if (report == null) {
            return "{}";
        }
        JsonArrayBuilder labels = JSON.createArrayBuilder();
        JsonArrayBuilder data = JSON.createArrayBuilder();
        for (int h = 0; h < 24; h++) {
            labels.add(h + text("dashboard.hours.hourSuffix"));
            data.add(report.byHour()[h]);
        }
        return simpleBar(labels, data, text("dashboard.hours.byHour"));
    }

    /** Petitions by day of week of receipt, Monday first. */
    public String getDayChart() {
        if (report == null) {
            return "{}";
        }
        JsonArrayBuilder labels = JSON.createArrayBuilder();
        JsonArrayBuilder data = JSON.createArrayBuilder();
        for (DayRow d : getDays()) {
            labels.add(d.name());
            data.add(d.count());
        }
        return simpleBar(labels, data, text("dashboard.hours.byDay"));
    }

    /** Petitions by channel. */
    public String getChannelChart() {
        if (report == null) {
            return "{}";
        }
        JsonArrayBuilder labels = JSON.createArrayBuilder();
        JsonArrayBuilder data = JSON.createArrayBuilder();
        for (ChannelRow c : getChannels()) {
            labels.add(c.name());
            data.add(c.count());
        }
        return simpleBar(labels, data, text("dashboard.hours.byChannel"));
    }

    private String simpleBar(JsonArrayBuilder labels, JsonArrayBuilder data, String label) {
        JsonArrayBuilder datasets = JSON.createArrayBuilder()
                .add(JSON.createObjectBuilder()
                        .add("label", label)
                        .add("data", data)
                        .add("backgroundColor", "#0f4c92"));
        JsonObjectBuilder scales =
                JSON.createObjectBuilder().add("y", JSON.createObjectBuilder().add("beginAtZero", true));
        return chart("bar", labels, datasets, scales);
    }

    private static String chart(
            String type, JsonArrayBuilder labels, JsonArrayBuilder datasets, JsonObjectBuilder scales) {
        return JSON.createObjectBuilder()
                .add("type", type)
                .add("data", JSON.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add(
                        "options",
                        JSON.createObjectBuilder()
                                .add("responsive", true)
                                .add("maintainAspectRatio", false)
                                .add("scales", scales))
                .build()
                .toString();
    }

    private static void addRate(JsonArrayBuilder array, BigDecimal rate) {
        if (rate == null) {
            array.addNull();
        } else {
            array.add(rate);
        }
    }

    // ---------------------------------------------------------------- tables

    /** A row of the day-of-week table. */
    public record DayRow(DayOfWeek day, String name, long count, BigDecimal share) implements Serializable {}

    /** A row of the hour table. */
    public record HourRow(int hour, long count, BigDecimal share) implements Serializable {}

    /** A row of the channel table. */
    public record ChannelRow(Channel channel, String name, long count, BigDecimal share) implements Serializable {}

    public List<DayRow> getDays() {
        List<DayRow> rows = new ArrayList<>();
        if (report != null) {
            Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
            for (int i = 0; i < 7; i++) {
                DayOfWeek d = DayOfWeek.of(i + 1);
                rows.add(new DayRow(
                        d,
                        d.getDisplayName(TextStyle.SHORT, locale),
                        report.byDayOfWeek()[i],
                        share(report.byDayOfWeek()[i])));
            }
        }
        return rows;
    }

    public List<HourRow> getHours() {
        List<HourRow> rows = new ArrayList<>();
        if (report != null) {
            for (int h = 0; h < 24; h++) {
                if (report.byHour()[h] > 0) {
                    rows.add(new HourRow(h, report.byHour()[h], share(report.byHour()[h])));
                }
            }
        }
        return rows;
    }

    public List<ChannelRow> getChannels() {
        List<ChannelRow> rows = new ArrayList<>();
        if (report != null) {
            report.byChannel().forEach((c, n) -> rows.add(new ChannelRow(c, text("Channel." + c.name()), n, share(n))));
        }
        return rows;
    }

    /** A row of the extended-hours table per channel (issue 18). */
    public record ChannelFigureRow(
            Channel channel,
            String name,
            long count,
            long days,
            BigDecimal perDay,
            BigDecimal weekendShare,
            BigDecimal outOfDistrictShare)
            implements Serializable {}

    /** Per channel: documents, the days it had any, documents per such day, weekend and out-of-district shares. */
    public List<ChannelFigureRow> getChannelFigures() {
        if (channelFigures == null) {
            if (report == null) {
                channelFigures = List.of();
            } else {
                channelFigures = channelRows(
                        channelRead != null
                                ? channelRead
                                : kpis.extendedHours(new Kpis.Filter(from, to, department, null)));
            }
        }
        return channelFigures;
    }

    private List<ChannelFigureRow> channelRows(List<KpiDays.ChannelFigures> figures) {
        List<ChannelFigureRow> rows = new ArrayList<>();
        for (KpiDays.ChannelFigures c : figures) {
            rows.add(new ChannelFigureRow(
                    c.channel(),
                    text("Channel." + c.channel().name()),
                    c.count(),
                    c.days(),
                    c.perDay(),
                    c.weekendShare(),
                    c.outOfDistrictShare()));
        }
        return rows;
    }

    /** Documents per open day by channel. */
    public String getPerDayChart() {
        if (report == null) {
            return "{}";
        }
        JsonArrayBuilder labels = JSON.createArrayBuilder();
        JsonArrayBuilder data = JSON.createArrayBuilder();
        for (ChannelFigureRow c : getChannelFigures()) {
            labels.add(c.name());
            addRate(data, c.perDay());
        }
        return simpleBar(labels, data, text("dashboard.hours.perDay"));
    }

    private BigDecimal share(long n) {
        return kr.minwon.portal.dashboard.control.KpiFormulas.share(
                n, report.totals().completed());
    }

    // ---------------------------------------------------------------- Excel

    /** The department table as an .xlsx file, built with POI from the same report the page shows. */
    public StreamedContent getDepartmentExcel() {
        byte[] bytes = departmentWorkbook();
        return DefaultStreamedContent.builder()
                .name("kpi-departments-" + from + "-" + to + ".xlsx")
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .contentLength((long) bytes.length)
                .stream(() -> new ByteArrayInputStream(bytes))
                .build();
    }

    private byte[] departmentWorkbook() {
        try (XSSFWorkbook book = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet(text("dashboard.departments.title"));
            List<String> headers = List.of(
                    text("dashboard.departments.code"),
                    text("dashboard.departments.name"),
                    text("dashboard.completed"),
                    text("dashboard.onTime"),
                    text("dashboard.late"),
                    text("dashboard.complianceRate"),
                    text("dashboard.reductionRate"),
                    text("dashboard.legalDays"),
                    text("dashboard.usedDays"));
            Row head = sheet.createRow(0);
            for (int i = 0; i < headers.size(); i++) {
                head.createCell(i).setCellValue(headers.get(i));
            }
            int r = 1;
            for (Kpis.Line line : report == null ? List.<Kpis.Line>of() : report.byDepartment()) {
                KpiTotals t = line.totals();
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(line.code() == null ? "" : line.code());
                row.createCell(1).setCellValue(line.name() == null ? "" : line.name());
                row.createCell(2).setCellValue(t.completed());
                row.createCell(3).setCellValue(t.onTime());
                row.createCell(4).setCellValue(t.late());
                number(row, 5, t.complianceRate(), BigDecimal::doubleValue);
                number(row, 6, t.reductionRate(), BigDecimal::doubleValue);
                number(row, 7, t.legalDays(), BigDecimal::doubleValue);
                number(row, 8, t.usedDays(), BigDecimal::doubleValue);
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void number(Row row, int column, BigDecimal value, Function<BigDecimal, Double> f) {
        if (value != null) {
            row.createCell(column).setCellValue(f.apply(value));
        }
    }

    private static String text(String key) {
        return Messages.text(FacesContext.getCurrentInstance(), key);
    }

    // ---------------------------------------------------------------- accessors

    public KpiReport getReport() {
        return report;
    }

    public KpiTotals getTotals() {
        return report == null ? KpiTotals.EMPTY : report.totals();
    }

    public List<DepartmentChoice> getDepartmentChoices() {
        return departmentChoices;
    }

    public boolean isOfficeWide() {
        return officeWide;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public String getDepartment() {
        return department;
    }

    public void setDepartment(String department) {
        this.department = department == null || department.isBlank() ? null : department;
    }
}
