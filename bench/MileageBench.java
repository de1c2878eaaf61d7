import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import kr.minwon.portal.mileage.control.PetitionFacts;
import kr.minwon.portal.mileage.control.PointRules;
import kr.minwon.portal.mileage.control.Presets;
import kr.minwon.portal.mileage.control.Score;
import kr.minwon.portal.petition.control.DeadlineMode;
import kr.minwon.portal.petition.entity.Outcome;

/**
 * Mileage benchmark (bench only; never part of the build or the demo seeding).
 *
 *   generate JDBC_URL USER PASSWORD STAFF PER_QUARTER YEAR
 *       adds departments, teams and staff up to STAFF people, and PER_QUARTER completed petitions in each quarter of
 *       YEAR (the current quarter up to yesterday), each with its ledger score computed by the portal's own PointRules
 *       under the default rule set, so a replay finds no difference.
 *   measure BASE_URL API_KEY PERIOD YEAR [FIRST_EMPLOYEE_NO COUNT]
 *       medians of GET /api/v1/staff/{no}/mileage (My mileage), the office ranking of people and the team ranking,
 *       and the time of a replay of YEAR.
 */
public class MileageBench {

    public static void main(String[] a) throws Exception {
        switch (a[0]) {
            case "generate" -> generate(a[1], a[2], a[3], Integer.parseInt(a[4]), Integer.parseInt(a[5]), Integer.parseInt(a[6]));
            case "measure" -> measure(a[1], a[2], a[3], a[4], a.length > 5 ? Integer.parseInt(a[5]) : 700001,
                    a.length > 6 ? Integer.parseInt(a[6]) : 1200);
            default -> throw new IllegalArgumentException(a[0]);
        }
    }

    // ------------------------------------------------------------------------------------------------- generate

    static final long BASE = 5_000_000L;

