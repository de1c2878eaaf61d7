package kr.minwon.portal.notice.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import javax.sql.DataSource;
import kr.minwon.portal.calendar.boundary.OfficeCalendar;
import kr.minwon.portal.calendar.control.WorkingCalendar;
import kr.minwon.portal.notice.control.NoticeFacts;
import kr.minwon.portal.notice.control.NoticePlanner;
import kr.minwon.portal.notice.control.NoticeRules;
import kr.minwon.portal.notice.control.NoticeStatus;
import kr.minwon.portal.notice.control.PlannedNotice;
import kr.minwon.portal.notice.control.Stage;
import kr.minwon.portal.petition.boundary.PetitionChanged;
import kr.minwon.portal.petition.boundary.PetitionsChanged;
import kr.minwon.portal.petition.control.DeadlineMode;
import kr.minwon.portal.petition.entity.Petition;
import kr.minwon.portal.petition.entity.PetitionStatus;
import kr.minwon.portal.platform.PortalDataSource;

/**
 * Keeps each petition's planned notices in line with its deadline: on every petition change (same transaction, so a
 * rolled-back change plans nothing) and in an hourly sweep over all open petitions (which also rolls the daily
 * OVERDUE notice forward and applies policy changes). Notices are inserted with ON CONFLICT DO NOTHING on the
 * (petition, stage, stage day) key, so the sweep and a petition change racing each other cannot plan one twice.
 */
@Stateless
public class NoticePlanning {

    private static final Logger LOG = Logger.getLogger(NoticePlanning.class.getName());

    static final String INSERT =
            "INSERT INTO notice (id, petition_id, stage, stage_day, planned_at, status, created_at)"
                    + " VALUES (NEXTVAL('notice_seq'), ?, ?, ?, ?, 'PLANNED', ?) ON CONFLICT DO NOTHING";
    /**
     * The status column as the claims and moves test it: {@code COALESCE} (it is never null) keeps PostgreSQL from
     * reading the row through the (status, time) index instead of the primary key. A plan cached while the table was
     * small ties the two, and once the table has grown (a sweep after a large import plans hundreds of thousands of
     * notices) the status index walks every planned row for each claim: 90 ms a claim instead of a fraction of one.
     */
    static final String STATUS = "COALESCE(status, '')";

    static final String MOVE = "UPDATE notice SET planned_at = ?, status = 'PLANNED', settled_at = NULL, note = NULL"
            + " WHERE id = ? AND " + STATUS + " <> 'SENT'";
    static final String CANCEL = "UPDATE notice SET status = 'CANCELLED', settled_at = ?, note = ? WHERE id = ? AND "
            + STATUS + " = 'PLANNED'";

    /** What a sweep did, for the log and the benchmark. */
    public record Sweep(
            int petitions,
            int inserted,
            int moved,
            int cancelled,
            long millis,
            long readMillis,
            long planMillis,
            long writeMillis) {}

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    OfficeCalendar calendar;

    @Inject
    NoticePolicies policies;

    @Resource(lookup = PortalDataSource.JNDI)
    DataSource dataSource;

    /** Observer methods of EJBs must be public business methods; runs in the petition's transaction. */
    @PermitAll
    public void onPetitionChanged(@Observes PetitionChanged change) {
        replan(change.petitionId(), LocalDateTime.now(clock));
    }

    /**
     * The chunk form of {@link #onPetitionChanged} (the CSV import): each petition planned as {@link #replan} would,
     * with the policies and the notices of the chunk read once and the changes written in JDBC batches on the
     * transaction's own connection (so they commit or roll back with the petitions). New petitions have no notices
     * yet, so only changed ones are looked up.
     */
    @PermitAll
    public void onPetitionsChanged(@Observes PetitionsChanged batch) {
        LocalDateTime now = LocalDateTime.now(clock);
        Map<Long, NoticeRules> rules = policies.rulesByDepartment();
        NoticeRules office = rules.get(NoticePolicies.OFFICE);
        WorkingCalendar cal = calendar.calendar();
        List<Long> changedIds = batch.changes().stream()
                .filter(c -> c.change() != PetitionChanged.Change.RECEIVED)
                .map(PetitionChanged::petitionId)
                .toList();
        Map<Long, List<NoticePlanner.Existing>> existing = new HashMap<>();
        for (int i = 0; i < changedIds.size(); i += IN_LIST) {
            for (Object[] r : em.createQuery(
                            "SELECT n.petition.id, n.id, n.stageCode, n.stageDay, n.plannedAt, n.status"
                                    + " FROM Notice n WHERE n.petition.id IN :ids",
                            Object[].class)
                    .setParameter("ids", changedIds.subList(i, Math.min(changedIds.size(), i + IN_LIST)))
                    .getResultList()) {
                existing.computeIfAbsent((Long) r[0], k -> new ArrayList<>())
                        .add(new NoticePlanner.Existing(
                                (Long) r[1],
                                Stage.parse((String) r[2]),
                                (LocalDate) r[3],
                                (LocalDateTime) r[4],
                                (NoticeStatus) r[5]));
            }
        }
        List<Object[]> inserts = new ArrayList<>();
        List<NoticePlanner.Move> moves = new ArrayList<>();
        List<Object[]> cancels = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (PetitionChanged c : batch.changes()) {
            Petition p = em.find(Petition.class, c.petitionId());
            if (p == null || !seen.add(p.getId())) {
                continue;
            }
            NoticeRules policy = p.getDepartment() == null
                    ? office
                    : rules.getOrDefault(p.getDepartment().getId(), office);
            NoticePlanner.Changes ch = NoticePlanner.reconcile(
                    existing.getOrDefault(p.getId(), List.of()), NoticePlanner.plan(facts(p), policy, cal, now));
            collect(p.getId(), ch, whyCancelled(p), inserts, moves, cancels);
        }
        if (inserts.isEmpty() && moves.isEmpty() && cancels.isEmpty()) {
            return;
        }
        // The petitions are flushed (Petitions.applyAll); EclipseLink hands out the connection of this transaction.
        try {
            write(em.unwrap(Connection.class), inserts, moves, cancels, now);
        } catch (SQLException e) {
            throw new IllegalStateException("Planning the notices of imported petitions failed", e);
        }
    }

