package kr.minwon.portal.petition.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.logging.Logger;
import javax.sql.DataSource;
import kr.minwon.portal.petition.control.KpiFacts;
import kr.minwon.portal.petition.control.Outcome;
import kr.minwon.portal.platform.PortalDataSource;
import kr.minwon.portal.staff.entity.Role;

/**
 * Rebuilds the KPI read model ({@code kpi_day} and its month roll-up {@code kpi_month}) from the petitions, in one
 * transaction: every petition's contribution ({@link KpiFacts}, the same rules the write path applies) summed in
 * memory — bounded by days × units, not by petitions — then both tables replaced. For an admin after data was loaded past the portal (SQL), and at start when the
 * table disagrees with the petition count. Petitions written while it runs may be missed: run it when quiet.
 */
@Stateless
public class KpiReadModel {

    private static final Logger LOG = Logger.getLogger(KpiReadModel.class.getName());

    /** What a rebuild did. */
    public record Rebuilt(long petitions, int rows, long millis) {}

    @Resource(lookup = PortalDataSource.JNDI)
    DataSource dataSource;

    @RolesAllowed({Role.ADMIN_NAME, "API_ADMIN"})
    public Rebuilt rebuild() {
        return replace();
    }

    /**
     * At start: rebuilds when asked to, or when the read model's receipts disagree with the petitions (an empty table
     * after the migration, petitions grown by SQL). Nothing to do otherwise: one count over each table.
     */
    @PermitAll
    public void checkAtStart(boolean forced) {
        long petitions = single("SELECT COUNT(*) FROM petition WHERE outcome IS NULL OR outcome <> 'TRANSFERRED'");
        long received = single("SELECT COALESCE(SUM(received), 0) FROM kpi_day");
        long receivedByMonth = single("SELECT COALESCE(SUM(received), 0) FROM kpi_month");
        if (forced || petitions != received || petitions != receivedByMonth) {
            Rebuilt r = replace();
            LOG.info(() -> "KPI read model rebuilt from " + r.petitions() + " petitions: " + r.rows() + " rows in "
                    + r.millis() + " ms"
                    + (forced
                            ? " (asked for)"
                            : " (it held " + received + " receipts by day, " + receivedByMonth + " by month)"));
        }
    }

    /**
     * Compares the read model with a recomputation from the petitions, changing nothing: the rows of {@code kpi_day}
     * and of {@code kpi_month} whose counters differ (all-zero rows count as absent), as "day unit department: column
     * held/recomputed" lines (month rows as "month 2026-03-01 ..."), at most 20.
     */
    @RolesAllowed({Role.ADMIN_NAME, "API_ADMIN"})
    public List<String> differences() {
        try (Connection c = dataSource.getConnection()) {
            Map<KpiFacts.Row, long[]> fresh = new TreeMap<>();
            recompute(c, fresh);
            List<String> out = new ArrayList<>();
            for (KpiDayRows.Grain g : KpiDayRows.Grain.values()) {
                compare(c, g, g.rows(fresh), out);
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("KPI read model not compared: " + e.getMessage(), e);
        }
    }

    private static void compare(Connection c, KpiDayRows.Grain g, Map<KpiFacts.Row, long[]> fresh, List<String> out)
            throws SQLException {
        Map<KpiFacts.Row, long[]> held = new TreeMap<>();
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT " + g.key + ", unit_id, department_id, "
                        + String.join(", ", KpiFacts.COLUMNS) + " FROM " + g.table)) {
            while (r.next()) {
                long[] v = new long[KpiFacts.COLUMNS.size()];
                for (int i = 0; i < v.length; i++) {
                    v[i] = KpiFacts.isTenths(i)
                            ? r.getBigDecimal(4 + i).movePointRight(1).longValueExact()
                            : r.getLong(4 + i);
                }
                held.put(new KpiFacts.Row(r.getObject(1, LocalDate.class), r.getLong(2), r.getLong(3)), v);
            }
        }
        held.values().removeIf(v -> Arrays.stream(v).allMatch(n -> n == 0));
        Set<KpiFacts.Row> keys = new TreeSet<>(fresh.keySet());
        keys.addAll(held.keySet());
        long[] zero = new long[KpiFacts.COLUMNS.size()];
        for (KpiFacts.Row row : keys) {
            long[] a = held.getOrDefault(row, zero);
            long[] b = fresh.getOrDefault(row, zero);
            for (int i = 0; i < a.length && out.size() < 20; i++) {
                if (a[i] != b[i]) {
                    out.add((g == KpiDayRows.Grain.MONTH ? "month " : "") + row.day() + " " + row.unitId() + " "
                            + row.departmentId() + ": " + KpiFacts.COLUMNS.get(i) + " " + a[i] + "/" + b[i]);
                }
            }
        }
    }

    private static long recompute(Connection c, Map<KpiFacts.Row, long[]> rows) throws SQLException {
        long petitions = 0;
        try (Statement s = c.createStatement()) {
            s.setFetchSize(5000);
            try (ResultSet r = s.executeQuery("SELECT received_at, approved_at, status, outcome, unit_id,"
                    + " department_id, channel, resident, on_time, late_days, legal_days, used_days FROM petition")) {
                while (r.next()) {
                    KpiFacts.add(rows, facts(r).contribution());
                    petitions++;
                }
            }
        }
        return petitions;
    }

    private Rebuilt replace() {
        long t0 = System.nanoTime();
        Map<KpiFacts.Row, long[]> rows = new TreeMap<>();
        long petitions;
        try (Connection c = dataSource.getConnection()) {
            petitions = recompute(c, rows);
            for (KpiDayRows.Grain g : KpiDayRows.Grain.values()) {
                try (Statement s = c.createStatement()) {
                    s.executeUpdate("DELETE FROM " + g.table);
                }
                try (PreparedStatement insert = c.prepareStatement(KpiDayRows.insertSql(g))) {
                    int batch = 0;
                    for (Map.Entry<KpiFacts.Row, long[]> e : g.rows(rows).entrySet()) {
                        KpiDayRows.bindRow(insert, e.getKey(), e.getValue());
                        insert.addBatch();
                        if (++batch % 500 == 0) {
                            insert.executeBatch();
                        }
                    }
                    insert.executeBatch();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("KPI read model not rebuilt: " + e.getMessage(), e);
        }
        return new Rebuilt(petitions, rows.size(), (System.nanoTime() - t0) / 1_000_000);
    }

    private static KpiFacts facts(ResultSet r) throws SQLException {
        String outcome = r.getString(4);
        long department = r.getLong(6);
        boolean onTimeNull;
        boolean onTime = r.getBoolean(9);
        onTimeNull = r.wasNull();
        int lateDays = r.getInt(10);
        boolean lateNull = r.wasNull();
        BigDecimal legal = r.getBigDecimal(11);
        BigDecimal used = r.getBigDecimal(12);
        return new KpiFacts(
                r.getObject(1, LocalDateTime.class),
                r.getObject(2, LocalDateTime.class),
                "COMPLETED".equals(r.getString(3)),
                outcome == null ? null : Outcome.valueOf(outcome),
                r.getLong(5),
                department,
                r.getString(7),
                r.getString(8),
                onTimeNull ? null : onTime,
                lateNull ? null : lateDays,
                legal,
                used);
    }

    private long single(String sql) {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
