package kr.minwon.portal.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.naming.InitialContext;
import javax.sql.DataSource;
import kr.minwon.portal.platform.PortalDataSource;
import kr.minwon.portal.staff.boundary.Staff;
import kr.minwon.portal.testing.InContainer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs inside Payara Micro, in the built WAR: the facades' role checks, the schema Flyway made, and the database's own
 * constraints. Arquillian starts a server of its own for this class (~20 s), on an embedded database under
 * target/arquillian-data. Only JUnit assertions here: AssertJ is not in the deployment.
 */
@ExtendWith(ArquillianExtension.class)
class StaffContainerIT {

    /** The packaged WAR, plus this class. */
    @Deployment
    static WebArchive deployment() {
        return InContainer.war(StaffContainerIT.class);
    }

    @Inject
    Staff staff;

    @Test
    void creating_an_employee_without_a_role_is_refused_by_the_facade() {
        Staff.EmployeeForm form = new Staff.EmployeeForm();
        form.employeeNo = "IT-" + UUID.randomUUID().toString().substring(0, 8);
        form.name = "권한없음";
        assertThrows(EJBAccessException.class, () -> staff.create(form));
        assertThrows(EJBAccessException.class, () -> staff.activeCount());
    }

    @Test
    void flyway_has_migrated_the_schema() throws Exception {
        try (Connection c = dataSource().getConnection();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT COUNT(*), SUM(CASE WHEN success THEN 0 ELSE 1 END) "
                        + "FROM flyway_schema_history WHERE version IS NOT NULL")) {
            assertTrue(r.next());
            assertTrue(r.getInt(1) >= 1, "applied migrations: " + r.getInt(1));
            assertEquals(0, r.getInt(2), "failed migrations");
        }
    }

    @Test
    void the_database_refuses_a_second_employee_with_the_same_number() throws Exception {
        String number = "IT-" + UUID.randomUUID().toString().substring(0, 8);
        try (Connection c = dataSource().getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO employee (id, employee_no, name, active, version) VALUES (?, ?, ?, TRUE, 0)")) {
                insert.setLong(1, 990_000_001L);
                insert.setString(2, number);
                insert.setString(3, "첫째");
                insert.executeUpdate();
                insert.setLong(1, 990_000_002L);
                insert.setString(3, "둘째");
                SQLException refused = assertThrows(SQLException.class, insert::executeUpdate);
                assertEquals("23505", refused.getSQLState(), "unique violation, got " + refused);
            } finally {
                c.rollback();
            }
        }
    }

    private static DataSource dataSource() throws Exception {
        return (DataSource) new InitialContext().lookup(PortalDataSource.JNDI);
    }
}
