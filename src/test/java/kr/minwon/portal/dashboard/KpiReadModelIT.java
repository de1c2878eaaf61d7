package kr.minwon.portal.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
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
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kr.minwon.portal.testing.OfficeTime;
import kr.minwon.portal.testing.PortalSession;
import org.junit.jupiter.api.Test;

/**
 * The KPI read model ({@code kpi_day} and its month roll-up {@code kpi_month}, issue 16) and the extended-hours
 * figures per channel (issue 18): after registrations and completions through the API, a CSV import across two chunks
 * (new rows and updates that move a petition to another day, channel and residence), corrections of completed petitions, and a calendar change, the
 * read model equals a recomputation from the petitions ({@code GET /api/v1/kpis/read-model/differences}), and the
 * endpoints' figures equal this test's own computation from the petitions it wrote; a range of whole months (month
 * rows) and edge days (day rows) adds up to its pieces read from day rows alone, before and after a rebuild.
 */
class KpiReadModelIT {

    private static final DateTimeFormatter API = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
    private static final DateTimeFormatter CSV = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final String RUN =
            "KR" + Long.toString(System.currentTimeMillis() % 10_000_000, 36).toUpperCase();
    private static final String HANDLER = "900001";
    private static final String IMMEDIATE = "C0001";
    private static final String SEVEN_DAYS = "G0002";

    /** What this test wrote, by receipt number, as the server holds it last. */
    private record Written(String channel, String resident, LocalDateTime received, LocalDateTime approved) {}

    private final Map<String, Written> written = new LinkedHashMap<>();

    private static HttpResponse<String> call(String method, String path, String type, String body) {
        return PortalSession.api(method, path, type, body == null ? null : body.getBytes(StandardCharsets.UTF_8));
    }

    private static JsonObject json(HttpResponse<String> r) {
        assertThat(r.statusCode()).as(r.body()).isBetween(200, 299);
        return Json.createReader(new StringReader(r.body())).readObject();
    }

    private void put(
            String no, String type, String channel, String resident, LocalDateTime received, LocalDateTime approved) {
        String body = "{\"typeCode\":\"" + type + "\",\"receivedAt\":\"" + API.format(received)
                + "\",\"handlerNo\":\"" + HANDLER + "\",\"channel\":\"" + channel + "\""
                + (resident == null ? "" : ",\"resident\":\"" + resident + "\"")
                + (approved == null
                        ? ""
                        : ",\"approvedAt\":\"" + API.format(approved) + "\",\"closedAt\":\"" + API.format(approved)
                                + "\",\"outcome\":\"GRANTED\"")
                + "}";
        HttpResponse<String> r = call("PUT", "/api/v1/petitions/" + no, "application/json", body);
        assertThat(r.statusCode()).as(no + ": " + r.body()).isIn(200, 201);
        written.put(no, new Written(channel, resident, received, approved));
    }

    private static List<String> differences() {
        List<String> out = new ArrayList<>();
        json(call("GET", "/api/v1/kpis/read-model/differences", null, null))
                .getJsonArray("differences")
                .forEach(v -> out.add(v.toString()));
        return out;
    }