    static void generate(String url, String user, String password, int staff, int perQuarter, int year) throws Exception {
        long t0 = System.nanoTime();
        Random random = new Random(42);
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            c.setAutoCommit(false);
            long office = single(c, "SELECT id FROM unit WHERE code = 'OFFICE'");
            int existing = (int) single(c, "SELECT COUNT(*) FROM employee");
            int toAdd = Math.max(0, staff - existing);
            // Departments of 3 teams, ~7 people a team.
            int departments = Math.max(1, (toAdd + 20) / 21);
            List<long[]> teams = new ArrayList<>(); // {teamId, deptId}
            try (PreparedStatement u = c.prepareStatement("INSERT INTO unit (id, code, name, kind, parent_id, active, version)"
                    + " VALUES (?, ?, ?, ?, ?, TRUE, 0)")) {
                long id = BASE;
                for (int d = 0; d < departments; d++) {
                    long dept = id++;
                    add(u, dept, "BD-" + d, "벤치과" + d, "DEPARTMENT", office);
                    for (int t = 0; t < 3; t++) {
                        long team = id++;
                        add(u, team, "BT-" + d + "-" + t, "벤치과" + d + " " + (t + 1) + "팀", "TEAM", dept);
                        teams.add(new long[] {team, dept});
                    }
                }
                u.executeBatch();
            }
            try (PreparedStatement e = c.prepareStatement("INSERT INTO employee (id, employee_no, name, rank_title, unit_id,"
                    + " active, version) VALUES (?, ?, ?, '주무관', ?, TRUE, 0)");
                    PreparedStatement r = c.prepareStatement("INSERT INTO employee_role (employee_id, role_name) VALUES (?, 'EMPLOYEE')")) {
                for (int i = 0; i < toAdd; i++) {
                    long id = BASE + i;
                    e.setLong(1, id);
                    e.setString(2, String.valueOf(700001 + i));
                    e.setString(3, "벤치" + i);
                    e.setLong(4, teams.get(i % teams.size())[0]);
                    e.addBatch();
                    r.setLong(1, id);
                    r.addBatch();
                }
                e.executeBatch();
                r.executeBatch();
            }
            c.commit();
            // Handlers: everybody with a unit, with the unit's department.
            List<long[]> handlers = new ArrayList<>(); // {employeeId, unitId, deptId}
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT e.id, u.id, CASE WHEN u.kind = 'TEAM'"
                    + " THEN u.parent_id ELSE u.id END FROM employee e JOIN unit u ON u.id = e.unit_id WHERE u.kind <> 'OFFICE'")) {
                while (rs.next()) {
                    handlers.add(new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)});
                }
            }
            List<Object[]> types = new ArrayList<>(); // {id, days, compound}
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT id, period_amount, compound FROM petition_type"
                    + " WHERE mileage_eligible = TRUE AND period_unit = 'DAY' AND period_amount >= 2")) {
                while (rs.next()) {
                    types.add(new Object[] {rs.getLong(1), rs.getInt(2), rs.getBoolean(3)});
                }
            }
            System.out.printf("staff %d (+%d), units +%d, handlers %d, types %d%n", existing + toAdd, toAdd, departments * 4,
                    handlers.size(), types.size());
            LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Seoul"));
            LocalDateTime now = LocalDateTime.now(java.time.ZoneId.of("Asia/Seoul"));
            long pid = BASE * 2;
            long mid = BASE * 2;
            int written = 0;
            try (PreparedStatement p = c.prepareStatement("INSERT INTO petition (id, receipt_no, type_id, period_amount, period_unit,"
                    + " received_at, handler_id, unit_id, department_id, channel, compound, status, outcome, approved_at, closed_at,"
                    + " mode, deadline, original_deadline, working_minutes, used_minutes, legal_days, used_days, on_time,"
                    + " created_at, updated_at, version) VALUES (?, ?, ?, ?, 'DAY', ?, ?, ?, ?, ?, ?, 'COMPLETED', ?, ?, ?,"
                    + " 'DAYS', ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)");
                    PreparedStatement m = c.prepareStatement("INSERT INTO mileage_entry (id, employee_id, petition_id, kind, points,"
                            + " rule_set_id, explanation, earned_on, period_key, score_seq, created_at, created_by)"
                            + " VALUES (?, ?, ?, ?, ?, 1, ?, ?, ?, 1, ?, 'bench')")) {
                for (int q = 1; q <= 4; q++) {
                    LocalDate from = LocalDate.of(year, (q - 1) * 3 + 1, 1);
                    LocalDate to = from.plusMonths(3).minusDays(1);
                    if (to.isAfter(today.minusDays(1))) {
                        to = today.minusDays(1);
                    }
                    if (from.isAfter(to)) {
                        continue;
                    }
                    List<LocalDate> days = new ArrayList<>();
                    for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
                        if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                            days.add(d);
                        }
                    }
                    String key = year + "-Q" + q;
                    for (int i = 0; i < perQuarter; i++) {
                        long[] h = handlers.get(random.nextInt(handlers.size()));
                        Object[] t = types.get(random.nextInt(types.size()));
                        int legal = (Integer) t[1];
                        boolean compound = (Boolean) t[2];
                        // Nine in ten on time, the rest up to three days late; one decimal like the deadline engine.
                        double used = random.nextInt(10) == 0 ? legal + 0.1 + random.nextInt(30) / 10.0
                                : Math.round(random.nextDouble() * legal * 10) / 10.0;
                        Outcome outcome = random.nextInt(20) == 0 ? Outcome.RETURNED : Outcome.GRANTED;
                        LocalDateTime approved = days.get(random.nextInt(days.size())).atTime(9 + random.nextInt(8), random.nextInt(60));
                        LocalDateTime received = approved.minusDays((long) Math.ceil(used * 7 / 5));
                        LocalDateTime deadline = received.plusDays(legal * 7L / 5);
                        String receipt = "BM-" + year + "-" + (pid - BASE * 2);
                        long id = pid++;
                        p.setLong(1, id);
                        p.setString(2, receipt);
                        p.setLong(3, (Long) t[0]);
                        p.setInt(4, legal);
                        p.setTimestamp(5, Timestamp.valueOf(received));
                        p.setLong(6, h[0]);
                        p.setLong(7, h[1]);
                        p.setLong(8, h[2]);
                        p.setString(9, random.nextBoolean() ? "COUNTER" : "ONLINE");
                        p.setBoolean(10, compound);
                        p.setString(11, outcome.name());
                        p.setTimestamp(12, Timestamp.valueOf(approved));
                        p.setTimestamp(13, Timestamp.valueOf(approved));
                        p.setTimestamp(14, Timestamp.valueOf(deadline));
                        p.setTimestamp(15, Timestamp.valueOf(deadline));
                        p.setLong(16, legal * 480L);
                        p.setLong(17, Math.round(used * 480));
                        p.setBigDecimal(18, BigDecimal.valueOf(legal).setScale(1));
                        p.setBigDecimal(19, BigDecimal.valueOf(used).setScale(1, java.math.RoundingMode.HALF_UP));
                        p.setBoolean(20, used <= legal);
                        p.setTimestamp(21, Timestamp.valueOf(now));
                        p.setTimestamp(22, Timestamp.valueOf(now));
                        p.addBatch();
                        Optional<Score> s = PointRules.score(Presets.SEONGDONG_2009.rules(), new PetitionFacts(receipt,
                                DeadlineMode.DAYS, legal, BigDecimal.valueOf(used).setScale(1, java.math.RoundingMode.HALF_UP).doubleValue(),
                                compound, outcome, true));
                        if (s.isPresent()) {
                            m.setLong(1, mid++);
                            m.setLong(2, h[0]);
                            m.setLong(3, id);
                            m.setString(4, s.get().kind().name());
                            m.setBigDecimal(5, s.get().points());
                            m.setString(6, receipt + " · " + s.get().explanation());
                            m.setObject(7, approved.toLocalDate());
                            m.setString(8, key);
                            m.setTimestamp(9, Timestamp.valueOf(now));
                            m.addBatch();
                        }
                        if (++written % 2000 == 0) {
                            p.executeBatch();
                            m.executeBatch();
                            c.commit();
                        }
                    }
                }
                p.executeBatch();
                m.executeBatch();
                c.commit();
            }
            if (url.startsWith("jdbc:postgresql")) {
                c.setAutoCommit(true);
                try (Statement s = c.createStatement()) {
                    s.execute("ANALYZE");
                }
            }
            System.out.printf("petitions +%d, mileage entries +%d, in %.1f s%n", written, mid - BASE * 2,
                    (System.nanoTime() - t0) / 1e9);
        }
    }

    static void add(PreparedStatement u, long id, String code, String name, String kind, long parent) throws Exception {
        u.setLong(1, id);
        u.setString(2, code);
        u.setString(3, name);
        u.setString(4, kind);
        u.setLong(5, parent);
        u.addBatch();
    }

    static long single(Connection c, String sql) throws Exception {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    // ------------------------------------------------------------------------------------------------- measure

    static void measure(String base, String key, String period, String year, int firstNo, int count) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        Random random = new Random(7);
        String[] people = new String[64];
        for (int i = 0; i < people.length; i++) {
            people[i] = i == 0 ? "900001" : String.valueOf(firstNo + random.nextInt(count));
        }
        int[] i = {0};
        report("My mileage  GET /staff/{no}/mileage?period=" + period, time(http, key, 30, 200,
                () -> base + "/api/v1/staff/" + people[i[0]++ % people.length] + "/mileage?period=" + period));
        report("Office ranking of people (first 50)", time(http, key, 20, 100,
                () -> base + "/api/v1/mileage/rankings?period=" + period + "&level=PERSON&size=50"));
        report("Office ranking, page 10 per petition", time(http, key, 5, 50,
                () -> base + "/api/v1/mileage/rankings?period=" + period + "&level=PERSON&perPetition=true&first=450&size=50"));
        report("Team ranking (all teams)", time(http, key, 5, 50,
                () -> base + "/api/v1/mileage/rankings?period=" + period + "&level=TEAM"));
        for (String k : List.of(period, year)) {
            for (int run = 0; run < 3; run++) {
                long t0 = System.nanoTime();
                HttpResponse<String> r = http.send(get(base + "/api/v1/mileage/replay/" + k, key), HttpResponse.BodyHandlers.ofString());
                double ms = (System.nanoTime() - t0) / 1e6;
                String b = r.body();
                System.out.printf("Replay %-8s run %d: HTTP %d, %.0f ms wall, %s%n", k, run + 1, r.statusCode(), ms,
                        b.substring(0, Math.min(b.length(), 160)).replaceAll("\"differences\".*", ""));
            }
        }
    }

    interface Url { String next(); }

    static double[] time(HttpClient http, String key, int warm, int n, Url url) throws Exception {
        for (int w = 0; w < warm; w++) {
            http.send(get(url.next(), key), HttpResponse.BodyHandlers.ofString());
        }
        double[] ms = new double[n];
        for (int k = 0; k < n; k++) {
            long t0 = System.nanoTime();
            HttpResponse<String> r = http.send(get(url.next(), key), HttpResponse.BodyHandlers.ofString());
            ms[k] = (System.nanoTime() - t0) / 1e6;
            if (r.statusCode() != 200) {
                throw new IllegalStateException(r.statusCode() + " " + r.body());
            }
        }
        Arrays.sort(ms);
        return ms;
    }

    static void report(String what, double[] ms) {
        System.out.printf("%-50s n=%d median %.1f ms, p90 %.1f ms, max %.1f ms%n", what, ms.length, ms[ms.length / 2],
                ms[(int) (ms.length * 0.9)], ms[ms.length - 1]);
    }

    static HttpRequest get(String url, String key) {
        return HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + key).GET().build();
    }
}
