package kr.minwon.portal.petition.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import kr.minwon.portal.petition.control.KpiFacts;
import kr.minwon.portal.platform.PortalDataSource;

/**
 * Adds differences to the rows of {@code kpi_day} and of its month roll-up {@code kpi_month} (V20: the same columns,
 * one row per month and unit, the sum of that month's day rows) on the connection of the caller's transaction (the
 * container shares one connection per transaction and data source). Every difference goes to both tables in the same
 * transaction, the day rows first, then the month rows (a month row whose difference sums to zero, a petition moved
 * within its month, is not touched). Each row is {@code UPDATE ... SET n = n + ?}, so concurrent
 * transactions on one row queue on its row lock instead of losing updates; a missing row is inserted inside a
 * savepoint, and when another transaction inserted it first (unique key, SQLState 23505) the savepoint is rolled back
 * and the update repeated. Rows are written in key order, so two transactions never take the same rows in opposite
 * orders within one petition's change.
 */
@ApplicationScoped
public class KpiDayRows {

    /** The read model's tables: its rows' key is a day, or the first day of a month. */
    enum Grain {
        DAY("kpi_day", "kpi_date"),
        MONTH("kpi_month", "month_start");

        final String table;
        final String key;

        Grain(String table, String key) {
            this.table = table;
            this.key = key;
        }

        /** The differences by this grain's rows (day rows as they are, month rows summed). */
        Map<KpiFacts.Row, long[]> rows(Map<KpiFacts.Row, long[]> days) {
            return this == DAY ? days : KpiFacts.byMonth(days);
        }
    }

    private static final String UNIQUE_VIOLATION = "23505";

    @Resource(lookup = PortalDataSource.JNDI)
    DataSource dataSource;

    public void apply(Map<KpiFacts.Row, long[]> delta) {
        if (delta.isEmpty()) {
            return;
        }
        try (Connection c = dataSource.getConnection()) {
            apply(c, delta);
        } catch (SQLException e) {
            throw new IllegalStateException("KPI read model not updated: " + e.getMessage(), e);
        }
    }

    /**
     * Adds the summed differences of a {@link KpiBatch}: one JDBC batch of updates of every column (in key order), then
     * one batch of inserts for the rows none of them found, inside a savepoint; when another transaction inserted one
     * of those rows first, the savepoint is rolled back and the missing rows are added one by one as above.
     */
    public void applyBatched(Map<KpiFacts.Row, long[]> sums) {
        if (sums.isEmpty()) {
            return;
        }
        try (Connection c = dataSource.getConnection()) {
            applyBatched(c, sums);
        } catch (SQLException e) {
            throw new IllegalStateException("KPI read model not updated: " + e.getMessage(), e);
        }
    }

    static void applyBatched(Connection c, Map<KpiFacts.Row, long[]> sums) throws SQLException {
        for (Grain g : Grain.values()) {
            applyBatched(c, g, g.rows(sums));
        }
    }

    private static void applyBatched(Connection c, Grain g, Map<KpiFacts.Row, long[]> sums) throws SQLException {
        List<Map.Entry<KpiFacts.Row, long[]>> entries = new ArrayList<>(new TreeMap<>(sums).entrySet());
        entries.removeIf(e -> Arrays.stream(e.getValue()).allMatch(n -> n == 0));
        if (entries.isEmpty()) {
            return;
        }
        int[] counts;
        try (PreparedStatement s = c.prepareStatement(updateAllSql(g))) {
            for (Map.Entry<KpiFacts.Row, long[]> e : entries) {
                long[] v = e.getValue();
                for (int i = 0; i < v.length; i++) {
                    bind(s, 1 + i, i, v[i]);
                }
                int at = 1 + v.length;
                s.setObject(at++, e.getKey().day());
                s.setLong(at++, e.getKey().unitId());
                s.setLong(at, e.getKey().departmentId());
                s.addBatch();
            }
            counts = s.executeBatch();
        }
        Map<KpiFacts.Row, long[]> missing = new TreeMap<>();
        for (int i = 0; i < entries.size(); i++) {
            if (counts[i] == Statement.SUCCESS_NO_INFO) {
                // Only H2 and PostgreSQL are supported; both count each update of a batch.
                throw new SQLException("the driver does not count batched updates");
            }
            if (counts[i] == 0) {
                missing.put(entries.get(i).getKey(), entries.get(i).getValue());
            }
        }
        if (missing.isEmpty()) {
            return;
        }
        boolean inTransaction = !c.getAutoCommit();
        Savepoint savepoint = inTransaction ? c.setSavepoint() : null;
        try (PreparedStatement s = c.prepareStatement(insertSql(g))) {
            for (Map.Entry<KpiFacts.Row, long[]> e : missing.entrySet()) {
                bindRow(s, e.getKey(), e.getValue());
                s.addBatch();
            }
            s.executeBatch();
        } catch (SQLException e) {
            if (savepoint == null || !isUniqueViolation(e)) {
                throw e;
            }
            // Another transaction inserted one of the rows since our updates: add them one by one instead.
            c.rollback(savepoint);
            savepoint = null;
            apply(c, g, missing);
        } finally {
            if (savepoint != null) {
                c.releaseSavepoint(savepoint);
            }
        }
    }

