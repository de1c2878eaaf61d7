package kr.minwon.portal.security.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import kr.minwon.portal.platform.Migrations;
import kr.minwon.portal.platform.SchemaReady;
import kr.minwon.portal.security.control.PasswordPolicy;
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

    @Inject
    Migrations migrations;

    @PostConstruct
    void atStart() {
        if (migrations.isMigrated()) {
            start();
        }
    }

    /** Started while the database was away: the first-start setup runs once the schema is current. */
    public void onSchemaReady(@Observes SchemaReady ready) {
        start();
    }

    private void start() {
        if (!staff.isEmpty()) {
            LOG.info("Database holds data: no first-start setup, no demo seeding.");
            warnAboutDemoAccounts();
            return;
        }
        Employee admin = new Employee("ADMIN", "시스템 관리자", null);
        admin.assignRoles(EnumSet.of(Role.ADMIN));
        em.persist(admin);
        boolean generated = adminPassword.filter(p -> !p.isBlank()).isEmpty();
        String password = generated ? Accounts.randomPassword() : adminPassword.get();
        // Whoever chose it, nobody but the admin should know his password: it opens only the password change.
        accounts.createWithPassword(admin, "admin", password.toCharArray(), true);
        if (generated) {
            // Printed once, on purpose: the only way an operator learns a generated first password.
            LOG.warning("First start: account 'admin' created with the generated password " + password
                    + " (it opens only the password change until changed; set PORTAL_ADMIN_PASSWORD to choose it).");
        } else {
            LOG.info("First start: account 'admin' created with the password from PORTAL_ADMIN_PASSWORD"
                    + " (it opens only the password change until changed).");
            PasswordPolicy.problem(password.toCharArray(), null)
                    .ifPresent(problem ->
                            LOG.warning("PORTAL_ADMIN_PASSWORD does not meet the password rules: " + problem));
        }
        if (demo) {
            long t0 = System.nanoTime();
            Map<String, Employee> people = demoStaff.seed();
            // One hash for the shared demo password: six PBKDF2 runs would add seconds to the first start.
            String demoHash = accounts.hashOf(demoPassword.toCharArray());
            for (DemoStaff.DemoPerson p : DemoStaff.PEOPLE) {
                accounts.createWithHash(people.get(p.username()), p.username(), demoHash, false);
            }
            demoApiKey.filter(k -> !k.isBlank()).ifPresent(k -> apiKeys.installDemoKey(k.trim()));
            demoSeeding.fire(new DemoSeeding(people));
            LOG.info(() -> "Demo office seeded in " + (System.nanoTime() - t0) / 1_000_000 + " ms.");
        }
        warnAboutDemoAccounts();
    }

    /** With demo mode off, demo accounts left in the database are refused at sign-in; the log says so at start. */
    private void warnAboutDemoAccounts() {
        if (demo) {
            LOG.warning("PORTAL_DEMO is on: the demo accounts (" + String.join(", ", DemoAccounts.USERNAMES)
                    + ") sign in with the published demo password. Never run demo mode with real data.");
            return;
        }
        long present = em.createQuery("SELECT COUNT(a) FROM Account a WHERE a.username IN :names", Long.class)
                .setParameter("names", DemoAccounts.USERNAMES)
                .getSingleResult();
        if (present > 0) {
            LOG.warning("PORTAL_DEMO is off: the " + present + " demo account(s) in this database ("
                    + String.join(", ", DemoAccounts.USERNAMES) + ") and the '" + DemoAccounts.SERVICE_ACCOUNT
                    + "' API key are refused. Deactivate or delete them.");
        }
    }
}
