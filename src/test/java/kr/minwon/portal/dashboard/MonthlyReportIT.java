package kr.minwon.portal.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kr.minwon.portal.calendar.control.WorkingCalendar;
import kr.minwon.portal.calendar.control.WorkingHours;
import kr.minwon.portal.dashboard.control.MonthlyReportDue;
import kr.minwon.portal.testing.DemoUser;
import kr.minwon.portal.testing.OfficeTime;
import kr.minwon.portal.testing.PortalServer;
import kr.minwon.portal.testing.PortalSession;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The monthly status report through the running portal: the scheduled trigger makes a month once, the dashboard
 * page, {@code GET /api/v1/kpis} and the report agree on every number of a month, remaking keeps one report per
 * month and records who, and people outside the report's readers get 403.
 */
class MonthlyReportIT {

    private static final YearMonth LAST_MONTH = OfficeTime.month().minusMonths(1);

    private final PortalSession api = PortalSession.anonymous();

    @Test
    void the_trigger_makes_a_month_once_from_its_first_working_day_and_tells_the_auditor() {
        // As of 09:00 on the first working day of last month, the month before it is due; the day before, nothing.
        WorkingCalendar calendar = WorkingCalendar.bundled(WorkingHours.standard());
        LocalDate firstWorkingDay = MonthlyReportDue.firstWorkingDay(LAST_MONTH, calendar);
        YearMonth due = LAST_MONTH.minusMonths(1);

        JsonObject before = run(firstWorkingDay.minusDays(1).atTime(9, 0));
        assertThat(before.getBoolean("ran")).isTrue();
        if (firstWorkingDay.getDayOfMonth() > 1) {
            assertThat(before.isNull("due")).as(before.toString()).isTrue();
        }
        JsonObject first = run(firstWorkingDay.atTime(9, 0));
        JsonObject second = run(firstWorkingDay.atTime(9, 15));
        assertThat(first.getString("due")).isEqualTo(due.toString());
        assertThat(second.getString("due")).isEqualTo(due.toString());
        assertThat(second.getBoolean("made")).as("the second run finds it made").isFalse();

        JsonObject report = json(apiGet("/api/v1/reports/monthly/" + due));
        assertThat(report.getBoolean("automatic")).isTrue();
        assertThat(report.isNull("generatedBy")).isTrue();
        assertThat(report.getString("generatedAt")).startsWith(firstWorkingDay.toString());

        HttpResponse<String> inbox = PortalSession.signedIn(DemoUser.AUDITOR).get("/notices/inbox.xhtml");
        assertThat(inbox.body()).contains(due + " 민원 처리 현황 보고가 작성되었습니다");
    }

