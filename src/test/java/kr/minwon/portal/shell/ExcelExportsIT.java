package kr.minwon.portal.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kr.minwon.portal.testing.DemoUser;
import kr.minwon.portal.testing.OfficeTime;
import kr.minwon.portal.testing.PortalSession;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The lists' "엑셀로 내보내기" buttons over HTTP, as a browser posts them: the file is a real xlsx (opened with POI), its
 * headers are the table's, its rows are the ones under the filters typed on the page, its name carries the office's
 * date, and a role that may not open the page gets no file.
 */
class ExcelExportsIT {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
    private static final String RUN =
            "XL" + Long.toString(System.currentTimeMillis() % 10_000_000, 36).toUpperCase();
    /** Open and long past its deadline: on the handler's, the unit's, the overdue and the 독촉 lists. */
    private static final String LATE = RUN + "-LATE";
    /** Completed: only on lists that show completed petitions. */
    private static final String DONE = RUN + "-DONE";

    @BeforeAll
    static void petitions() {
        LocalDateTime now = OfficeTime.minute();
        put(LATE, now.minusDays(40), null);
        put(DONE, now.minusDays(3), now.minusHours(2));
    }

    private static void put(String no, LocalDateTime received, LocalDateTime approved) {
        String json = "{\"typeCode\":\"G0002\",\"receivedAt\":\"" + MINUTES.format(received)
                + "\",\"handlerNo\":\"900001\",\"channel\":\"ONLINE\""
                + (approved == null
                        ? ""
                        : ",\"approvedAt\":\"" + MINUTES.format(approved) + "\",\"outcome\":\"GRANTED\"")
                + "}";
        HttpResponse<String> r = PortalSession.api(
                "PUT", "/api/v1/petitions/" + no, "application/json", json.getBytes(StandardCharsets.UTF_8));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    }

    /** Opens the page, posts its form with these fields and the export button, returns the file's response. */
    private static HttpResponse<byte[]> export(
            PortalSession who, String path, String form, Map<String, String> fields) {
        HttpResponse<String> page = who.get(path);
        assertThat(page.statusCode()).as(path).isEqualTo(200);
        assertThat(page.body()).contains("id=\"" + form + ":export\"");
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.put(form + ":export", "");
        String action = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        return who.download(action, page.body(), form, all);
    }

