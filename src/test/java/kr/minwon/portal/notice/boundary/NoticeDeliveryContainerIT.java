package kr.minwon.portal.notice.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.naming.InitialContext;
import javax.sql.DataSource;
import kr.minwon.portal.calendar.boundary.OfficeCalendar;
import kr.minwon.portal.calendar.control.WorkingCalendar;
import kr.minwon.portal.notice.control.Attempt;
import kr.minwon.portal.platform.PortalDataSource;
import kr.minwon.portal.testing.InContainer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Exactly-once delivery of pre-notices under the conditions a test through HTTP cannot arrange: runs that overlap (as
 * two portal nodes would), and a crash between sending and recording. Runs inside Payara Micro on the demo office
 * (arquillian.xml turns demo seeding on and the every-minute run off), calling the outbox and the planner with the
 * time they are told, so the day of the week the build runs on does not matter. Only JUnit assertions here: AssertJ
 * is not in the deployment.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NoticeDeliveryContainerIT {

    private static final int RACERS = 4;

    @Deployment
    static WebArchive deployment() {
        return InContainer.war(NoticeDeliveryContainerIT.class);
    }

    @Inject
    NoticeOutbox outbox;

    @Inject
    NoticePlanning planning;

    @Inject
    NoticeRun run;

    @Inject
    UserTransaction tx;

    @Inject
    OfficeCalendar calendar;

    /** The portal's office clock (fixed by -Dportal.clock.start when the run sets it). */
    @Inject
    Clock clock;

    @Test
    void claims_of_the_same_notice_at_once_deliver_it_once() throws Exception {
        List<Object[]> due = planned(3);
        assertEquals(3, due.size(), "the demo office has planned notices of open petitions");
        int delivered = 0;
        for (Object[] notice : due) {
            long id = (Long) notice[0];
            LocalDateTime at = (LocalDateTime) notice[1];
            List<NoticeOutbox.Claim> results = race(() -> outbox.claim(id, at));
            Map<NoticeOutbox.Claim, Integer> count = new EnumMap<>(NoticeOutbox.Claim.class);
            results.forEach(r -> count.merge(r, 1, Integer::sum));
            int winners = count.getOrDefault(NoticeOutbox.Claim.DELIVERED, 0)
                    + count.getOrDefault(NoticeOutbox.Claim.CANCELLED, 0);
            assertEquals(1, winners, "one claim of notice " + id + " wins, the others find it taken: " + count);
            if (count.containsKey(NoticeOutbox.Claim.DELIVERED)) {
                delivered++;
                assertEquals("SENT", scalar("SELECT status FROM notice WHERE id = ?", id));
                long deliveries = count("SELECT COUNT(*) FROM notice_delivery WHERE notice_id = ?", id);
                assertTrue(deliveries >= 1, "at least the handler's inbox");
                assertEquals(
                        deliveries,
                        count(
                                "SELECT COUNT(*) FROM (SELECT DISTINCT recipient_id, channel"
                                        + " FROM notice_delivery WHERE notice_id = ?) d",
                                id),
                        "one delivery per recipient and channel");
                assertEquals(
                        count("SELECT COUNT(*) FROM notice_delivery WHERE notice_id = ? AND channel = 'INBOX'", id),
                        count(
                                "SELECT COUNT(*) FROM inbox_message m JOIN notice_delivery d ON d.id = m.delivery_id"
                                        + " WHERE d.notice_id = ?",
                                id),
                        "one inbox message per inbox delivery");
            }
            // A late claim, as a retry after the winner committed, changes nothing.
            assertEquals(NoticeOutbox.Claim.TAKEN, outbox.claim(id, at.plusMinutes(1)));
        }
        assertTrue(delivered >= 1, "at least one of the notices was still due as planned and went out");
    }

    @Test
    void a_claim_lost_in_a_crash_before_commit_is_delivered_once_by_the_next_run() throws Exception {
        Object[] notice = planned(1).get(0);
        long id = (Long) notice[0];
        LocalDateTime at = (LocalDateTime) notice[1];
        tx.begin();
        NoticeOutbox.Claim first;
        try {
            first = outbox.claimHere(id, at);
        } finally {
            tx.rollback(); // the node dies before its transaction commits: nothing of the claim survives
        }
        assertEquals(NoticeOutbox.Claim.DELIVERED, first);
        assertEquals("PLANNED", scalar("SELECT status FROM notice WHERE id = ?", id));
        assertEquals(0, count("SELECT COUNT(*) FROM notice_delivery WHERE notice_id = ?", id));

        assertEquals(NoticeOutbox.Claim.DELIVERED, outbox.claim(id, at.plusMinutes(1)));
        assertEquals(NoticeOutbox.Claim.TAKEN, outbox.claim(id, at.plusMinutes(2)));
        long inbox = count(
                "SELECT COUNT(*) FROM inbox_message m JOIN notice_delivery d ON d.id = m.delivery_id"
                        + " WHERE d.notice_id = ?",
                id);
        assertTrue(inbox >= 1);
        assertEquals(
                count("SELECT COUNT(*) FROM notice_delivery WHERE notice_id = ? AND channel = 'INBOX'", id), inbox);
    }

    @Test
    void two_planning_sweeps_at_once_plan_each_notice_once() throws Exception {
        LocalDateTime now = LocalDateTime.now(clock).withNano(0);
        planning.replanAll(now); // settle whatever the calendar and the clock have moved since seeding
        long before = count("SELECT COUNT(*) FROM notice WHERE status = 'PLANNED'", null);
        // Forget the planned notices of some open petitions, as if they had never been planned.
        long removed;
        try (Connection c = dataSource().getConnection();
                PreparedStatement s = c.prepareStatement(
                        "DELETE FROM notice WHERE status = 'PLANNED' AND petition_id IN (SELECT petition_id FROM notice"
                                + " WHERE status = 'PLANNED' GROUP BY petition_id ORDER BY petition_id FETCH FIRST 40 ROWS ONLY)")) {
            removed = s.executeUpdate();
        }
        assertTrue(removed >= 40, "removed " + removed);
        List<NoticePlanning.Sweep> sweeps = race(() -> planning.replanAll(now));
        sweeps.forEach(s -> assertTrue(s.petitions() > 0, "each sweep read the open petitions: " + s));
        assertEquals(
                before,
                count("SELECT COUNT(*) FROM notice WHERE status = 'PLANNED'", null),
                "the overlapping sweeps put back exactly what was removed");
        assertEquals(
                0,
                count(
                        "SELECT COUNT(*) FROM (SELECT petition_id, stage, stage_day FROM notice"
                                + " GROUP BY petition_id, stage, stage_day HAVING COUNT(*) > 1) d",
                        null),
                "no notice twice");
    }

    @Test
    void a_crash_between_sending_and_recording_sends_again_at_most_once_per_lease() throws Exception {
        // An e-mail delivery of a notice that went out (the container has no SMTP relay, so the test adds it).
        Object[] inbox = single(
                "SELECT d.notice_id, d.petition_id, d.stage, d.stage_day, d.recipient_id FROM notice_delivery d"
                        + " WHERE d.channel = 'INBOX' AND NOT EXISTS (SELECT 1 FROM notice_delivery e WHERE e.notice_id = d.notice_id"
                        + " AND e.recipient_id = d.recipient_id AND e.channel = 'EMAIL') ORDER BY d.id FETCH FIRST 1 ROWS ONLY");
        LocalDateTime t0 = LocalDateTime.of(2026, 11, 23, 9, 0);
        long id;
        try (Connection c = dataSource().getConnection()) {
            id = nextId(c);
            try (PreparedStatement s =
                    c.prepareStatement("INSERT INTO notice_delivery (id, notice_id, petition_id, stage,"
                            + " stage_day, recipient_id, channel, address, status, attempts, next_attempt_at, created_at)"
                            + " VALUES (?, ?, ?, ?, ?, ?, 'EMAIL', 'handler@example.org', 'PENDING', 0, ?, ?)")) {
                s.setLong(1, id);
                for (int i = 0; i < 5; i++) {
                    s.setObject(i + 2, inbox[i]);
                }
                s.setObject(7, t0);
                s.setObject(8, t0);
                s.executeUpdate();
            }
        }
        // Two runs see it due at once: one leases it.
        List<Optional<NoticeOutbox.Lease>> leases = race(() -> outbox.lease(id, t0));
        assertEquals(1, leases.stream().filter(Optional::isPresent).count(), "one lease of " + RACERS);
        assertEquals(
                1,
                leases.stream()
                        .flatMap(Optional::stream)
                        .findFirst()
                        .orElseThrow()
                        .attempt());
        // ... the node sends the e-mail and dies before settle(): the delivery stays hidden until the lease runs out,
        assertFalse(outbox.dueDeliveries(t0.plusMinutes(5), 100_000).contains(id));
        assertTrue(outbox.lease(id, t0.plusMinutes(5)).isEmpty());
        // then one later run sends it a second time (at-least-once, bounded by one send per lease) and records it.
        LocalDateTime t1 = t0.plus(NoticeOutbox.LEASE).plusMinutes(1);
        assertTrue(outbox.dueDeliveries(t1, 100_000).contains(id));
        NoticeOutbox.Lease second = outbox.lease(id, t1).orElseThrow();
        assertEquals(2, second.attempt());
        outbox.settle(id, new Attempt(Attempt.Result.SENT, null, null), t1);
        // The first node's late settle, had it survived, changes nothing; nothing is due or leasable any more.
        outbox.settle(id, new Attempt(Attempt.Result.FAILED, null, "late"), t1.plusMinutes(1));
        assertEquals("SENT", scalar("SELECT status FROM notice_delivery WHERE id = ?", id));
        assertEquals(2L, count("SELECT attempts FROM notice_delivery WHERE id = ?", id));
        assertFalse(outbox.dueDeliveries(t1.plusDays(1), 100_000).contains(id));
        assertTrue(outbox.lease(id, t1.plusDays(1)).isEmpty());
        assertEquals(
                1,
                count(
                        "SELECT COUNT(*) FROM notice_delivery WHERE notice_id = ? AND recipient_id = " + inbox[4]
                                + " AND channel = 'EMAIL'",
                        (Long) inbox[0]));
    }

    /**
     * An open 10-day petition of the demo office walks the rest of its life through the delivery run, the clock moved
     * by the test hour by hour (every third hour at night) to three working days past its deadline: each stage goes
     * out once, on its working day, in working time, to today's holders of the policy's roles, one inbox message
     * each; overdue notices follow once per working day. Runs last: it moves the office's notices days ahead.
     */
    @Test
    @Order(Integer.MAX_VALUE)
    void a_ten_day_petition_walks_its_life_through_the_delivery_run_to_the_right_people() throws Exception {
        LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.HOURS);
        WorkingCalendar cal = calendar.calendar();
        Object[] p = single("SELECT p.id, p.deadline, p.handler_id, u.kind, u.head_id, d.head_id FROM petition p"
                + " JOIN unit u ON u.id = p.unit_id LEFT JOIN unit d ON d.id = p.department_id"
                + " JOIN petition_type t ON t.id = p.type_id"
                + " WHERE p.status = 'OPEN' AND p.mode = 'DAYS' AND p.legal_days = 10 AND t.notice_eligible"
                + " AND p.deadline > TIMESTAMP '"
                + Timestamp.valueOf(cal.addWorkingDays(now.toLocalDate(), 4).atStartOfDay()) + "'"
                + " AND NOT EXISTS (SELECT 1 FROM notice n WHERE n.petition_id = p.id AND n.status = 'SENT')"
                + " ORDER BY p.deadline, p.id FETCH FIRST 1 ROWS ONLY");
        long petition = ((Number) p[0]).longValue();
        LocalDate deadlineDay = ((Timestamp) p[1]).toLocalDateTime().toLocalDate();
        long handler = ((Number) p[2]).longValue();
        Long leader = "TEAM".equals(p[3]) && p[4] != null ? ((Number) p[4]).longValue() : null;
        Long head = p[5] == null ? null : ((Number) p[5]).longValue();
        LocalDate lastDay = cal.addWorkingDays(deadlineDay, 3);

        for (LocalDateTime t = now; !t.toLocalDate().isAfter(lastDay); t = t.plusHours(1)) {
            if (t.getHour() >= 7 && t.getHour() <= 19 || t.getHour() % 3 == 0) {
                run.run(t, false, 100_000);
            }
        }

        List<String> sent = new ArrayList<>();
        try (Connection c = dataSource().getConnection();
                PreparedStatement s = c.prepareStatement(
                        "SELECT id, stage, stage_day, settled_at FROM notice WHERE petition_id = ? AND status = 'SENT'"
                                + " ORDER BY stage_day, stage")) {
            s.setLong(1, petition);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    long notice = r.getLong(1);
                    String stage = r.getString(2);
                    LocalDate day = r.getObject(3, LocalDate.class);
                    LocalDateTime at = r.getObject(4, LocalDateTime.class);
                    sent.add(stage + " " + day);
                    assertTrue(cal.isWorkingTime(at), stage + " went out in working time, not at " + at);
                    assertEquals(day, at.toLocalDate(), stage + " went out on its own day");
                    java.util.Set<Long> expected = new java.util.TreeSet<>();
                    expected.add(handler);
                    if (!stage.equals("D-3") && !stage.equals("D-1") && leader != null) {
                        expected.add(leader);
                    }
                    if (stage.equals("OVERDUE") && head != null) {
                        expected.add(head);
                    }
                    assertEquals(
                            expected,
                            ids("SELECT recipient_id FROM notice_delivery WHERE notice_id = " + notice
                                    + " AND channel = 'INBOX'"),
                            stage + " " + day + " to the policy's roles");
                    assertEquals(
                            count(
                                    "SELECT COUNT(*) FROM notice_delivery WHERE notice_id = ? AND channel = 'INBOX'",
                                    notice),
                            count(
                                    "SELECT COUNT(*) FROM inbox_message m JOIN notice_delivery d ON d.id = m.delivery_id"
                                            + " WHERE d.notice_id = ?",
                                    notice),
                            "one inbox message per recipient");
                }
            }
        }
        List<String> expected = new ArrayList<>(List.of(
                "D-3 " + cal.addWorkingDays(deadlineDay, -3),
                "D-1 " + cal.addWorkingDays(deadlineDay, -1),
                "D-DAY " + deadlineDay));
        for (int i = 1; i <= 3; i++) {
            expected.add("OVERDUE " + cal.addWorkingDays(deadlineDay, i));
        }
        assertEquals(expected, sent, "petition " + petition + " due " + deadlineDay);
    }

    // ------------------------------------------------------------------ helpers

    /** Planned notices of open petitions, earliest first, with their planned time. */
    private List<Object[]> planned(int n) throws Exception {
        List<Object[]> out = new ArrayList<>();
        try (Connection c = dataSource().getConnection();
                PreparedStatement s = c.prepareStatement(
                        "SELECT n.id, n.planned_at FROM notice n JOIN petition p ON p.id = n.petition_id"
                                + " WHERE n.status = 'PLANNED' AND p.status = 'OPEN' AND n.stage <> 'OVERDUE'"
                                + " ORDER BY n.planned_at, n.id FETCH FIRST " + n + " ROWS ONLY");
                ResultSet r = s.executeQuery()) {
            while (r.next()) {
                out.add(new Object[] {r.getLong(1), r.getObject(2, LocalDateTime.class)});
            }
        }
        return out;
    }

    /** The same call from {@link #RACERS} threads released at once. */
    private static <T> List<T> race(Callable<T> call) throws Exception {
        ManagedExecutorService pool =
                (ManagedExecutorService) new InitialContext().lookup("java:comp/DefaultManagedExecutorService");
        CountDownLatch start = new CountDownLatch(1);
        List<Future<T>> futures = new ArrayList<>();
        for (int i = 0; i < RACERS; i++) {
            futures.add(pool.submit(() -> {
                start.await();
                return call.call();
            }));
        }
        start.countDown();
        List<T> out = new ArrayList<>();
        for (Future<T> f : futures) {
            out.add(f.get(120, TimeUnit.SECONDS));
        }
        return out;
    }

    private static long nextId(Connection c) throws Exception {
        try (PreparedStatement s = c.prepareStatement("SELECT NEXTVAL('notice_delivery_seq')");
                ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }

    private static java.util.Set<Long> ids(String sql) throws Exception {
        java.util.Set<Long> out = new java.util.TreeSet<>();
        try (Connection c = dataSource().getConnection();
                PreparedStatement s = c.prepareStatement(sql);
                ResultSet r = s.executeQuery()) {
            while (r.next()) {
                out.add(r.getLong(1));
            }
        }
        return out;
    }

    private static Object[] single(String sql) throws Exception {
        try (Connection c = dataSource().getConnection();
                PreparedStatement s = c.prepareStatement(sql);
                ResultSet r = s.executeQuery()) {
            assertTrue(r.next(), "no row for " + sql);
            Object[] row = new Object[r.getMetaData().getColumnCount()];
            for (int i = 0; i < row.length; i++) {
                row[i] = r.getObject(i + 1);
            }
            return row;
        }
    }

    private static Object scalar(String sql, Long param) throws Exception {
        try (Connection c = dataSource().getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            if (param != null) {
                s.setLong(1, param);
            }
            try (ResultSet r = s.executeQuery()) {
                assertTrue(r.next(), "no row for " + sql);
                return r.getObject(1);
            }
        }
    }

    private static long count(String sql, Long param) throws Exception {
        return ((Number) scalar(sql, param)).longValue();
    }

    private static DataSource dataSource() throws Exception {
        return (DataSource) new InitialContext().lookup(PortalDataSource.JNDI);
    }
}