    @Test
    void dashboard_api_and_report_give_the_same_numbers_for_a_month() throws IOException {
        PortalSession auditor = PortalSession.signedIn(DemoUser.AUDITOR);
        String from = LAST_MONTH.atDay(1).toString();
        String to = LAST_MONTH.atEndOfMonth().toString();
        // Writes under /api take API keys only (issue 13): the remake goes through the service account.
        JsonObject report = json(apiPost("/api/v1/reports/monthly/" + LAST_MONTH + "/regenerate"));
        JsonObject kpis = json(apiGet("/api/v1/kpis?from=" + from + "&to=" + to));
        JsonObject office = report.getJsonObject("office");
        assertThat(office.getJsonNumber("completed").longValue())
                .as("demo data has completions last month")
                .isPositive();
        for (String field :
                new String[] {"completed", "onTime", "late", "complianceRate", "reductionRate", "legalDays", "usedDays"
                }) {
            assertThat(number(office, field)).as("office " + field).isEqualTo(number(kpis, field));
        }

        // The dashboard page for the same range: the cards and the department table.
        String page =
                auditor.get("/dashboard/index.xhtml?from=" + from + "&to=" + to).body();
        assertThat(text(page, "<span id=\"completed\">([^<]*)</span>")).isEqualTo(number(office, "completed"));
        assertThat(text(page, "<span id=\"onTime\">([^<]*)</span>")).isEqualTo(number(office, "onTime"));
        assertThat(text(page, "id=\"complianceRate\">([0-9.]+)")).isEqualTo(number(office, "complianceRate"));
        assertThat(text(page, "id=\"reductionRate\">([0-9.\\-]+)")).isEqualTo(number(office, "reductionRate"));
        Map<String, String[]> pageDepartments = departmentRows(page);

        int compared = 0;
        for (JsonValue v : report.getJsonArray("departments")) {
            JsonObject d = v.asJsonObject();
            if (d.isNull("code") || d.getJsonNumber("completed").longValue() == 0) {
                continue;
            }
            JsonObject dk =
                    json(apiGet("/api/v1/kpis?from=" + from + "&to=" + to + "&department=" + d.getString("code")));
            for (String field : new String[] {"completed", "onTime", "complianceRate", "reductionRate"}) {
                assertThat(number(d, field))
                        .as(d.getString("code") + " " + field)
                        .isEqualTo(number(dk, field));
            }
            // Page columns: rank, name, 단축률, 준수율, 처리, 지연.
            String[] row = pageDepartments.get(d.getString("name"));
            assertThat(row).as("dashboard row of " + d.getString("name")).isNotNull();
            assertThat(row[2]).as("page 단축률 " + d.getString("name")).isEqualTo(number(d, "reductionRate"));
            assertThat(row[3]).as("page 준수율 " + d.getString("name")).isEqualTo(number(d, "complianceRate"));
            assertThat(row[4]).as("page 처리 " + d.getString("name")).isEqualTo(number(d, "completed"));
            assertThat(row[5]).as("page 지연 " + d.getString("name")).isEqualTo(number(d, "late"));
            compared++;
        }
        assertThat(compared).isGreaterThan(3);

        // The files say the same: the PDF in Korean with the office's numbers, the workbook as numbers.
        HttpResponse<byte[]> pdf = auditor.bytes("/api/v1/reports/monthly/" + LAST_MONTH + ".pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        try (PDDocument doc = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text)
                    .contains(
                            LAST_MONTH.getYear() + "년 " + LAST_MONTH.getMonthValue() + "월 민원 처리 현황 보고",
                            "구 전체",
                            "준수율",
                            "단축률");
            assertThat(text)
                    .contains(number(office, "completed") + " " + number(office, "onTime") + " "
                            + number(office, "late") + " " + number(office, "complianceRate") + "%");
        }
        HttpResponse<byte[]> xlsx = auditor.bytes("/api/v1/reports/monthly/" + LAST_MONTH + ".xlsx");
        assertThat(xlsx.statusCode()).isEqualTo(200);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            var row = book.getSheet("요약").getRow(8);
            assertThat((long) row.getCell(0).getNumericCellValue())
                    .isEqualTo(office.getJsonNumber("completed").longValue());
            assertThat(BigDecimal.valueOf(row.getCell(3).getNumericCellValue()))
                    .isEqualByComparingTo(office.getJsonNumber("complianceRate").bigDecimalValue());
        }
    }

    @Test
    void remaking_a_month_twice_keeps_one_report_and_records_who() {
        PortalSession auditor = PortalSession.signedIn(DemoUser.AUDITOR);
        YearMonth month = LAST_MONTH.minusMonths(3);
        String path = "/api/v1/reports/monthly/" + month + "/regenerate";
        // A session may no longer write under /api (issue 13): 403 and nothing remade; the API key does it.
        assertThat(auditor.post(path, "application/json", "").statusCode()).isEqualTo(403);
        JsonObject one = json(apiPost(path));
        JsonObject two = json(apiPost(path));
        assertThat(two.getInt("regenerations")).isEqualTo(one.getInt("regenerations") + 1);
        assertThat(two.getString("generatedBy")).isEqualTo("api:demo-service");
        assertThat(two.getBoolean("automatic")).isFalse();

        String page = auditor.get("/dashboard/reports.xhtml").body();
        Matcher rows = Pattern.compile(">" + month + "</span>").matcher(page);
        int count = 0;
        while (rows.find()) {
            count++;
        }
        assertThat(count).as("rows of " + month + " on the reports page").isEqualTo(1);
        assertThat(page).contains("api:demo-service");
    }

    @Test
    void an_employee_or_a_manager_who_is_not_head_of_office_cannot_download_or_remake() {
        assertThat(apiPost("/api/v1/reports/monthly/" + LAST_MONTH + "/regenerate")
                        .statusCode())
                .isEqualTo(200);
        PortalSession employee = PortalSession.signedIn(DemoUser.EMPLOYEE);
        for (String suffix : new String[] {"", ".pdf", ".xlsx"}) {
            assertThat(employee.bytes("/api/v1/reports/monthly/" + LAST_MONTH + suffix)
                            .statusCode())
                    .as("employee GET " + suffix)
                    .isEqualTo(403);
        }
        assertThat(employee.post("/api/v1/reports/monthly/" + LAST_MONTH + "/regenerate", "application/json", "")
                        .statusCode())
                .isEqualTo(403);
        assertThat(employee.get("/dashboard/reports.xhtml").statusCode()).isEqualTo(403);

        PortalSession manager = PortalSession.signedIn(DemoUser.MANAGER);
        assertThat(manager.bytes("/api/v1/reports/monthly/" + LAST_MONTH + ".pdf")
                        .statusCode())
                .isEqualTo(403);
        assertThat(manager.post("/api/v1/reports/monthly/" + LAST_MONTH + "/regenerate", "application/json", "")
                        .statusCode())
                .isEqualTo(403);
        assertThat(manager.get("/dashboard/reports.xhtml").statusCode()).isEqualTo(403);
    }

    // ---------------------------------------------------------------- helpers

    private HttpResponse<String> apiPost(String path) {
        return api.send(HttpRequest.newBuilder(api.uri(path))
                .header("Authorization", "Bearer " + PortalServer.API_KEY)
                .POST(HttpRequest.BodyPublishers.noBody()));
    }

    private JsonObject run(LocalDateTime at) {
        return json(api.send(HttpRequest.newBuilder(api.uri("/api/v1/reports/monthly/run?at=" + at))
                .header("Authorization", "Bearer " + PortalServer.API_KEY)
                .POST(HttpRequest.BodyPublishers.noBody())));
    }

    private HttpResponse<String> apiGet(String path) {
        return api.send(HttpRequest.newBuilder(api.uri(path))
                .header("Authorization", "Bearer " + PortalServer.API_KEY)
                .GET());
    }

    private static JsonObject json(HttpResponse<String> r) {
        assertThat(r.statusCode()).as(r.uri() + " " + r.body()).isEqualTo(200);
        return Json.createReader(new StringReader(r.body())).readObject();
    }

    /** A number as the page prints it ("97.5"), or "null". */
    private static String number(JsonObject o, String field) {
        return o.isNull(field)
                ? "null"
                : o.getJsonNumber(field).bigDecimalValue().toPlainString();
    }

    private static String text(String html, String regex) {
        Matcher m = Pattern.compile(regex).matcher(html);
        assertThat(m.find()).as(regex).isTrue();
        return m.group(1).trim();
    }

    /** The dashboard's department table: cells of each row by department name; "자료 없음" read as "null". */
    private static Map<String, String[]> departmentRows(String html) {
        int start = html.indexOf("id=\"dashForm:departments_data\"");
        assertThat(start).as("department table").isPositive();
        String body = html.substring(start, html.indexOf("</tbody>", start));
        Map<String, String[]> rows = new HashMap<>();
        Matcher tr = Pattern.compile("<tr[^>]*>(.*?)</tr>", Pattern.DOTALL).matcher(body);
        while (tr.find()) {
            Matcher td = Pattern.compile("<td[^>]*>(.*?)</td>", Pattern.DOTALL).matcher(tr.group(1));
            java.util.List<String> cells = new java.util.ArrayList<>();
            while (td.find()) {
                String cell = td.group(1).replaceAll("<[^>]+>", "").trim();
                cells.add("자료 없음".equals(cell) ? "null" : cell);
            }
            if (cells.size() > 5) {
                rows.put(cells.get(1), cells.toArray(String[]::new));
            }
        }
        return rows;
    }
}
