package kr.minwon.portal.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kr.minwon.portal.testing.DemoUser;
import kr.minwon.portal.testing.OfficeTime;
import kr.minwon.portal.testing.PortalServer;
import kr.minwon.portal.testing.PortalSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The 특일정보 feed against a stand-in of data.go.kr served by this test (com.sun.net.httpserver) on the port the test
 * server was configured with: the admin's "지금 가져오기" asks for this year and the next with the key URL-encoded, the
 * holidays marked Y land in the calendar (known ones left alone, N ones ignored), a second fetch adds nothing, an error
 * reply changes nothing and says so, the upload stays, and the key never reaches the server's log.
 */
class HolidayFeedIT {

    private static final DateTimeFormatter LOCDATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final int THIS_YEAR = OfficeTime.today().getYear();
    private static final int NEXT_YEAR = THIS_YEAR + 1;
    /** A Wednesday far enough ahead that no other test's deadline reaches it, and never a real holiday. */
    private static final LocalDate NEW_HOLIDAY =
            LocalDate.of(NEXT_YEAR, 11, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.WEDNESDAY));
    /** Named by the service but not a rest day (isHoliday N): stays a working day. */
    private static final LocalDate NOT_A_HOLIDAY =
            LocalDate.of(NEXT_YEAR, 11, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.THURSDAY));

    private static final Pattern SOL_YEAR = Pattern.compile("solYear=(\\d{4})");

    private static HttpServer service;
    private static final List<String> queries = new CopyOnWriteArrayList<>();
    private static final AtomicBoolean failing = new AtomicBoolean();

    @BeforeAll
    static void startTheService() throws IOException {
        PortalServer.shared();
        service = HttpServer.create(new InetSocketAddress("127.0.0.1", PortalServer.HOLIDAY_FEED_PORT), 0);
        service.createContext(PortalServer.HOLIDAY_FEED_PATH, exchange -> {
            String query = exchange.getRequestURI().getRawQuery();
            queries.add(query);
            byte[] body;
            int status = 200;
            if (failing.get()) {
                body =
                        "{\"response\":{\"header\":{\"resultCode\":\"30\",\"resultMsg\":\"SERVICE KEY IS NOT REGISTERED\"}}}"
                                .getBytes(StandardCharsets.UTF_8);
            } else {
                Matcher m = SOL_YEAR.matcher(query == null ? "" : query);
                int year = m.find() ? Integer.parseInt(m.group(1)) : 0;
                body = answer(year).getBytes(StandardCharsets.UTF_8);
            }
            exchange.getResponseHeaders().add("Content-Type", "application/json;charset=UTF-8");
            exchange.sendResponseHeaders(status, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        service.start();
    }

    @AfterAll
    static void stopTheService() {
        if (service != null) {
            service.stop(0);
        }
    }

    private static String item(LocalDate date, String name, boolean holiday) {
        return "{\"dateKind\":\"01\",\"dateName\":\"" + name + "\",\"isHoliday\":\"" + (holiday ? "Y" : "N")
                + "\",\"locdate\":" + LOCDATE.format(date) + ",\"seq\":1}";
    }

    /** This year: only 1월1일 (already in the calendar). Next year: 1월1일, a new holiday, and a day that is not one. */
    private static String answer(int year) {
        List<String> items = year == NEXT_YEAR
                ? List.of(
                        item(LocalDate.of(year, 1, 1), "1월1일", true),
                        item(NEW_HOLIDAY, "임시공휴일(피드 시험)", true),
                        item(NOT_A_HOLIDAY, "기념일(피드 시험)", false))
                : List.of(item(LocalDate.of(year, 1, 1), "1월1일", true));
        return "{\"response\":{\"header\":{\"resultCode\":\"00\",\"resultMsg\":\"NORMAL SERVICE.\"},\"body\":{\"items\":"
                + "{\"item\":[" + String.join(",", items) + "]},\"numOfRows\":100,\"pageNo\":1,\"totalCount\":"
                + items.size() + "}}}";
    }

    private static Map<LocalDate, String> holidays(int year) {
        HttpResponse<String> r = PortalSession.api("GET", "/api/v1/holidays?year=" + year, null, null);
        assertThat(r.statusCode()).isEqualTo(200);
        Map<LocalDate, String> days = new java.util.HashMap<>();
        for (JsonValue v : Json.createReader(new StringReader(r.body())).readArray()) {
            days.put(
                    LocalDate.parse(v.asJsonObject().getString("date")),
                    v.asJsonObject().getString("name"));
        }
        return days;
    }

    private static String fetchNow(PortalSession admin) {
        HttpResponse<String> page = admin.get("/calendar/admin.xhtml");
        assertThat(page.statusCode()).isEqualTo(200);
        HttpResponse<String> r =
                admin.submit("/calendar/admin.xhtml", page.body(), "feedForm", Map.of("feedForm:fetchNow", ""));
        assertThat(r.statusCode()).isEqualTo(200);
        return r.body();
    }

    @Test
    void fetch_now_lands_next_years_holidays_once_and_leaves_the_upload_in_place() throws IOException {
        assertThat(holidays(NEXT_YEAR)).doesNotContainKey(NEW_HOLIDAY);
        PortalSession admin = PortalSession.signedIn(DemoUser.ADMIN);
        String page = admin.get("/calendar/admin.xhtml").body();
        assertThat(page).contains("id=\"feedForm:fetchNow\"").contains("지금 가져오기");
        assertThat(page).as("the upload stays").contains("importForm:specialDays");

        // Next year's 1월1일 is new too when the calendar does not reach next year yet (the migrations hold holidays up
        // to
        // 2027: a clock in 2027 asks for 2028).
        boolean newYearKnown = holidays(NEXT_YEAR).containsKey(LocalDate.of(NEXT_YEAR, 1, 1));
        queries.clear();
        String first = fetchNow(admin);
        assertThat(first).contains("특일정보 API에서 " + THIS_YEAR + "–" + NEXT_YEAR + "년 공휴일을 가져왔습니다");
        assertThat(first).contains("새 공휴일 " + (newYearKnown ? 1 : 2) + "일");

        // This year and the next, the whole year as JSON, the plain key URL-encoded.
        assertThat(queries).hasSize(2);
        assertThat(queries.stream().map(q -> {
                    Matcher m = SOL_YEAR.matcher(q);
                    return m.find() ? Integer.parseInt(m.group(1)) : 0;
                }))
                .containsExactlyInAnyOrder(THIS_YEAR, NEXT_YEAR);
        String encodedKey = URLEncoder.encode(PortalServer.HOLIDAY_API_KEY, StandardCharsets.UTF_8);
        assertThat(queries)
                .allSatisfy(q -> assertThat(q)
                        .contains("ServiceKey=" + encodedKey)
                        .contains("numOfRows=100")
                        .contains("_type=json"));

        Map<LocalDate, String> next = holidays(NEXT_YEAR);
        assertThat(next).containsEntry(NEW_HOLIDAY, "임시공휴일(피드 시험)");
        assertThat(next).doesNotContainKey(NOT_A_HOLIDAY);
        assertThat(holidays(THIS_YEAR)).containsKey(LocalDate.of(THIS_YEAR, 1, 1));

        // Idempotent: the same answer again adds nothing.
        String second = fetchNow(admin);
        assertThat(second).contains("새 공휴일 0일");

        // An error reply (an unregistered key) is reported and changes nothing.
        failing.set(true);
        try {
            String failed = fetchNow(admin);
            assertThat(failed).contains("특일정보 API에서 가져오지 못했습니다");
            assertThat(failed).doesNotContain(PortalServer.HOLIDAY_API_KEY).doesNotContain(encodedKey);
        } finally {
            failing.set(false);
        }
        assertThat(holidays(NEXT_YEAR)).containsEntry(NEW_HOLIDAY, "임시공휴일(피드 시험)");

        // The key is a secret: not in the server's log, in either spelling.
        Path log = Paths.get(System.getProperty("it.target", "target")).resolve("it-server.log");
        String text = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(text).contains("Holiday feed");
        assertThat(text).doesNotContain(PortalServer.HOLIDAY_API_KEY).doesNotContain(encodedKey);
    }

    @Test
    void only_admins_may_fetch() {
        PortalSession employee = PortalSession.signedIn(DemoUser.EMPLOYEE);
        assertThat(employee.get("/calendar/admin.xhtml").statusCode()).isEqualTo(403);
        HttpResponse<String> post =
                employee.postForm("/calendar/admin.xhtml", Map.of("feedForm", "feedForm", "feedForm:fetchNow", ""));
        assertThat(post.statusCode()).isEqualTo(403);
    }
}
