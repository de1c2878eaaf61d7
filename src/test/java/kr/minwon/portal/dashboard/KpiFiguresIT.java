package kr.minwon.portal.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kr.minwon.portal.testing.DemoUser;
import kr.minwon.portal.testing.OfficeTime;
import kr.minwon.portal.testing.PortalSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * 준수율 and 단축률 (DOMAIN.md §7) as the dashboard page, {@code GET /api/v1/kpis} and the monthly status report show
 * them, against a computation of this test's own from the petition records ({@code GET /api/v1/petitions}).
 *
 * <p>The test seeds, through the REST API, a month of its own that the demo data does not reach (14 months before the
 * office's today; the demo office holds the last 365 days) with every edge: withdrawn and transferred (counted in
 * neither rate), returned (counted), an extension and a clock stop (approved after the original deadline, on time),
 * an approval after working hours, hour-mode petitions approved exactly at the deadline and one minute after it, a
 * period under 2 days (compliance only), two departments. Whatever else lies in that month is listed and computed
 * too, so the figures hold whatever other tests add. The records' own flags are checked against the hand-worked
 * expectations, so that a wrong lateness or time-used computation cannot hide behind figures that merely agree.
 */
class KpiFiguresIT {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** Receipt-number prefix of one seeding: new for each, so that failsafe's rerun of a failed test seeds afresh. */
    private static String run;

    /** Demo catalogue: 3 days (hour mode), 1 day (hour mode, under the 2-day scope), 8 days (day mode), 7 days. */
    private static final String THREE_DAYS = "C0004";

    private static final String ONE_DAY = "C0003";
    private static final String EIGHT_DAYS = "C0006";
    private static final String SEVEN_DAYS = "G0002";
    private static final String TWO_DAYS = "T0002";
    /** demo.employee in 민원1팀 (T-CIVIL-1) of D-CIVIL; demo.reviewer in D-PLAN. */
    private static final String CIVIL_HANDLER = "900001";

    private static final String PLAN_HANDLER = "900003";

    private static YearMonth month;
    private static LocalDate from;
    private static LocalDate to;
    /** The working days of the month, in order. */
    private static List<LocalDate> w;
    /** The seeded petitions as stored, by their suffix. */
    private static final Map<String, JsonObject> seeded = new LinkedHashMap<>();

    // ---------------------------------------------------------------- seeding

