package kr.minwon.portal.petition.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import kr.minwon.portal.petition.control.KpiFacts;
import kr.minwon.portal.platform.PortalDataSource;

/**
 * Adds differences to the rows of {@code kpi_day} on the connection of the caller's transaction (the container shares
 * one connection per transaction and data source). Each row is {@code UPDATE ... SET n = n + ?}, so concurrent
 * transactions on one row queue on its row lock instead of losing updates; a missing row is inserted inside a
 * savepoint, and when another transaction inserted it first (unique key, SQLState 23505) the savepoint is rolled back
 * and the update repeated. Rows are written in key order, so two transactions never take the same rows in opposite
 * orders within one petition's change.
 */
@ApplicationScoped
public class KpiDayRows {

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

    static void apply(Connection c, Map<KpiFacts.Row, long[]> delta) throws SQLException {
        for (Map.Entry<KpiFacts.Row, long[]> e : delta.entrySet()) {
            KpiFacts.Row row = e.getKey();
            long[] v = e.getValue();
            if (update(c, row, v) == 0) {
                insert(c, row, v);
            }
        }
    }

    private static int update(Connection c, KpiFacts.Row row, long[] v) throws SQLException {
        List<Integer> changed = new ArrayList<>();
        StringBuilder sql = new StringBuilder("UPDATE kpi_day SET ");
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
        sql.append(" WHERE kpi_date = ? AND unit_id = ? AND department_id = ?");
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

    private static void insert(Connection c, KpiFacts.Row row, long[] v) throws SQLException {
        boolean inTransaction = !c.getAutoCommit();
        Savepoint savepoint = inTransaction ? c.setSavepoint() : null;
        try (PreparedStatement s = c.prepareStatement(insertSql())) {
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
            if (update(c, row, v) != 1) {
                throw e;
            }
        } finally {
            if (savepoint != null) {
                c.releaseSavepoint(savepoint);
            }
        }
    }

    static String insertSql() {
        return "INSERT INTO kpi_day (kpi_date, unit_id, department_id, " + String.join(", ", KpiFacts.COLUMNS)
                + ") VALUES (?, ?, ?" + ", ?".repeat(KpiFacts.COLUMNS.size()) + ")";
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