    private static boolean isUniqueViolation(SQLException e) {
        for (SQLException x = e; x != null; x = x.getNextException()) {
            if (UNIQUE_VIOLATION.equals(x.getSQLState())) {
                return true;
            }
            if (x.getCause() instanceof SQLException cause && UNIQUE_VIOLATION.equals(cause.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    static String updateAllSql(Grain g) {
        StringBuilder sql = new StringBuilder("UPDATE " + g.table + " SET ");
        for (int i = 0; i < KpiFacts.COLUMNS.size(); i++) {
            String name = KpiFacts.COLUMNS.get(i);
            sql.append(i == 0 ? "" : ", ")
                    .append(name)
                    .append(" = ")
                    .append(name)
                    .append(" + ?");
        }
        return sql.append(" WHERE " + g.key + " = ? AND unit_id = ? AND department_id = ?")
                .toString();
    }

    static void apply(Connection c, Map<KpiFacts.Row, long[]> delta) throws SQLException {
        for (Grain g : Grain.values()) {
            apply(c, g, g.rows(delta));
        }
    }

    private static void apply(Connection c, Grain g, Map<KpiFacts.Row, long[]> delta) throws SQLException {
        for (Map.Entry<KpiFacts.Row, long[]> e : new TreeMap<>(delta).entrySet()) {
            KpiFacts.Row row = e.getKey();
            long[] v = e.getValue();
            if (update(c, g, row, v) == 0) {
                insert(c, g, row, v);
            }
        }
    }

    private static int update(Connection c, Grain g, KpiFacts.Row row, long[] v) throws SQLException {
        List<Integer> changed = new ArrayList<>();
        StringBuilder sql = new StringBuilder("UPDATE " + g.table + " SET ");
        for (int i = 0; i < v.length; i++) {
            if (v[i] != 0) {
                String name = KpiFacts.COLUMNS.get(i);
                sql.append(changed.isEmpty() ? "" : ", ")
                        .append(name)
                        .append(" = ")
                        .append(name)
                        .append(" + ?");
                changed.add(i);
            }
        }
        if (changed.isEmpty()) {
            return 1;
        }
        sql.append(" WHERE " + g.key + " = ? AND unit_id = ? AND department_id = ?");
        try (PreparedStatement s = c.prepareStatement(sql.toString())) {
            int at = 1;
            for (int i : changed) {
                bind(s, at++, i, v[i]);
            }
            s.setObject(at++, row.day());
            s.setLong(at++, row.unitId());
            s.setLong(at, row.departmentId());
            return s.executeUpdate();
        }
    }

    private static void insert(Connection c, Grain g, KpiFacts.Row row, long[] v) throws SQLException {
        boolean inTransaction = !c.getAutoCommit();
        Savepoint savepoint = inTransaction ? c.setSavepoint() : null;
        try (PreparedStatement s = c.prepareStatement(insertSql(g))) {
            bindRow(s, row, v);
            s.executeUpdate();
        } catch (SQLException e) {
            if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
                throw e;
            }
            // Another transaction inserted the row since our update found none: add to it instead.
            if (savepoint != null) {
                c.rollback(savepoint);
                savepoint = null;
            }
            if (update(c, g, row, v) != 1) {
                throw e;
            }
        } finally {
            if (savepoint != null) {
                c.releaseSavepoint(savepoint);
            }
        }
    }

    static String insertSql(Grain g) {
        return "INSERT INTO " + g.table + " (" + g.key + ", unit_id, department_id, "
                + String.join(", ", KpiFacts.COLUMNS) + ") VALUES (?, ?, ?" + ", ?".repeat(KpiFacts.COLUMNS.size())
                + ")";
    }

    static void bindRow(PreparedStatement s, KpiFacts.Row row, long[] v) throws SQLException {
        s.setObject(1, row.day());
        s.setLong(2, row.unitId());
        s.setLong(3, row.departmentId());
        for (int i = 0; i < v.length; i++) {
            bind(s, 4 + i, i, v[i]);
        }
    }

    private static void bind(PreparedStatement s, int at, int column, long value) throws SQLException {
        if (KpiFacts.isTenths(column)) {
            s.setBigDecimal(at, BigDecimal.valueOf(value, 1));
        } else {
            s.setLong(at, value);
        }
    }
}