    @BeforeAll
    static void seed() {
        run = "KPI" + Long.toString(System.nanoTime() % 60_466_176L, 36).toUpperCase();
        seeded.clear();
        month = OfficeTime.month().minusMonths(14);
        from = month.atDay(1);
        to = month.atEndOfMonth();
        w = workingDays(month);
        assertThat(w).as("working days of " + month).hasSizeGreaterThan(15);

        // Hour mode: exactly at the deadline is on time; one minute after it is late.
        LocalDateTime hourReceipt = w.get(0).atTime(10, 0);
        JsonObject exact = put("H-EXACT", THREE_DAYS, CIVIL_HANDLER, hourReceipt, null, null);
        LocalDateTime deadline = LocalDateTime.parse(exact.getString("deadline"));
        assertThat(exact.getString("mode")).isEqualTo("HOURS");
        complete("H-EXACT", THREE_DAYS, CIVIL_HANDLER, hourReceipt, deadline, "GRANTED");
        put("H-LATE", THREE_DAYS, CIVIL_HANDLER, hourReceipt, null, null);
        complete("H-LATE", THREE_DAYS, CIVIL_HANDLER, hourReceipt, deadline.plusMinutes(1), "GRANTED");
        // Under 2 days: compliance only. Late.
        put("ONE-DAY", ONE_DAY, CIVIL_HANDLER, w.get(0).atTime(11, 0), w.get(2).atTime(10, 0), "GRANTED");
        // Day mode, approved after working hours on day 3: on time, 3 days used.
        put(
                "AFTER-HOURS",
                EIGHT_DAYS,
                CIVIL_HANDLER,
                w.get(0).atTime(9, 0),
                w.get(2).atTime(21, 30),
                "GRANTED");
        // Withdrawn and transferred: counted in neither rate (both would be late).
        put(
                "WITHDRAWN",
                EIGHT_DAYS,
                CIVIL_HANDLER,
                w.get(0).atTime(9, 0),
                w.get(9).atTime(10, 0),
                "WITHDRAWN");
        put(
                "TRANSFERRED",
                THREE_DAYS,
                CIVIL_HANDLER,
                w.get(0).atTime(9, 0),
                w.get(9).atTime(11, 0),
                "TRANSFERRED");
        // Returned: counted (only mileage leaves it out). On time, 4 days used.
        put(
                "RETURNED",
                EIGHT_DAYS,
                CIVIL_HANDLER,
                w.get(0).atTime(9, 0),
                w.get(3).atTime(10, 0),
                "RETURNED");
        // Late by a day: 9 of 8 days.
        put("LATE", EIGHT_DAYS, CIVIL_HANDLER, w.get(0).atTime(9, 0), w.get(8).atTime(10, 0), "GRANTED");
        // Extended by 3 days on day 5, approved on day 10 (after the original deadline, before the extended one).
        LocalDateTime received = w.get(0).atTime(9, 0);
        put("EXTENDED", EIGHT_DAYS, CIVIL_HANDLER, received, null, null);
        HttpResponse<String> ext = api(
                "POST",
                "/api/v1/petitions/" + run + "-EXTENDED/extensions",
                "{\"amount\":3,\"reason\":\"현장 확인 필요\",\"consent\":false,\"decidedAt\":\""
                        + at(w.get(4).atTime(10, 0)) + "\"}");
        assertThat(ext.statusCode()).as(ext.body()).isEqualTo(201);
        complete("EXTENDED", EIGHT_DAYS, CIVIL_HANDLER, received, w.get(9).atTime(10, 0), "GRANTED");
        // A clock stop of two working days (day 2 10:00 to day 4 10:00), approved on day 9: on time.
        put("STOPPED", EIGHT_DAYS, CIVIL_HANDLER, received, null, null);
        HttpResponse<String> stop = api(
                "POST",
                "/api/v1/petitions/" + run + "-STOPPED/stops",
                "{\"reason\":\"SUPPLEMENT\",\"startedAt\":\"" + at(w.get(1).atTime(10, 0)) + "\",\"endedAt\":\""
                        + at(w.get(3).atTime(10, 0)) + "\",\"note\":\"보완 요청\"}");
        assertThat(stop.statusCode()).as(stop.body()).isEqualTo(201);
        complete("STOPPED", EIGHT_DAYS, CIVIL_HANDLER, received, w.get(8).atTime(10, 0), "GRANTED");
        // Another department: one early, one late.
        put(
                "PLAN-EARLY",
                SEVEN_DAYS,
                PLAN_HANDLER,
                w.get(1).atTime(9, 0),
                w.get(2).atTime(15, 0),
                "GRANTED");
        put(
                "PLAN-LATE",
                SEVEN_DAYS,
                PLAN_HANDLER,
                w.get(1).atTime(9, 0),
                w.get(8).atTime(11, 0),
                "GRANTED");
        // Exactly 2 days (hour mode): inside the 단축률 scope. Done in 1.
        put("TWO-DAY", TWO_DAYS, CIVIL_HANDLER, w.get(0).atTime(10, 0), w.get(1).atTime(10, 0), "GRANTED");
        // Approved at the first minute of the month (counts) and at the first minute of the next (does not).
        put("FIRST-MINUTE", EIGHT_DAYS, CIVIL_HANDLER, from.minusDays(1).atTime(10, 0), from.atStartOfDay(), "GRANTED");
        put(
                "NEXT-MIDNIGHT",
                SEVEN_DAYS,
                PLAN_HANDLER,
                w.get(w.size() - 1).atTime(10, 0),
                to.plusDays(1).atStartOfDay(),
                "GRANTED");
        // Still open: in no completed figure.
        put("OPEN", SEVEN_DAYS, PLAN_HANDLER, w.get(3).atTime(9, 0), null, null);
        // Approved in the next month: outside the range.
        put(
                "NEXT-MONTH",
                SEVEN_DAYS,
                PLAN_HANDLER,
                w.get(w.size() - 1).atTime(9, 0),
                firstWorkingDayAfter(to).atTime(10, 0),
                "GRANTED");
        for (String suffix : List.of("H-EXACT", "H-LATE", "EXTENDED", "STOPPED")) {
            seeded.put(suffix, record(suffix));
        }
    }

