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
        }
        c.setAutoCommit(false);
    }

    @AfterEach
    void drop() throws SQLException {
        c.rollback();
        try (Statement s = c.createStatement()) {
            s.execute("DROP TABLE kpi_day");
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
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT COUNT(*) FROM kpi_day")) {
            r.next();
            return r.getInt(1);
        }
    }
}