    @Test
    void the_read_model_agrees_with_the_petitions_after_imports_corrections_and_calendar_changes() {
        assertThat(differences()).as("before this test").isEmpty();
        YearMonth month = OfficeTime.month().minusMonths(17);
        LocalDate saturday = month.atDay(1).with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
        LocalDate from = saturday;
        LocalDate to = saturday.plusDays(13);
        String range = "from=" + from + "&to=" + to;
        JsonObject before = json(call("GET", "/api/v1/kpis/extended-hours?" + range, null, null));
        for (String ch : List.of("OFFICE365", "ONLINE", "COUNTER", "SATURDAY")) {
            assertThat(before.getJsonObject("channels").getJsonObject(ch).getInt("count"))
                    .as("nothing else in " + range + " on " + ch)
                    .isZero();
        }

        // Registrations and completions, one by one.
        put(RUN + "-A", IMMEDIATE, "OFFICE365", "OUT", saturday.atTime(10, 0), saturday.atTime(10, 20));
        put(
                RUN + "-B",
                SEVEN_DAYS,
                "OFFICE365",
                "IN",
                saturday.atTime(11, 0),
                saturday.plusDays(2).atTime(10, 0));
        put(
                RUN + "-C",
                SEVEN_DAYS,
                "OFFICE365",
                "OUT",
                saturday.plusDays(3).atTime(19, 0),
                saturday.plusDays(4).atTime(10, 0));
        put(
                RUN + "-D",
                SEVEN_DAYS,
                "COUNTER",
                null,
                saturday.plusDays(2).atTime(9, 30),
                saturday.plusDays(11).atTime(16, 0));
        put(
                RUN + "-E",
                IMMEDIATE,
                "SATURDAY",
                "OUT",
                saturday.plusDays(7).atTime(10, 0),
                saturday.plusDays(7).atTime(10, 30));
        put(RUN + "-F", SEVEN_DAYS, "ONLINE", "IN", saturday.plusDays(9).atTime(10, 0), null);

        // An import of more rows than one chunk (1,000): new petitions, and updates of earlier ones to another
        // approval day, channel and residence.
        StringBuilder csv = new StringBuilder(
                "receipt_no,type_code,received_at,handler_no,channel,resident,approved_at,closed_at,outcome\n");
        for (int i = 0; i < 1_020; i++) {
            String no = RUN + "-I" + i;
            LocalDateTime received = saturday.plusDays(i % 12).atTime(9 + i % 8, 5);
            LocalDateTime approved = i % 4 == 0 ? null : received.plusHours(1);
            String channel = i % 3 == 0 ? "OFFICE365" : "ONLINE";
            String resident = i % 2 == 0 ? "OUT" : "IN";
            csv.append(row(no, received, channel, resident, approved));
            written.put(no, new Written(channel, resident, received, approved));
        }
        for (String no : List.of(RUN + "-B", RUN + "-D")) {
            Written w = written.get(no);
            LocalDateTime approved = w.received().plusDays(1).withHour(15);
            csv.append(row(no, w.received(), "OFFICE365", "OUT", approved)
                    .replace("," + IMMEDIATE + ",", "," + SEVEN_DAYS + ","));
            written.put(no, new Written("OFFICE365", "OUT", w.received(), approved));
        }
        JsonObject imported = json(call("POST", "/api/v1/imports/petitions", "text/csv", csv.toString()));
        assertThat(imported.toString()).contains("1020");
        assertThat(differences()).as("after the import").isEmpty();

        // Corrections of completed petitions: another channel and residence, a later approval, back to open.
        put(
                RUN + "-C",
                SEVEN_DAYS,
                "NIGHT",
                "IN",
                saturday.plusDays(3).atTime(19, 0),
                saturday.plusDays(5).atTime(11, 0));
        put(
                RUN + "-I5",
                IMMEDIATE,
                "OFFICE365",
                "IN",
                written.get(RUN + "-I5").received(),
                written.get(RUN + "-I5").received().plusHours(3));
        assertThat(differences()).as("after corrections").isEmpty();

        // A calendar change: a temporary holiday inside an open petition's period, then removed.
        LocalDateTime now = OfficeTime.minute();
        String open = RUN + "-NOW";
        put(open, SEVEN_DAYS, "ONLINE", "IN", now.minusMinutes(30), null);
        LocalDate due = LocalDate.parse(json(call("GET", "/api/v1/petitions/" + open, null, null))
                .getString("deadline")
                .substring(0, 10));
        LocalDate holiday = due.minusDays(1);
        while (holiday.getDayOfWeek().getValue() >= 6) {
            holiday = holiday.minusDays(1);
        }
        HttpResponse<String> added = call(
                "PUT",
                "/api/v1/holidays/" + holiday,
                "application/json",
                "{\"name\":\"임시공휴일(KPI 시험)\",\"kind\":\"TEMPORARY\",\"reason\":\"" + RUN + "\"}");
        try {
            assertThat(added.statusCode()).as(added.body()).isIn(200, 201);
            assertThat(differences()).as("after a calendar change").isEmpty();
        } finally {
            if (added.statusCode() == 201) {
                json(call("DELETE", "/api/v1/holidays/" + holiday + "?reason=cleanup", null, null));
            }
        }
        assertThat(differences()).as("after the calendar change went").isEmpty();

        // The extended-hours figures against this test's own computation from what it wrote.
        JsonObject channels = json(call("GET", "/api/v1/kpis/extended-hours?" + range, null, null))
                .getJsonObject("channels");
        for (String ch : List.of("OFFICE365", "ONLINE", "NIGHT", "SATURDAY", "COUNTER")) {
            long count = 0;
            long weekend = 0;
            long out = 0;
            long known = 0;
            Set<LocalDate> days = new HashSet<>();
            for (Written w : written.values()) {
                if (!w.channel().equals(ch)
                        || w.approved() == null
                        || w.approved().toLocalDate().isBefore(from)
                        || w.approved().toLocalDate().isAfter(to)) {
                    continue;
                }
                count++;
                days.add(w.approved().toLocalDate());
                weekend += w.received().getDayOfWeek().getValue() >= 6 ? 1 : 0;
                known += w.resident() == null ? 0 : 1;
                out += "OUT".equals(w.resident()) ? 1 : 0;
            }
            JsonObject c = channels.getJsonObject(ch);
            assertThat(c.getInt("count")).as(ch + " count").isEqualTo(count);
            assertThat(c.getInt("days")).as(ch + " days").isEqualTo(days.size());
            assertThat(c.getInt("weekend")).as(ch + " weekend").isEqualTo(weekend);
            assertThat(c.getInt("outOfDistrict")).as(ch + " out").isEqualTo(out);
            assertThat(decimal(c, "perDay")).as(ch + " perDay").isEqualTo(ratio(count, days.size(), 1));
            assertThat(decimal(c, "weekendShare")).as(ch + " weekendShare").isEqualTo(ratio(weekend, count, 100));
            assertThat(decimal(c, "outOfDistrictShare")).as(ch + " outShare").isEqualTo(ratio(out, known, 100));
        }
        assertThat(channels.getJsonObject("OFFICE365").getInt("count")).isGreaterThan(250);

        // The KPI endpoint's completed count is this test's, and its figures survive a rebuild from the petitions.
        JsonObject kpis = json(call("GET", "/api/v1/kpis?" + range, null, null));
        long completed = written.values().stream()
                .filter(w -> w.approved() != null
                        && !w.approved().toLocalDate().isBefore(from)
                        && !w.approved().toLocalDate().isAfter(to))
                .count();
        assertThat(kpis.getInt("completed")).isEqualTo(completed);

        // Whole months are read from the month roll-up (kpi_month), partial ones from the day rows: a range holding a
        // whole month and edge days adds up to two pieces that hold no whole month (day rows only).
        String wide = "from=" + month.minusMonths(1).atDay(15) + "&to="
                + month.plusMonths(1).atDay(10);
        JsonObject whole = json(call("GET", "/api/v1/kpis?" + wide, null, null));
        JsonObject first = json(call(
                "GET", "/api/v1/kpis?from=" + month.minusMonths(1).atDay(15) + "&to=" + month.atDay(14), null, null));
        JsonObject second = json(call(
                "GET",
                "/api/v1/kpis?from=" + month.atDay(15) + "&to="
                        + month.plusMonths(1).atDay(10),
                null,
                null));
        assertThat(whole.getInt("completed")).isGreaterThanOrEqualTo((int) completed);
        for (String n : List.of("completed", "onTime", "late", "legalDays", "usedDays")) {
            assertThat(whole.getJsonNumber(n).bigDecimalValue())
                    .as(n + " of " + wide)
                    .isEqualByComparingTo(first.getJsonNumber(n)
                            .bigDecimalValue()
                            .add(second.getJsonNumber(n).bigDecimalValue()));
        }
        for (String ch : whole.getJsonObject("byChannel").keySet()) {
            assertThat(whole.getJsonObject("byChannel").getInt(ch))
                    .as(ch + " of " + wide)
                    .isEqualTo(first.getJsonObject("byChannel").getInt(ch)
                            + second.getJsonObject("byChannel").getInt(ch));
        }
        JsonObject wideHours = json(call("GET", "/api/v1/kpis/extended-hours?" + wide, null, null));
        assertThat(wideHours
                        .getJsonObject("channels")
                        .getJsonObject("OFFICE365")
                        .getInt("count"))
                .isEqualTo(whole.getJsonObject("byChannel").getInt("OFFICE365"));

        json(call("POST", "/api/v1/kpis/rebuild", "application/json", null));
        JsonObject rebuilt = json(call("GET", "/api/v1/kpis?" + range, null, null));
        assertThat(without(rebuilt)).isEqualTo(without(kpis));
        assertThat(without(json(call("GET", "/api/v1/kpis?" + wide, null, null))))
                .as("whole months and edge days after the rebuild")
                .isEqualTo(without(whole));
        assertThat(json(call("GET", "/api/v1/kpis/extended-hours?" + wide, null, null)))
                .isEqualTo(wideHours);
        assertThat(differences()).isEmpty();
    }

    private static String row(
            String no, LocalDateTime received, String channel, String resident, LocalDateTime approved) {
        return no + "," + IMMEDIATE + "," + CSV.format(received) + "," + HANDLER + "," + channel + "," + resident + ","
                + (approved == null ? ",," : CSV.format(approved) + "," + CSV.format(approved) + ",GRANTED") + "\n";
    }

    private static BigDecimal decimal(JsonObject o, String name) {
        return o.isNull(name) ? null : o.getJsonNumber(name).bigDecimalValue().setScale(1, RoundingMode.UNNECESSARY);
    }

    private static BigDecimal ratio(long part, long whole, int times) {
        return whole == 0
                ? null
                : BigDecimal.valueOf(part * (long) times).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }

    /** The figures without the "as of now" counts (a rebuild takes a moment). */
    private static String without(JsonObject o) {
        return Json.createObjectBuilder(o)
                .remove("open")
                .remove("openOverdue")
                .remove("atRisk")
                .build()
                .toString();
    }
}
