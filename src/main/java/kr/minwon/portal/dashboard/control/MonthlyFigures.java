package kr.minwon.portal.dashboard.control;

import static kr.minwon.portal.platform.rest.Jsons.JSON;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.Serializable;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one monthly status report says, frozen when it is made: the KPIs of the office and of every department (the
 * same {@link KpiTotals} the dashboard and the API show), the petitions overdue at the end of the month, and the
 * mileage leaders of the period the month falls in. Stored as JSON so a PDF or Excel file made a year later shows
 * exactly the figures of the day the report was made.
 *
 * @param generatedBy who made it; null for the automatic run
 * @param overdueCount all petitions overdue at the month's end; {@code overdue} lists at most {@link #OVERDUE_LISTED}
 */
public record MonthlyFigures(
        YearMonth month,
        LocalDateTime generatedAt,
        String generatedBy,
        boolean automatic,
        KpiTotals office,
        List<Department> departments,
        long overdueCount,
        List<Overdue> overdue,
        String mileagePeriod,
        List<Leader> leaders)
        implements Serializable {

    /** The longest-overdue petitions a report lists by name; the count and the per-department counts cover all. */
    public static final int OVERDUE_LISTED = 100;

    /** A department's KPIs and its petitions overdue at the month's end. */
    public record Department(String code, String name, KpiTotals totals, long overdue) implements Serializable {}

    /** A petition still open at the month's end although its deadline had passed. */
    public record Overdue(
            String receiptNo,
            String typeName,
            String departmentName,
            String handlerName,
            LocalDateTime deadline,
            int workingDaysOverdue)
            implements Serializable {}

    /** A place in the office's mileage ranking. */
    public record Leader(
            int rank, String employeeNo, String name, String departmentName, BigDecimal points, int petitions)
            implements Serializable {}

    public MonthlyFigures {
        departments = List.copyOf(departments);
        overdue = List.copyOf(overdue);
        leaders = List.copyOf(leaders);
    }

    /**
     * Departments with their KPIs, completed by those that completed nothing but had overdue petitions; in the order
     * of the KPI lines (best 단축률 first), then the overdue-only ones by code.
     */
    public static List<Department> departments(
            List<Department> withKpis, Map<String, Long> overdueByCode, Map<String, String> namesByCode) {
        Map<String, Department> out = new LinkedHashMap<>();
        for (Department d : withKpis) {
            out.put(
                    String.valueOf(d.code()),
                    new Department(d.code(), d.name(), d.totals(), overdueByCode.getOrDefault(d.code(), 0L)));
        }
        overdueByCode.entrySet().stream()
                .filter(e -> !out.containsKey(String.valueOf(e.getKey())))
                .sorted(Map.Entry.comparingByKey(java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())))
                .forEach(e -> out.put(
                        String.valueOf(e.getKey()),
                        new Department(e.getKey(), namesByCode.get(e.getKey()), KpiTotals.EMPTY, e.getValue())));
        return new ArrayList<>(out.values());
    }

    // ---------------------------------------------------------------- JSON

    public String toJson() {
        JsonArrayBuilder deps = JSON.createArrayBuilder();
        for (Department d : departments) {
            JsonObjectBuilder o = JSON.createObjectBuilder();
            text(o, "code", d.code());
            text(o, "name", d.name());
            deps.add(totals(o, d.totals()).add("overdue", d.overdue()));
        }
        JsonArrayBuilder late = JSON.createArrayBuilder();
        for (Overdue p : overdue) {
            JsonObjectBuilder o = JSON.createObjectBuilder().add("receiptNo", p.receiptNo());
            text(o, "typeName", p.typeName());
            text(o, "departmentName", p.departmentName());
            text(o, "handlerName", p.handlerName());
            late.add(o.add("deadline", p.deadline().toString()).add("workingDaysOverdue", p.workingDaysOverdue()));
        }
        JsonArrayBuilder top = JSON.createArrayBuilder();
        for (Leader l : leaders) {
            JsonObjectBuilder o =
                    JSON.createObjectBuilder().add("rank", l.rank()).add("employeeNo", l.employeeNo());
            text(o, "name", l.name());
            text(o, "departmentName", l.departmentName());
            top.add(o.add("points", l.points()).add("petitions", l.petitions()));
        }
        JsonObjectBuilder root = JSON.createObjectBuilder()
                .add("month", month.toString())
                .add("from", month.atDay(1).toString())
                .add("to", month.atEndOfMonth().toString())
                .add("generatedAt", generatedAt.toString())
                .add("automatic", automatic);
        text(root, "generatedBy", generatedBy);
        root.add("office", totals(JSON.createObjectBuilder(), office))
                .add("departments", deps)
                .add("overdueCount", overdueCount)
                .add("overdue", late);
        text(root, "mileagePeriod", mileagePeriod);
        return root.add("mileageLeaders", top).build().toString();
    }

    public static MonthlyFigures fromJson(String json) {
        JsonObject root = JSON.createReader(new StringReader(json)).readObject();
        List<Department> deps = new ArrayList<>();
        for (JsonValue v : root.getJsonArray("departments")) {
            JsonObject o = v.asJsonObject();
            deps.add(new Department(
                    text(o, "code"),
                    text(o, "name"),
                    totals(o),
                    o.getJsonNumber("overdue").longValue()));
        }
        List<Overdue> late = new ArrayList<>();
        for (JsonValue v : root.getJsonArray("overdue")) {
            JsonObject o = v.asJsonObject();
            late.add(new Overdue(
                    o.getString("receiptNo"),
                    text(o, "typeName"),
                    text(o, "departmentName"),
                    text(o, "handlerName"),
                    LocalDateTime.parse(o.getString("deadline")),
                    o.getInt("workingDaysOverdue")));
        }
        List<Leader> top = new ArrayList<>();
        for (JsonValue v : root.getJsonArray("mileageLeaders")) {
            JsonObject o = v.asJsonObject();
            top.add(new Leader(
                    o.getInt("rank"),
                    o.getString("employeeNo"),
                    text(o, "name"),
                    text(o, "departmentName"),
                    o.getJsonNumber("points").bigDecimalValue(),
                    o.getInt("petitions")));
        }
        return new MonthlyFigures(
                YearMonth.parse(root.getString("month")),
                LocalDateTime.parse(root.getString("generatedAt")),
                text(root, "generatedBy"),
                root.getBoolean("automatic"),
                totals(root.getJsonObject("office")),
                deps,
                root.getJsonNumber("overdueCount").longValue(),
                late,
                text(root, "mileagePeriod"),
                top);
    }

    /** The totals with the rates computed from them, as the KPI API writes them. */
    private static JsonObjectBuilder totals(JsonObjectBuilder o, KpiTotals t) {
        o.add("completed", t.completed()).add("onTime", t.onTime()).add("late", t.late());
        decimal(o, "complianceRate", t.complianceRate());
        decimal(o, "reductionRate", t.reductionRate());
        decimal(o, "legalDays", t.legalDays());
        decimal(o, "usedDays", t.usedDays());
        return o;
    }

    private static KpiTotals totals(JsonObject o) {
        return new KpiTotals(
                o.getJsonNumber("completed").longValue(),
                o.getJsonNumber("onTime").longValue(),
                decimal(o, "legalDays"),
                decimal(o, "usedDays"));
    }

    private static void decimal(JsonObjectBuilder o, String name, BigDecimal value) {
        if (value == null) {
            o.addNull(name);
        } else {
            o.add(name, value);
        }
    }

    private static BigDecimal decimal(JsonObject o, String name) {
        JsonValue v = o.get(name);
        return v instanceof JsonNumber n ? n.bigDecimalValue() : null;
    }

    private static void text(JsonObjectBuilder o, String name, String value) {
        if (value == null) {
            o.addNull(name);
        } else {
            o.add(name, value);
        }
    }

    private static String text(JsonObject o, String name) {
        return o.isNull(name) ? null : o.getString(name);
    }
}