    /** Petitions per IN list: well inside what PostgreSQL and H2 take as parameters. */
    private static final int IN_LIST = 1000;

    @PermitAll
    public NoticePlanner.Changes replan(long petitionId, LocalDateTime now) {
        Petition p = em.find(Petition.class, petitionId);
        if (p == null) {
            return new NoticePlanner.Changes(List.of(), List.of(), List.of());
        }
        List<PlannedNotice> desired =
                NoticePlanner.plan(facts(p), policies.rulesFor(p.getDepartment()), calendar.calendar(), now);
        // A projection, not entities: claims change notices by statements, so managed copies may be stale.
        List<NoticePlanner.Existing> existing = em
                .createQuery(
                        "SELECT n.id, n.stageCode, n.stageDay, n.plannedAt, n.status"
                                + " FROM Notice n WHERE n.petition.id = :p",
                        Object[].class)
                .setParameter("p", petitionId)
                .getResultList()
                .stream()
                .map(r -> new NoticePlanner.Existing(
                        (Long) r[0], Stage.parse((String) r[1]), (LocalDate) r[2], (LocalDateTime) r[3], (NoticeStatus)
                                r[4]))
                .toList();
        NoticePlanner.Changes changes = NoticePlanner.reconcile(existing, desired);
        if (changes.isEmpty()) {
            return changes;
        }
        for (PlannedNotice n : changes.insert()) {
            em.createNativeQuery(INSERT)
                    .setParameter(1, petitionId)
                    .setParameter(2, n.stage().code())
                    .setParameter(3, n.stageDay())
                    .setParameter(4, n.plannedAt())
                    .setParameter(5, now)
                    .executeUpdate();
        }
        for (NoticePlanner.Move m : changes.move()) {
            em.createNativeQuery(MOVE)
                    .setParameter(1, m.plannedAt())
                    .setParameter(2, m.id())
                    .executeUpdate();
        }
        String why = whyCancelled(p);
        for (long id : changes.cancel()) {
            em.createNativeQuery(CANCEL)
                    .setParameter(1, now)
                    .setParameter(2, why)
                    .setParameter(3, id)
                    .executeUpdate();
        }
        return changes;
    }

    static NoticeFacts facts(Petition p) {
        return new NoticeFacts(
                p.getReceivedAt(),
                p.getDeadline(),
                p.getMode(),
                p.getLegalDays().doubleValue(),
                p.getStatus() == PetitionStatus.OPEN,
                p.getType().isNoticeEligible());
    }

    private static String whyCancelled(Petition p) {
        // Stored as bundle keys: the petition's page shows them in the reader's language (NoticeWords).
        return p.isCompleted()
                ? "notice.cancel.completed"
                : p.getStatus() == PetitionStatus.SUSPENDED ? "notice.cancel.suspended" : "notice.cancel.deadlineMoved";
    }