    /** The sheet's rows as text, the header first. */
    private static List<List<String>> rows(HttpResponse<byte[]> r, String fileBase) throws IOException {
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/vnd.openxmlformats");
        assertThat(r.headers().firstValue("Content-Disposition").orElse(""))
                .contains(fileBase)
                .contains("-" + OfficeTime.today() + ".xlsx");
        DataFormatter format = new DataFormatter();
        List<List<String>> rows = new ArrayList<>();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(r.body()))) {
            Sheet sheet = book.getSheetAt(0);
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < row.getLastCellNum(); i++) {
                    Cell cell = row.getCell(i);
                    cells.add(cell == null ? "" : format.formatCellValue(cell));
                }
                rows.add(cells);
            }
        }
        assertThat(rows).as("a header row").isNotEmpty();
        return rows;
    }

    private static List<String> firstColumn(List<List<String>> rows) {
        return rows.subList(1, rows.size()).stream().map(r -> r.get(0)).toList();
    }

    @Test
    void my_petitions_export_has_the_tables_columns_and_only_the_rows_under_the_filters() throws IOException {
        PortalSession employee = PortalSession.signedIn(DemoUser.EMPLOYEE);

        List<List<String>> all = rows(
                export(
                        employee,
                        "/petitions/mine.xhtml",
                        "listForm",
                        Map.of("listForm:status_input", "ALL", "listForm:text", RUN)),
                "my-petitions");
        assertThat(all.get(0)).startsWith("접수번호", "민원사무", "담당자");
        assertThat(firstColumn(all)).containsExactlyInAnyOrder(LATE, DONE);
        List<String> late =
                all.stream().filter(r -> r.get(0).equals(LATE)).findFirst().orElseThrow();
        assertThat(late.get(2)).isEqualTo("김민원");
        assertThat(late.get(3)).isEqualTo("900001");
        assertThat(late.get(9)).as("time left").contains("기한 경과");
        assertThat(Integer.parseInt(late.get(10))).as("days overdue").isPositive();

        // The status filter as chosen on the page (not yet searched) applies too: open ones only.
        List<List<String>> open = rows(
                export(
                        employee,
                        "/petitions/mine.xhtml",
                        "listForm",
                        Map.of("listForm:status_input", "OPEN", "listForm:text", RUN)),
                "my-petitions");
        assertThat(firstColumn(open)).containsExactly(LATE);
    }

    @Test
    void the_unit_and_the_overdue_lists_export_for_the_roles_that_may_open_them() throws IOException {
        PortalSession manager = PortalSession.signedIn(DemoUser.MANAGER);
        List<List<String>> unit = rows(
                export(
                        manager,
                        "/petitions/unit.xhtml",
                        "listForm",
                        Map.of("listForm:status_input", "ALL", "listForm:text", RUN)),
                "unit-petitions");
        assertThat(firstColumn(unit)).containsExactlyInAnyOrder(LATE, DONE);

        PortalSession auditor = PortalSession.signedIn(DemoUser.AUDITOR);
        List<List<String>> overdue = rows(
                export(auditor, "/petitions/overdue.xhtml", "listForm", Map.of("listForm:text", RUN)),
                "overdue-petitions");
        assertThat(overdue.get(0)).contains("경과일수");
        assertThat(firstColumn(overdue)).containsExactly(LATE);

        List<List<String>> reminders =
                rows(export(auditor, "/notices/reminders.xhtml", "listForm", Map.of()), "reminders");
        assertThat(reminders.get(0)).startsWith("접수번호", "민원사무", "부서", "담당자", "처리기한");
        assertThat(firstColumn(reminders)).contains(LATE).doesNotContain(DONE);

        // An employee may open none of these pages, so he can post none of their buttons either.
        PortalSession employee = PortalSession.signedIn(DemoUser.EMPLOYEE);
        for (String path : List.of(
                "/petitions/unit.xhtml",
                "/petitions/overdue.xhtml",
                "/notices/reminders.xhtml",
                "/audit/log.xhtml",
                "/notices/log.xhtml")) {
            assertThat(employee.get(path).statusCode()).as(path).isEqualTo(403);
            HttpResponse<String> post = employee.postForm(path, Map.of("listForm", "listForm", "listForm:export", ""));
            assertThat(post.statusCode()).as("POST " + path).isEqualTo(403);
            assertThat(post.headers().firstValue("Content-Type").orElse("")).doesNotContain("spreadsheet");
        }
    }

    @Test
    void the_audit_and_delivery_logs_export_under_their_filters() throws IOException {
        // A failed sign-in under a name of this run: one audit line the filter finds.
        String stranger = RUN.toLowerCase() + ".nobody";
        PortalSession.anonymous().signIn(stranger, "wrong-password");

        PortalSession admin = PortalSession.signedIn(DemoUser.ADMIN);
        List<List<String>> audit =
                rows(export(admin, "/audit/log.xhtml", "listForm", Map.of("listForm:filter", stranger)), "audit-log");
        assertThat(audit.get(0)).containsExactly("일시", "행위자", "행위", "대상", "내용", "접속 IP");
        assertThat(audit).hasSize(2);
        assertThat(audit.get(1).get(2)).isEqualTo("SIGN_IN_FAILED");
        assertThat(audit.get(1).get(3)).isEqualTo(stranger);

        List<List<String>> failed = rows(
                export(admin, "/notices/log.xhtml", "logForm", Map.of("logForm:status_input", "SENT")),
                "notice-deliveries");
        assertThat(failed.get(0)).startsWith("생성", "민원", "단계");
        // Every row is of the status filtered on, in words.
        assertThat(failed.subList(1, failed.size()))
                .allSatisfy(r -> assertThat(r.get(8)).isEqualTo("보냄"));
    }

    @Test
    void the_ledger_exports_for_its_owner_and_not_for_a_colleague() throws IOException {
        PortalSession employee = PortalSession.signedIn(DemoUser.EMPLOYEE);
        HttpResponse<String> page = employee.get("/mileage/mine.xhtml");
        assertThat(page.statusCode()).isEqualTo(200);
        List<List<String>> ledger = rows(
                employee.download("/mileage/mine.xhtml", page.body(), "mineForm", Map.of("mineForm:export", "")),
                "mileage-900001-");
        assertThat(ledger.get(0)).containsExactly("발생일", "구분", "점수", "접수번호", "산정 근거", "반영 기간");
        assertThat(ledger).as("the demo ledger has lines").hasSizeGreaterThan(1);
        assertThat(ledger.get(1).get(1)).isNotBlank().doesNotContain("_");
        assertThat(ledger.get(1).get(4)).isNotBlank();

        // A colleague's ledger: the page itself is refused, so is its button.
        assertThat(employee.get("/mileage/mine.xhtml?employeeNo=900002").statusCode())
                .isEqualTo(403);
    }
}