    // ---------------------------------------------------------------- the records themselves

    @Test
    void the_records_say_on_time_or_late_as_the_law_counts_it() {
        Map<String, Boolean> onTime = new LinkedHashMap<>();
        seeded.forEach((k, v) -> {
            if (!k.equals("OPEN")) {
                onTime.put(k, v.isNull("onTime") ? null : v.getBoolean("onTime"));
            }
        });
        assertThat(onTime)
                .as("onTime of the seeded petitions")
                .containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                        Map.entry("H-EXACT", true),
                        Map.entry("H-LATE", false),
                        Map.entry("ONE-DAY", false),
                        Map.entry("AFTER-HOURS", true),
                        Map.entry("WITHDRAWN", false),
                        Map.entry("TRANSFERRED", false),
                        Map.entry("RETURNED", true),
                        Map.entry("LATE", false),
                        Map.entry("EXTENDED", true),
                        Map.entry("STOPPED", true),
                        Map.entry("PLAN-EARLY", true),
                        Map.entry("PLAN-LATE", false),
                        Map.entry("NEXT-MONTH", true),
                        Map.entry("TWO-DAY", true),
                        Map.entry("FIRST-MINUTE", true),
                        Map.entry("NEXT-MIDNIGHT", true)));
        assertThat(seeded.get("OPEN").isNull("onTime"))
                .as("an open petition has no onTime")
                .isTrue();

        assertThat(decimal(seeded.get("H-EXACT"), "usedDays"))
                .as("exactly at the deadline: all 3 days used")
                .isEqualByComparingTo("3.0");
        assertThat(decimal(seeded.get("ONE-DAY"), "legalDays")).isEqualByComparingTo("1.0");
        assertThat(decimal(seeded.get("TWO-DAY"), "legalDays")).isEqualByComparingTo("2.0");
        assertThat(decimal(seeded.get("TWO-DAY"), "usedDays"))
                .as("8 working hours of 16")
                .isEqualByComparingTo("1.0");
        assertThat(decimal(seeded.get("AFTER-HOURS"), "usedDays"))
                .as("day 1 to day 3")
                .isEqualByComparingTo("3");
        assertThat(decimal(seeded.get("RETURNED"), "usedDays")).isEqualByComparingTo("4");
        assertThat(decimal(seeded.get("LATE"), "usedDays")).isEqualByComparingTo("9");
        assertThat(decimal(seeded.get("STOPPED"), "usedDays"))
                .as("day 1 to day 9, net of the stop")
                .isLessThan(new BigDecimal("9"));
        assertThat(decimal(seeded.get("PLAN-LATE"), "usedDays"))
                .as("day 1 to day 8 of a 7-day period")
                .isEqualByComparingTo("8");
        assertThat(decimal(seeded.get("PLAN-EARLY"), "usedDays")).isEqualByComparingTo("2");
        assertThat(LocalDateTime.parse(seeded.get("EXTENDED").getString("deadline")))
                .as("the extension moved the deadline")
                .isAfter(LocalDateTime.parse(seeded.get("EXTENDED").getString("originalDeadline")));
    }

    // ---------------------------------------------------------------- the figures

    @Test
    void the_kpi_api_matches_the_records_for_the_office_a_department_and_a_handler() {
        List<JsonObject> all = listed();
        assertThat(all.stream().map(p -> p.getString("receiptNo")))
                .as("the seeded petitions are listed")
                .contains(run + "-H-EXACT", run + "-WITHDRAWN", run + "-PLAN-LATE");

        Expected office = Expected.of(all, p -> true);
        assertThat(office.completed).as("office completions in " + month).isGreaterThanOrEqualTo(10);
        office.assertMatches("GET /api/v1/kpis (office)", kpis(null, null));

        Expected civil = Expected.of(all, inDepartment("D-CIVIL"));
        civil.assertMatches("GET /api/v1/kpis?department=D-CIVIL", kpis("D-CIVIL", null));
        Expected plan = Expected.of(all, inDepartment("D-PLAN"));
        plan.assertMatches("GET /api/v1/kpis?department=D-PLAN", kpis("D-PLAN", null));
        Expected handler = Expected.of(all, p -> PLAN_HANDLER.equals(p.getString("handlerNo")));
        handler.assertMatches("GET /api/v1/kpis?handler=" + PLAN_HANDLER, kpis(null, PLAN_HANDLER));
    }

    @Test
    void the_test_computation_gives_the_hand_worked_figures_of_the_seeded_petitions() {
        List<JsonObject> mine = List.copyOf(seeded.values());
        // D-PLAN: 7 days done in 2 and 7 days done in 8 (late): compliance 1 of 2, (5 − 1) / 14 = 28.6 %.
        Expected plan = Expected.of(mine, inDepartment("D-PLAN"));
        assertThat(plan.completed()).isEqualTo(2);
        assertThat(plan.onTime()).isEqualTo(1);
        assertThat(plan.legal()).isEqualByComparingTo("14");
        assertThat(plan.used()).isEqualByComparingTo("10");
        assertThat(plan.compliance()).isEqualByComparingTo("50.0");
        assertThat(plan.reduction()).isEqualByComparingTo("28.6");
        // D-CIVIL: 10 count (withdrawn and transferred do not), 7 on time; the 1-day petition is outside 단축률.
        Expected civil = Expected.of(mine, inDepartment("D-CIVIL"));
        assertThat(civil.completed()).isEqualTo(10);
        assertThat(civil.onTime()).isEqualTo(7);
        assertThat(civil.legal()).as("3 + 3 + 8 × 6 + 2 (not the 1-day one)").isEqualByComparingTo("56");
    }

    @Test
    void the_dashboard_page_shows_the_same_figures_as_the_records() {
        List<JsonObject> all = listed();
        PortalSession auditor = PortalSession.signedIn(DemoUser.AUDITOR);
        Expected.of(all, p -> true).assertShown("dashboard (office)", dashboard(auditor, null));
        Expected.of(all, inDepartment("D-CIVIL")).assertShown("dashboard (D-CIVIL)", dashboard(auditor, "D-CIVIL"));
    }

    @Test
    void the_monthly_report_made_again_holds_the_same_figures_as_the_records() {
        HttpResponse<String> made = api("POST", "/api/v1/reports/monthly/" + month + "/regenerate", null);
        assertThat(made.statusCode()).as(made.body()).isEqualTo(200);
        HttpResponse<String> stored = api("GET", "/api/v1/reports/monthly/" + month, null);
        assertThat(stored.statusCode()).as(stored.body()).isEqualTo(200);
        JsonObject report = json(stored.body());
        List<JsonObject> all = listed();
        Expected.of(all, p -> true)
                .assertMatches("monthly report " + month + " (office)", report.getJsonObject("office"));
        for (String code : List.of("D-CIVIL", "D-PLAN")) {
            JsonObject line = department(report, code);
            assertThat(line).as("report line of " + code).isNotNull();
            Expected.of(all, inDepartment(code)).assertMatches("monthly report " + month + " (" + code + ")", line);
        }
    }

    // ---------------------------------------------------------------- the test's own computation

    /** The KPI sums and rates computed here from the records, by DOMAIN.md §7. */
    private record Expected(long completed, long onTime, BigDecimal legal, BigDecimal used) {

        static Expected of(List<JsonObject> records, Predicate<JsonObject> scope) {
            long completed = 0;
            long onTime = 0;
            BigDecimal legal = BigDecimal.ZERO;
            BigDecimal used = BigDecimal.ZERO;
            for (JsonObject p : records) {
                if (!scope.test(p) || p.isNull("approvedAt")) {
                    continue;
                }
                LocalDate approved =
                        LocalDateTime.parse(p.getString("approvedAt")).toLocalDate();
                String outcome = p.isNull("outcome") ? "GRANTED" : p.getString("outcome");
                if (approved.isBefore(from)
                        || approved.isAfter(to)
                        || outcome.equals("WITHDRAWN")
                        || outcome.equals("TRANSFERRED")) {
                    continue;
                }
                completed++;
                onTime += p.getBoolean("onTime") ? 1 : 0;
                BigDecimal legalDays = decimal(p, "legalDays");
                if (legalDays.compareTo(BigDecimal.valueOf(2)) >= 0) {
                    legal = legal.add(legalDays);
                    used = used.add(decimal(p, "usedDays"));
                }
            }
            return new Expected(completed, onTime, legal, used);
        }

        BigDecimal compliance() {
            return completed == 0
                    ? null
                    : BigDecimal.valueOf(onTime)
                            .multiply(HUNDRED)
                            .divide(BigDecimal.valueOf(completed), 1, RoundingMode.HALF_UP);
        }

        BigDecimal reduction() {
            return legal.signum() == 0
                    ? null
                    : legal.subtract(used).multiply(HUNDRED).divide(legal, 1, RoundingMode.HALF_UP);
        }

        void assertMatches(String where, JsonObject shown) {
            assertThat(shown.getJsonNumber("completed").longValue())
                    .as(where + ": completed")
                    .isEqualTo(completed);
            assertThat(shown.getJsonNumber("onTime").longValue())
                    .as(where + ": onTime")
                    .isEqualTo(onTime);
            assertThat(shown.getJsonNumber("late").longValue())
                    .as(where + ": late")
                    .isEqualTo(completed - onTime);
            assertThat(decimalOrNull(shown, "legalDays"))
                    .as(where + ": legalDays")
                    .isEqualByComparingTo(legal);
            assertThat(decimalOrNull(shown, "usedDays"))
                    .as(where + ": usedDays")
                    .isEqualByComparingTo(used);
            assertRate(where + ": complianceRate", decimalOrNull(shown, "complianceRate"), compliance());
            assertRate(where + ": reductionRate", decimalOrNull(shown, "reductionRate"), reduction());
        }

        void assertShown(String where, Map<String, String> page) {
            assertThat(page.get("completed")).as(where + ": completed").isEqualTo(Long.toString(completed));
            assertThat(page.get("onTime")).as(where + ": onTime").isEqualTo(Long.toString(onTime));
            assertThat(page.get("late")).as(where + ": late").isEqualTo(Long.toString(completed - onTime));
            assertThat(page.get("complianceRate"))
                    .as(where + ": 준수율")
                    .isEqualTo(compliance() == null ? null : compliance().toPlainString());
            assertThat(page.get("reductionRate"))
                    .as(where + ": 단축률")
                    .isEqualTo(reduction() == null ? null : reduction().toPlainString());
        }

        private static void assertRate(String what, BigDecimal shown, BigDecimal expected) {
            if (expected == null) {
                assertThat(shown).as(what).isNull();
            } else {
                assertThat(shown).as(what).isNotNull().isEqualByComparingTo(expected);
            }
        }
    }

    private static Predicate<JsonObject> inDepartment(String code) {
        return p -> code.equals(p.getString("departmentCode"))
                || (p.containsKey("parentDepartmentCode") && code.equals(p.getString("parentDepartmentCode")));
    }

    // ---------------------------------------------------------------- reading the portal

    /** Every petition approved in the month (and a day either side, which the computation leaves out), all pages. */
    private static List<JsonObject> listed() {
        List<JsonObject> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int page = 0; ; page++) {
            JsonObject body = json(ok(api(
                    "GET",
                    "/api/v1/petitions?approvedFrom=" + from.minusDays(1) + "&approvedTo=" + to.plusDays(2)
                            + "&size=500&page=" + page,
                    null)));
            JsonArray items = body.getJsonArray("items");
            for (JsonValue v : items) {
                JsonObject p = v.asJsonObject();
                if (seen.add(p.getString("receiptNo"))) {
                    out.add(p);
                }
            }
            if (items.isEmpty() || out.size() >= body.getJsonNumber("total").longValue()) {
                return out;
            }
        }
    }

    private static JsonObject kpis(String department, String handler) {
        return json(ok(api(
                "GET",
                "/api/v1/kpis?from=" + from + "&to=" + to + (department == null ? "" : "&department=" + department)
                        + (handler == null ? "" : "&handler=" + handler),
                null)));
    }

    private static final Pattern FIGURE =
            Pattern.compile("id=\"(complianceRate|reductionRate|completed|onTime|late)\"[^>]*>([^<]*)<");

    /** The dashboard's figure cards: rates without the " %" (null when the page says there is no rate). */
    private static Map<String, String> dashboard(PortalSession session, String department) {
        HttpResponse<String> page = session.get("/dashboard/index.xhtml?from=" + from + "&to=" + to
                + (department == null ? "" : "&department=" + department));
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        Map<String, String> figures = new LinkedHashMap<>();
        Matcher m = FIGURE.matcher(page.body());
        while (m.find()) {
            String value = m.group(2).trim();
            if (m.group(1).endsWith("Rate")) {
                value = value.endsWith("%")
                        ? value.substring(0, value.length() - 1).trim()
                        : null;
            }
            figures.putIfAbsent(m.group(1), value);
        }
        assertThat(figures)
                .as("figure cards of the dashboard")
                .containsKeys("complianceRate", "reductionRate", "completed", "onTime", "late");
        assertThat(page.body()).as("the range shown").contains(from + " – " + to);
        return figures;
    }

    private static JsonObject department(JsonObject report, String code) {
        for (JsonValue v : report.getJsonArray("departments")) {
            JsonObject d = v.asJsonObject();
            if (code.equals(d.isNull("code") ? null : d.getString("code"))) {
                return d;
            }
        }
        return null;
    }

    // ---------------------------------------------------------------- seeding helpers

    private static JsonObject put(
            String suffix,
            String type,
            String handler,
            LocalDateTime received,
            LocalDateTime approved,
            String outcome) {
        String body = "{\"typeCode\":\"" + type + "\",\"receivedAt\":\"" + at(received) + "\",\"handlerNo\":\""
                + handler
                + "\",\"channel\":\"COUNTER\",\"resident\":\"IN\""
                + (approved == null ? "" : ",\"approvedAt\":\"" + at(approved) + "\",\"outcome\":\"" + outcome + "\"")
                + "}";
        HttpResponse<String> r = api("PUT", "/api/v1/petitions/" + run + "-" + suffix, body);
        assertThat(r.statusCode()).as(suffix + ": " + r.body()).isIn(200, 201);
        JsonObject stored = json(r.body());
        seeded.put(suffix, stored);
        return stored;
    }

    /** The same record again, now with its approval (the PUT keeps its stops and extensions). */
    private static void complete(
            String suffix,
            String type,
            String handler,
            LocalDateTime received,
            LocalDateTime approved,
            String outcome) {
        put(suffix, type, handler, received, approved, outcome);
    }

    private static JsonObject record(String suffix) {
        return json(ok(api("GET", "/api/v1/petitions/" + run + "-" + suffix, null)));
    }

    private static List<LocalDate> workingDays(YearMonth m) {
        Set<LocalDate> holidays = new HashSet<>();
        for (int year : new int[] {m.getYear(), m.plusMonths(1).getYear()}) {
            for (JsonValue v : Json.createReader(new StringReader(ok(api("GET", "/api/v1/holidays?year=" + year, null))
                            .body()))
                    .readArray()) {
                holidays.add(LocalDate.parse(v.asJsonObject().getString("date")));
            }
        }
        workingDayHolidays = holidays;
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = m.atDay(1); !d.isAfter(m.atEndOfMonth()); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                days.add(d);
            }
        }
        return days;
    }

    private static Set<LocalDate> workingDayHolidays = Set.of();

    private static boolean isWorkingDay(LocalDate d) {
        return d.getDayOfWeek() != DayOfWeek.SATURDAY
                && d.getDayOfWeek() != DayOfWeek.SUNDAY
                && !workingDayHolidays.contains(d);
    }

    private static LocalDate firstWorkingDayAfter(LocalDate d) {
        LocalDate next = d.plusDays(1);
        while (!isWorkingDay(next)) {
            next = next.plusDays(1);
        }
        return next;
    }

    private static HttpResponse<String> api(String method, String path, String json) {
        return PortalSession.api(
                method, path, "application/json", json == null ? null : json.getBytes(StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> ok(HttpResponse<String> r) {
        assertThat(r.statusCode()).as(r.uri() + ": " + r.body()).isEqualTo(200);
        return r;
    }

    private static JsonObject json(HttpResponse<String> r) {
        return json(r.body());
    }

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }

    private static String at(LocalDateTime t) {
        return MINUTES.format(t);
    }

    private static BigDecimal decimal(JsonObject o, String name) {
        BigDecimal d = decimalOrNull(o, name);
        return d == null ? BigDecimal.ZERO : d;
    }

    private static BigDecimal decimalOrNull(JsonObject o, String name) {
        JsonValue v = o.get(name);
        return v instanceof JsonNumber n ? n.bigDecimalValue() : null;
    }
}
