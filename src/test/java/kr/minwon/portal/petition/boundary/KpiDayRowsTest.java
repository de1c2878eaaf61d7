package kr.minwon.portal.petition.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import kr.minwon.portal.petition.control.KpiFacts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The batch path of the KPI read model writes the same rows as the row-by-row path (H2, the V18 table). */
class KpiDayRowsTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    private Connection c;

    @BeforeEach
    void table() throws Exception {
        c = DriverManager.getConnection("jdbc:h2:mem:kpidayrows;DB_CLOSE_DELAY=-1", "sa", "");
        try (Statement s = c.createStatement()) {
            s.execute(Files.readString(Path.of("src/main/resources/db/migration/V18__kpi_read_model.sql")));
            s.execute(Files.readString(Path.of("src/main/resources/db/migration/V20__kpi_month.sql")));
        }
        c.setAutoCommit(false);
    }

    @AfterEach
    void drop() throws SQLException {
        c.rollback();
        try (Statement s = c.createStatement()) {
            s.execute("DROP TABLE kpi_day");
            s.execute("DROP TABLE kpi_month");
        }
        c.close();
    }

    @Test
    void batchInsertsMissingRowsAndAddsToExistingOnes() throws SQLException {
        KpiFacts.Row existing = new KpiFacts.Row(DAY, 7, 3);
        KpiFacts.Row fresh = new KpiFacts.Row(DAY.plusDays(1), 8, 3);
        KpiDayRows.apply(c, Map.of(existing, vector(KpiFacts.RECEIVED, 2)));

        Map<KpiFacts.Row, long[]> sums = new TreeMap<>();
        sums.put(existing, vector(KpiFacts.LEGAL_TENTHS, 35));
        sums.get(existing)[KpiFacts.RECEIVED] = -1;
        sums.put(fresh, vector(KpiFacts.COMPLETED, 4));
        sums.put(new KpiFacts.Row(DAY, 9, 3), new long[KpiFacts.COLUMNS.size()]);
        KpiDayRows.applyBatched(c, sums);

        assertEquals(1, count("received", existing));
        assertEquals(35, count("legal_days * 10", existing));
        assertEquals(4, count("completed", fresh));
        assertEquals(2, rows(), "a row of zeros is not written");

        KpiFacts.Row march7 = new KpiFacts.Row(DAY.withDayOfMonth(1), 7, 3);
        KpiFacts.Row march8 = new KpiFacts.Row(DAY.withDayOfMonth(1), 8, 3);
        assertEquals(1, month("received", march7));
        assertEquals(35, month("legal_days * 10", march7));
        assertEquals(4, month("completed", march8));
        assertEquals(2, rows("kpi_month"));
    }

    @Test
    void monthRowsAreTheSumsOfTheirDayRowsAndAMoveWithinAMonthLeavesThemAlone() throws SQLException {
        KpiFacts.Row first = new KpiFacts.Row(DAY, 7, 3);
        KpiFacts.Row second = new KpiFacts.Row(DAY.plusDays(20), 7, 3);
        KpiFacts.Row april = new KpiFacts.Row(DAY.plusMonths(1), 7, 3);
        KpiDayRows.apply(c, Map.of(first, vector(KpiFacts.COMPLETED, 3), april, vector(KpiFacts.COMPLETED, 1)));
        KpiDayRows.applyBatched(c, Map.of(second, vector(KpiFacts.COMPLETED, 2)));
        KpiFacts.Row march = new KpiFacts.Row(DAY.withDayOfMonth(1), 7, 3);
        assertEquals(5, month("completed", march));
        assertEquals(1, month("completed", new KpiFacts.Row(april.day().withDayOfMonth(1), 7, 3)));

        // One petition moved from the 2nd to the 22nd: two day rows change, the month row does not.
        Map<KpiFacts.Row, long[]> move = new TreeMap<>();
        move.put(first, vector(KpiFacts.COMPLETED, -1));
        move.put(second, vector(KpiFacts.COMPLETED, 1));
        KpiDayRows.apply(c, move);
        assertEquals(2, count("completed", first));
        assertEquals(3, count("completed", second));
        assertEquals(5, month("completed", march));
        assertEquals(2, rows("kpi_month"));
    }

    private long month(String expression, KpiFacts.Row row) throws SQLException {
        try (var s = c.prepareStatement("SELECT " + expression
                + " FROM kpi_month WHERE month_start = ? AND unit_id = ? AND department_id = ?")) {
            s.setObject(1, row.day());
            s.setLong(2, row.unitId());
            s.setLong(3, row.departmentId());
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getBigDecimal(1).longValueExact();
            }
        }
    }

    private static long[] vector(int column, long n) {
        long[] v = new long[KpiFacts.COLUMNS.size()];
        v[column] = n;
        return v;
    }

    private long count(String expression, KpiFacts.Row row) throws SQLException {
        try (var s = c.prepareStatement(
                "SELECT " + expression + " FROM kpi_day WHERE kpi_date = ? AND unit_id = ? AND department_id = ?")) {
            s.setObject(1, row.day());
            s.setLong(2, row.unitId());
            s.setLong(3, row.departmentId());
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getBigDecimal(1).longValueExact();
            }
        }
    }

    private int rows() throws SQLException {
        return rows("kpi_day");
    }

    private int rows(String table) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            r.next();
            return r.getInt(1);
        }
    }
}
