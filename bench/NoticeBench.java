import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Pre-notice benchmark data (bench only; never part of the build or the demo seeding).
 *
 *   generate JDBC_URL USER PASSWORD N
 *       adds N open 10-day petitions (receipt numbers BENCH-...) to a portal database that already holds the demo office,
 *       received over the last 25 calendar days, so their deadlines spread from two weeks ago (overdue) to two weeks
 *       ahead; and lets the office policy deliver outside working time, so the delivery rate can be measured any day.
 *   clear JDBC_URL USER PASSWORD
 *       removes the BENCH petitions and their notices, deliveries and inbox messages.
 */
public class NoticeBench {

    public static void main(String[] a) throws Exception {
        try (Connection c = DriverManager.getConnection(a[1], a[2], a[3])) {
            c.setAutoCommit(false);
            switch (a[0]) {
                case "generate" -> generate(c, Integer.parseInt(a[4]));
                case "clear" -> clear(c);
                default -> throw new IllegalArgumentException(a[0]);
            }
            c.commit();
        }
    }

    static void generate(Connection c, int n) throws Exception {
        long typeId = single(c, "SELECT id FROM petition_type WHERE period_unit = 'DAY' AND period_amount = 10 AND notice_eligible ORDER BY id LIMIT 1");
        List<long[]> handlers = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                "SELECT e.id, e.unit_id, COALESCE(CASE WHEN u.kind = 'TEAM' THEN u.parent_id ELSE u.id END, u.id)"
                        + " FROM employee e JOIN unit u ON u.id = e.unit_id WHERE e.active ORDER BY e.id")) {
            while (r.next()) {
                handlers.add(new long[] {r.getLong(1), r.getLong(2), r.getLong(3)});
            }
        }
        long id = Math.max(single(c, "SELECT COALESCE(MAX(id), 0) FROM petition"), 10_000_000L) + 1;
        Random random = new Random(42);
        LocalDateTime now = LocalDateTime.now().withSecond(0).withNano(0);
        long t0 = System.nanoTime();
        try (PreparedStatement p = c.prepareStatement("INSERT INTO petition (id, receipt_no, type_id, period_amount, period_unit,"
                + " received_at, handler_id, unit_id, department_id, channel, compound, status, mode, deadline, original_deadline,"
                + " working_minutes, legal_days, created_at, updated_at, version)"
                + " VALUES (?, ?, ?, 10, 'DAY', ?, ?, ?, ?, 'ONLINE', FALSE, 'OPEN', 'DAYS', ?, ?, 4800, 10.0, ?, ?, 0)")) {
            for (int i = 0; i < n; i++) {
                long[] h = handlers.get(random.nextInt(handlers.size()));
                LocalDate received = weekday(now.toLocalDate().minusDays(random.nextInt(25)));
                LocalDateTime deadline = weekday(received.plusDays(13)).atTime(18, 0);
                p.setLong(1, id + i);
                p.setString(2, "BENCH-" + (id + i));
                p.setLong(3, typeId);
                p.setObject(4, received.atTime(9 + random.nextInt(8), random.nextInt(60)));
                p.setLong(5, h[0]);
                p.setLong(6, h[1]);
                p.setLong(7, h[2]);
                p.setObject(8, deadline);
                p.setObject(9, deadline);
                p.setObject(10, now);
                p.setObject(11, now);
                p.addBatch();
                if (i % 5000 == 4999) {
                    p.executeBatch();
                }
            }
            p.executeBatch();
        }
        try (Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE notice_policy SET working_time_only = FALSE WHERE department_id IS NULL");
        }
        System.out.printf("generated %,d open petitions in %d ms; office policy now delivers outside working time%n", n,
                (System.nanoTime() - t0) / 1_000_000);
    }

    static void clear(Connection c) throws Exception {
        try (Statement s = c.createStatement()) {
            String bench = "(SELECT id FROM petition WHERE receipt_no LIKE 'BENCH-%')";
            s.executeUpdate("DELETE FROM inbox_message WHERE delivery_id IN (SELECT id FROM notice_delivery WHERE petition_id IN " + bench + ")");
            s.executeUpdate("DELETE FROM notice_delivery WHERE petition_id IN " + bench);
            s.executeUpdate("DELETE FROM notice WHERE petition_id IN " + bench);
            System.out.println("deleted " + s.executeUpdate("DELETE FROM petition WHERE receipt_no LIKE 'BENCH-%'") + " petitions");
            s.executeUpdate("UPDATE notice_policy SET working_time_only = TRUE WHERE department_id IS NULL");
        }
    }

    static LocalDate weekday(LocalDate d) {
        while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
            d = d.plusDays(1);
        }
        return d;
    }

    static long single(Connection c, String sql) throws Exception {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            if (!r.next()) {
                throw new IllegalStateException("No row for " + sql + " (is the demo office seeded?)");
            }
            return r.getLong(1);
        }
    }
}
