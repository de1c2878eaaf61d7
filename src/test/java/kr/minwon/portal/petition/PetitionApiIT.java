package kr.minwon.portal.petition;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import kr.minwon.portal.testing.OfficeTime;
import kr.minwon.portal.testing.PortalSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The petition contract of INTERFACES.md §2 through the running portal: the deadline calculator on the worked examples
 * of DOMAIN.md §2, idempotent PUT, field-named errors, all-or-nothing CSV imports, and a holiday that moves the open
 * deadlines it touches while completed petitions stay as they were.
 */
class PetitionApiIT {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
    /** A receipt-number prefix of this run, so a rerun on a kept database still creates. */
    private static final String RUN =
            "IT" + Long.toString(System.currentTimeMillis() % 10_000_000, 36).toUpperCase();

    private static HttpResponse<String> call(String method, String path, String contentType, byte[] body) {
        return PortalSession.api(method, path, contentType, body);
    }

    private static HttpResponse<String> get(String path) {
        return call("GET", path, null, null);
    }

    private static HttpResponse<String> putJson(String path, String json) {
        return call("PUT", path, "application/json", json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> postCsv(String path, byte[] csv) {
        return call("POST", path, "text/csv", csv);
    }

    private static JsonObject json(HttpResponse<String> r) {
        return Json.createReader(new StringReader(r.body())).readObject();
    }

    private static String now(long minutesAgo) {
        return MINUTES.format(OfficeTime.now().minusMinutes(minutesAgo));
    }

    private static String record(String type, String receivedAt, String approvedAt) {
        return "{\"typeCode\":\"" + type + "\",\"receivedAt\":\"" + receivedAt + "\",\"handlerNo\":\"900001\","
                + "\"channel\":\"ONLINE\",\"resident\":\"IN\""
                + (approvedAt == null ? "" : ",\"approvedAt\":\"" + approvedAt + "\",\"outcome\":\"GRANTED\"") + "}";
    }

    @ParameterizedTest(name = "{1} {2} received {0} is due {3}")
    @CsvSource({
        "2026-05-29T15:00, 3, DAY, 2026-06-04T15:00, HOURS",
        "2026-04-30T16:30, 1, DAY, 2026-05-04T16:30, HOURS",
        "2026-07-16T16:00, 0, IMMEDIATE, 2026-07-20T10:00, HOURS",
        "2026-09-18T09:00, 7, DAY, 2026-09-30T18:00, DAYS",
        "2027-02-03T09:00, 10, DAY, 2027-02-18T18:00, DAYS",
        "2025-09-29T09:00, 14, DAY, 2025-10-23T18:00, DAYS"
    })
    void the_calculator_answers_every_worked_example_of_the_law(
            String receivedAt, int period, String unit, String deadline, String mode) {
        HttpResponse<String> r =
                get("/api/v1/deadlines?receivedAt=" + receivedAt + "&period=" + period + "&unit=" + unit);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(json(r).getString("deadline")).isEqualTo(deadline);
        assertThat(json(r).getString("mode")).isEqualTo(mode);
    }

    @Test
    void the_same_record_twice_is_created_once_and_then_unchanged() {
        String path = "/api/v1/petitions/" + RUN + "-PUT-1";
        String body = record("C0004", now(120), null);
        HttpResponse<String> first = putJson(path, body);
        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        assertThat(json(first).getString("mode")).isEqualTo("HOURS");
        assertThat(json(first).getString("deadline")).isNotBlank();
        HttpResponse<String> again = putJson(path, body);
        assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
        assertThat(json(again).getString("result")).isEqualTo("UNCHANGED");
        assertThat(json(get(path)).getString("deadline")).isEqualTo(json(first).getString("deadline"));
    }

    @Test
    void bad_records_get_a_problem_naming_the_field() {
        String path = "/api/v1/petitions/" + RUN + "-BAD-1";
        assertProblem(putJson(path, "{\"typeCode\": "), 400, null);
        assertProblem(putJson(path, "{\"typeCode\":\"C0004\",\"receivedAt\":\"" + now(60) + "\"}"), 400, "handlerNo");
        assertProblem(putJson(path, record("X9999", now(60), null)), 422, "typeCode");
        assertProblem(
                putJson(path, record("C0004", MINUTES.format(OfficeTime.now().plusDays(2)), null)), 422, "receivedAt");
        assertThat(get(path).statusCode()).as("nothing was stored").isEqualTo(404);
    }

    private static void assertProblem(HttpResponse<String> r, int status, String field) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        if (field != null) {
            assertThat(r.body()).contains("\"field\":\"" + field + "\"");
        }
    }

    private static String csvRows(String prefix, int from, int count) {
        StringBuilder b = new StringBuilder();
        for (int i = from; i < from + count; i++) {
            b.append(prefix)
                    .append('-')
                    .append(i)
                    .append(",G0002,")
                    .append(now(300 + i).replace('T', ' '))
                    .append(",900001,COUNTER,IN,,,\n");
        }
        return b.toString();
    }

    @Test
    void a_csv_imported_twice_changes_nothing_the_second_time() {
        String prefix = RUN + "-CSV";
        byte[] csv = ("receipt_no,type_code,received_at,handler_no,channel,resident,approved_at,closed_at,outcome\n"
                        + csvRows(prefix, 1, 5))
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        HttpResponse<String> first = postCsv("/api/v1/imports/petitions", csv);
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        assertThat(json(first).getInt("created")).isEqualTo(5);
        HttpResponse<String> second = postCsv("/api/v1/imports/petitions", csv);
        assertThat(json(second).getInt("created")).isZero();
        assertThat(json(second).getInt("updated")).isZero();
        assertThat(json(second).getInt("unchanged")).isEqualTo(5);
    }

    @Test
    void a_csv_with_one_bad_row_writes_nothing_and_names_the_row() {
        String prefix = RUN + "-BADCSV";
        String csv = "receipt_no,type_code,received_at,handler_no\n"
                + prefix + "-1,G0002," + now(400).replace('T', ' ') + ",900001\n"
                + prefix + "-2,NO-SUCH-TYPE," + now(400).replace('T', ' ') + ",900001\n"
                + prefix + "-3,G0002," + now(400).replace('T', ' ') + ",900001\n";
        HttpResponse<String> r =
                postCsv("/api/v1/imports/petitions", csv.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(422);
        assertThat(r.body()).contains("\"row\":3").contains("type_code");
        assertThat(get("/api/v1/petitions/" + prefix + "-1").statusCode())
                .as("the good rows were not written")
                .isEqualTo(404);
        assertThat(get("/api/v1/petitions/" + prefix + "-3").statusCode()).isEqualTo(404);
    }

    @Test
    void a_cp949_file_with_korean_headers_imports() {
        String prefix = RUN + "-KO";
        String csv = "접수번호,민원사무코드,접수일시,담당자사번,접수경로,관내여부\n" + prefix + "-1,G0002," + now(500).replace('T', ' ')
                + ",900001,방문,관외\n";
        HttpResponse<String> r = postCsv("/api/v1/imports/petitions", csv.getBytes(Charset.forName("x-windows-949")));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(json(r).getInt("created")).isEqualTo(1);
        JsonObject stored = json(get("/api/v1/petitions/" + prefix + "-1"));
        assertThat(stored.getString("channel")).isEqualTo("COUNTER");
        assertThat(stored.getString("resident")).isEqualTo("OUT");
    }

    @Test
    void a_temporary_holiday_moves_open_deadlines_and_keeps_the_original_while_completed_ones_stay() {
        String open = "/api/v1/petitions/" + RUN + "-HOL-OPEN";
        String done = "/api/v1/petitions/" + RUN + "-HOL-DONE";
        assertThat(putJson(open, record("G0006", now(30), null)).statusCode()).isEqualTo(201);
        assertThat(putJson(done, record("G0006", now(60), now(20))).statusCode())
                .isEqualTo(201);
        JsonObject before = json(get(open));
        String doneBefore = json(get(done)).getString("deadline");
        LocalDate due = LocalDate.parse(before.getString("deadline").substring(0, 10));
        LocalDate holiday = due.minusDays(1);
        while (holiday.getDayOfWeek() == DayOfWeek.SATURDAY || holiday.getDayOfWeek() == DayOfWeek.SUNDAY) {
            holiday = holiday.minusDays(1);
        }
        HttpResponse<String> added = putJson(
                "/api/v1/holidays/" + holiday, "{\"name\":\"임시공휴일(시험)\",\"kind\":\"TEMPORARY\",\"reason\":\"통합 시험\"}");
        try {
            assertThat(added.statusCode()).as(added.body()).isIn(200, 201);
            JsonObject after = json(get(open));
            assertThat(after.getString("deadline"))
                    .as("moved past the new holiday")
                    .isGreaterThan(before.getString("deadline"));
            assertThat(after.getString("originalDeadline")).isEqualTo(before.getString("originalDeadline"));
            assertThat(json(get(done)).getString("deadline"))
                    .as("completed petitions stay")
                    .isEqualTo(doneBefore);
        } finally {
            HttpResponse<String> removed =
                    call("DELETE", "/api/v1/holidays/" + holiday + "?reason=cleanup", null, null);
            assertThat(removed.statusCode()).as(removed.body()).isEqualTo(200);
        }
        assertThat(json(get(open)).getString("deadline"))
                .as("back when the holiday goes")
                .isEqualTo(before.getString("deadline"));
    }
}