    /**
     * Re-plans every open petition in one pass: two queries, the planner in memory, batched writes. Petitions that
     * are not open but still hold planned notices have them cancelled.
     */
    @PermitAll
    public Sweep replanAll(LocalDateTime now) {
        long t0 = System.nanoTime();
        Map<Long, NoticeRules> rules = policies.rulesByDepartment();
        NoticeRules office = rules.get(NoticePolicies.OFFICE);
        WorkingCalendar cal = calendar.calendar();
        LocalDate today = now.toLocalDate();
        int petitions = 0;
        long readNanos = 0;
        long planNanos = 0;
        long writeNanos = 0;
        List<Object[]> inserts = new ArrayList<>();
        List<NoticePlanner.Move> moves = new ArrayList<>();
        List<Object[]> cancels = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            long tRead = System.nanoTime();
            Map<Long, List<NoticePlanner.Existing>> existing = new HashMap<>();
            try (PreparedStatement s = c.prepareStatement("SELECT id, petition_id, stage, stage_day, planned_at, status"
                    + " FROM notice WHERE status = 'PLANNED' OR stage_day >= ?")) {
                s.setObject(1, today);
                s.setFetchSize(5000);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        existing.computeIfAbsent(r.getLong(2), k -> new ArrayList<>())
                                .add(new NoticePlanner.Existing(
                                        r.getLong(1),
                                        Stage.parse(r.getString(3)),
                                        r.getObject(4, LocalDate.class),
                                        r.getObject(5, LocalDateTime.class),
                                        NoticeStatus.valueOf(r.getString(6))));
                    }
                }
            }
            readNanos = System.nanoTime() - tRead;
            long tPlan = System.nanoTime();
            try (PreparedStatement s =
                    c.prepareStatement("SELECT p.id, p.received_at, p.deadline, p.mode, p.legal_days,"
                            + " p.status, t.notice_eligible, p.department_id FROM petition p JOIN petition_type t ON t.id = p.type_id"
                            + " WHERE p.status IN ('OPEN', 'SUSPENDED')")) {
                s.setFetchSize(5000);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        petitions++;
                        long id = r.getLong(1);
                        long dept = r.getLong(8);
                        NoticeRules policy = r.wasNull() ? office : rules.getOrDefault(dept, office);
                        NoticeFacts f = new NoticeFacts(
                                r.getObject(2, LocalDateTime.class),
                                r.getObject(3, LocalDateTime.class),
                                DeadlineMode.valueOf(r.getString(4)),
                                r.getDouble(5),
                                "OPEN".equals(r.getString(6)),
                                r.getBoolean(7));
                        List<NoticePlanner.Existing> known = existing.remove(id);
                        NoticePlanner.Changes ch = NoticePlanner.reconcile(
                                known == null ? List.of() : known, NoticePlanner.plan(f, policy, cal, now));
                        collect(id, ch, SWEEP_CANCELLED, inserts, moves, cancels);
                    }
                }
            }
            // Completed petitions that still hold planned notices (e.g. completed before this feature existed).
            for (Map.Entry<Long, List<NoticePlanner.Existing>> e : existing.entrySet()) {
                collect(
                        e.getKey(),
                        NoticePlanner.reconcile(e.getValue(), List.of()),
                        SWEEP_CANCELLED,
                        inserts,
                        moves,
                        cancels);
            }
            planNanos = System.nanoTime() - tPlan;
            long tWrite = System.nanoTime();
            write(c, inserts, moves, cancels, now);
            writeNanos = System.nanoTime() - tWrite;
        } catch (SQLException e) {
            throw new IllegalStateException("Notice planning sweep failed", e);
        }
        Sweep sweep = new Sweep(
                petitions,
                inserts.size(),
                moves.size(),
                cancels.size(),
                (System.nanoTime() - t0) / 1_000_000,
                readNanos / 1_000_000,
                planNanos / 1_000_000,
                writeNanos / 1_000_000);
        LOG.info(() -> "Notice planning sweep: " + sweep);
        return sweep;
    }

    private static void collect(
            long petitionId,
            NoticePlanner.Changes ch,
            String why,
            List<Object[]> inserts,
            List<NoticePlanner.Move> moves,
            List<Object[]> cancels) {
        for (PlannedNotice n : ch.insert()) {
            inserts.add(new Object[] {petitionId, n.stage().code(), n.stageDay(), n.plannedAt()});
        }
        moves.addAll(ch.move());
        for (long id : ch.cancel()) {
            cancels.add(new Object[] {id, why});
        }
    }

    /** Why a sweep cancels: it does not look at each petition's reason. */
    private static final String SWEEP_CANCELLED = "notice.cancel.sweep";

    /**
     * Writes planned changes as JDBC batches: inserts {petition, stage code, stage day, planned at}, moves, and cancels
     * {notice id, why}.
     */
    private static void write(
            Connection c,
            List<Object[]> inserts,
            List<NoticePlanner.Move> moves,
            List<Object[]> cancels,
            LocalDateTime now)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement(INSERT)) {
            int n = 0;
            for (Object[] row : inserts) {
                s.setLong(1, (Long) row[0]);
                s.setString(2, (String) row[1]);
                s.setObject(3, row[2]);
                s.setObject(4, row[3]);
                s.setObject(5, now);
                s.addBatch();
                if (++n % 1000 == 0) {
                    s.executeBatch();
                }
            }
            s.executeBatch();
        }
        try (PreparedStatement s = c.prepareStatement(MOVE)) {
            for (NoticePlanner.Move m : moves) {
                s.setObject(1, m.plannedAt());
                s.setLong(2, m.id());
                s.addBatch();
            }
            s.executeBatch();
        }
        try (PreparedStatement s = c.prepareStatement(CANCEL)) {
            for (Object[] row : cancels) {
                s.setObject(1, now);
                s.setString(2, (String) row[1]);
                s.setLong(3, (Long) row[0]);
                s.addBatch();
            }
            s.executeBatch();
        }
    }
}
