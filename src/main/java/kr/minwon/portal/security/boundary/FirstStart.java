package kr.minwon.portal.security.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import kr.minwon.portal.staff.boundary.DemoStaff;
import kr.minwon.portal.staff.boundary.Staff;
import kr.minwon.portal.staff.entity.Employee;
import kr.minwon.portal.staff.entity.Role;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * On an empty database (no employee at all): creates the {@code admin} account and, in demo mode, the demo office.
 * One transaction, so a crash half-way leaves the database empty and the next start tries again; a database that
 * holds anything is never touched.
 */
@Startup
@Singleton
@DependsOn("Migrations")
public class FirstStart {

    private static final Logger LOG = Logger.getLogger(FirstStart.class.getName());

    /** Fired inside the seeding transaction so each feature adds its own demo data. */
    public record DemoSeeding(Map<String, Employee> demoPeople) {}

    @PersistenceContext
    EntityManager em;

    @Inject
    Staff staff;

    @Inject
    DemoStaff demoStaff;

    @Inject
    Accounts accounts;

    @Inject
    ApiKeys apiKeys;

    @Inject
    Event<DemoSeeding> demoSeeding;

    @Inject
    @ConfigProperty(name = "portal.admin.password")
    Optional<String> adminPassword;

    @Inject
    @ConfigProperty(name = "portal.demo", defaultValue = "false")
    boolean demo;

    @Inject
    @ConfigProperty(name = "portal.demo.password", defaultValue = "minwon1234!")
    String demoPassword;

    @Inject
    @ConfigProperty(name = "portal.demo.api.key")
    Optional<String> demoApiKey;

    @PostConstruct
    void start() {
        if (!staff.isEmpty()) {
            LOG.info("Database holds data: no first-start setup, no demo seeding.");
            return;
        }
        Employee admin = new Employee("ADMIN", "시스템 관리자", null);
        admin.assignRoles(EnumSet.of(Role.ADMIN));
        em.persist(admin);
        boolean generated = adminPassword.filter(p -> !p.isBlank()).isEmpty();
        String password = generated ? Accounts.randomPassword() : adminPassword.get();
        accounts.createWithPassword(admin, "admin", password.toCharArray(), generated);
        if (generated) {
            // Printed once, on purpose: the only way an operator learns a generated first password.
            LOG.warning("First start: account 'admin' created with the generated password " + password
                    + " (it must be changed at first sign-in; set PORTAL_ADMIN_PASSWORD to choose it).");
        } else {
            LOG.info("First start: account 'admin' created with the password from PORTAL_ADMIN_PASSWORD.");
        }
        if (demo) {
            long t0 = System.nanoTime();
            Map<String, Employee> people = demoStaff.seed();
            for (DemoStaff.DemoPerson p : DemoStaff.PEOPLE) {
                accounts.createWithPassword(people.get(p.username()), p.username(), demoPassword.toCharArray(), false);
            }
            demoApiKey.filter(k -> !k.isBlank()).ifPresent(k -> apiKeys.installDemoKey(k.trim()));
            demoSeeding.fire(new DemoSeeding(people));
            LOG.info(() -> "Demo office seeded in " + (System.nanoTime() - t0) / 1_000_000 + " ms.");
        }
    }
}
