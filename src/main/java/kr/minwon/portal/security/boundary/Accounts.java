package kr.minwon.portal.security.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import kr.minwon.portal.platform.audit.AuditLog;
import kr.minwon.portal.platform.text.Texts;
import kr.minwon.portal.security.control.PasswordPolicy;
import kr.minwon.portal.security.entity.Account;
import kr.minwon.portal.staff.entity.Employee;
import kr.minwon.portal.staff.entity.Role;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Sign-in accounts: password checks with lockout, password changes, and accounts issued by the admin. */
@Stateless
public class Accounts {

    public static final int MIN_PASSWORD_LENGTH = PasswordPolicy.MIN_LENGTH;
    /** OWASP's figure for PBKDF2-HMAC-SHA256 (Password Storage Cheat Sheet, 2023). */
    public static final int ITERATIONS = 600_000;

    private static final String PASSWORD_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    public enum Verdict {
        VALID,
        INVALID
    }

    public record SignIn(Verdict verdict, String username, Set<String> roles, int sessionEpoch) {}

    /** What a signed-in session is checked against on every request (SessionGuard). */
    public record SessionState(
            boolean active, Set<String> roles, int epoch, boolean mustChangePassword, java.util.Locale locale) {}

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Pbkdf2PasswordHash hash;

    @Inject
    AuditLog audit;

    @Inject
    SignInThrottles throttles;

    @Resource
    SessionContext session;

    /** Where {@link #callingEmployee()} keeps whom it found, for the rest of the transaction. */
    @Resource
    TransactionSynchronizationRegistry transaction;

    @Inject
    @ConfigProperty(name = "portal.login.max.failures", defaultValue = "5")
    int maxFailures;

    @Inject
    @ConfigProperty(name = "portal.login.delay.max.seconds", defaultValue = "60")
    int maxDelaySeconds;

    @Inject
    @ConfigProperty(name = "portal.demo", defaultValue = "false")
    boolean demo;

    /** A hash of nothing in particular, checked whenever no real check happens, so that timing does not tell. */
    private static volatile String decoyHash;

    @PostConstruct
    void configureHash() {
        hash.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
                "Pbkdf2PasswordHash.Iterations", Integer.toString(ITERATIONS),
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
    }

    /**
     * Checks a sign-in from a client address. Every refusal is the same {@link Verdict#INVALID} (and costs the same
     * hash), whether the name is unknown, the password wrong, the pair or address locked, the account delayed,
     * inactive, or a demo account with demo mode off; only the audit log tells which.
     */
    @PermitAll
    public SignIn verify(String username, char[] password, String address) {
        LocalDateTime now = LocalDateTime.now(clock);
        Instant instant = clock.instant();
        String name = username == null ? "" : username.trim();
        SignIn refused = new SignIn(Verdict.INVALID, name, Set.of(), 0);
        if (throttles.isBlocked(name, address, instant)) {
            hash.verify(password, decoy());
            audit.recordAs(name, "SIGN_IN_THROTTLED", name, "too many failures from " + address);
            return refused;
        }
        Optional<Account> found = byUsername(name);
        if (found.isEmpty()) {
            hash.verify(password, decoy());
            throttles.failure(name, address, instant);
            audit.recordAs(name, "SIGN_IN_FAILED", name, "unknown user");
            return refused;
        }
        Account account = found.get();
        if (account.isDelayedFor(now, address)) {
            hash.verify(password, decoy());
            audit.recordAs(
                    name,
                    "SIGN_IN_DELAYED",
                    name,
                    "failures from other addresses; wait until " + account.getLockedUntil());
            return refused;
        }
        if (!hash.verify(password, account.getPasswordHash())) {
            lockFresh(account);
            account.recordFailure(now, 2 * maxFailures, Duration.ofSeconds(maxDelaySeconds));
            throttles.failure(name, address, instant);
            audit.recordAs(name, "SIGN_IN_FAILED", name, "wrong password");
            return refused;
        }
        if (!account.getEmployee().isActive()) {
            audit.recordAs(name, "SIGN_IN_FAILED", name, "inactive employee");
            return refused;
        }
        if (DemoAccounts.refused(demo, account.getUsername())) {
            audit.recordAs(name, "SIGN_IN_FAILED", name, "demo account while PORTAL_DEMO is off");
            return refused;
        }
        // The account's row first, then the throttle's (as a failure takes them): two sign-ins never wait on each
        // other.
        lockFresh(account);
        throttles.success(name, address);
        account.recordSuccess(now, address);
        if (iterationsOf(account.getPasswordHash()) < ITERATIONS) {
            account.upgradeHash(hash.generate(password));
            audit.recordAs(name, "PASSWORD_HASH_UPGRADED", name, ITERATIONS + " iterations");
        }
        audit.recordAs(name, "SIGN_IN", name, null);
        return new SignIn(
                Verdict.VALID, account.getUsername(), roleNames(account.getEmployee()), account.getSessionEpoch());
    }

    /**
     * Two sign-ins of one person at the same moment (two tabs, a double click, the same name on two nodes) both write
     * the account's sign-in fields: each takes the row's lock and re-reads it first, so they follow one another instead
     * of one failing on the other's version.
     */
    private void lockFresh(Account account) {
        em.refresh(account, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The state a signed-in session is compared with; empty when the account is gone. */
    @PermitAll
    public Optional<SessionState> sessionState(String username) {
        return byUsername(username)
                .map(a -> new SessionState(
                        a.getEmployee().isActive() && !DemoAccounts.refused(demo, a.getUsername()),
                        roleNames(a.getEmployee()),
                        a.getSessionEpoch(),
                        a.isMustChangePassword(),
                        a.getEmployee().locale()));
    }

    /** The hash of a password as stored (the demo seeding hashes its shared password once for all demo accounts). */
    @PermitAll
    public String hashOf(char[] password) {
        return hash.generate(password);
    }

    /** The iteration count written in a stored hash ({@code algorithm:iterations:salt:hash}); 0 if unreadable. */
    static int iterationsOf(String stored) {
        String[] parts = stored == null ? new String[0] : stored.split(":");
        try {
            return parts.length >= 4 ? Integer.parseInt(parts[1]) : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** The signed-in person's own account. */
    @PermitAll
    public Optional<Account> current() {
        return byUsername(session.getCallerPrincipal().getName());
    }

    /** The caller changes his own password, proving the current one. */
    /**
     * The caller changes his own password, proving the current one; the new one must differ from it. Returns the
     * account's new session epoch: the caller's session takes it, every other session of his ends.
     */
    @PermitAll
    public int changeOwnPassword(char[] current, char[] next) {
        Account account = current().orElseThrow(() -> new IllegalStateException("not signed in"));
        if (!hash.verify(current, account.getPasswordHash())) {
            throw new PasswordRejected(Texts.t("security.msg.Accounts.2"));
        }
        checkStrength(next, account.getUsername());
        if (java.util.Arrays.equals(current, next)) {
            throw new PasswordRejected(Texts.t("security.msg.Accounts.1"));
        }
        account.changePassword(hash.generate(next), false, LocalDateTime.now(clock));
        audit.record("PASSWORD_CHANGED", account.getUsername(), "other sessions ended");
        return account.getSessionEpoch();
    }

    /** Creates (or resets) the sign-in of an employee; returns a one-time password the person must change. */
    @RolesAllowed(Role.ADMIN_NAME)
    public String issue(Employee employee, String username) {
        String temporary = randomPassword();
        Optional<Account> existing = em.createQuery("SELECT a FROM Account a WHERE a.employee = :e", Account.class)
                .setParameter("e", employee)
                .getResultStream()
                .findFirst();
        LocalDateTime now = LocalDateTime.now(clock);
        if (existing.isPresent()) {
            existing.get().changePassword(hash.generate(temporary.toCharArray()), true, now);
            audit.record("PASSWORD_RESET", existing.get().getUsername(), "employee " + employee.getEmployeeNo());
        } else {
            String name = username == null || username.isBlank() ? employee.getEmployeeNo() : username.trim();
            if (byUsername(name).isPresent()) {
                throw new PasswordRejected(Texts.t("security.msg.usernameTaken", name));
            }
            em.persist(new Account(name, em.merge(employee), hash.generate(temporary.toCharArray()), true, now));
            audit.record("ACCOUNT_CREATED", name, "employee " + employee.getEmployeeNo());
        }
        return temporary;
    }

    /** Used by first start, which runs before anybody can sign in. */
    @PermitAll
    public void createWithPassword(Employee employee, String username, char[] password, boolean mustChange) {
        createWithHash(employee, username, hash.generate(password), mustChange);
    }

    /** Used by demo seeding with a hash made once ({@link #hashOf}). */
    @PermitAll
    public void createWithHash(Employee employee, String username, String passwordHash, boolean mustChange) {
        em.persist(new Account(username, em.merge(employee), passwordHash, mustChange, LocalDateTime.now(clock)));
    }

    @PermitAll
    public Optional<Account> byUsername(String username) {
        if (username == null) {
            return Optional.empty();
        }
        return em.createQuery("SELECT a FROM Account a WHERE a.username = :u", Account.class)
                .setParameter("u", username.trim())
                .getResultStream()
                .findFirst();
    }

    /** The employee behind a signed-in caller's name; empty for API callers and unknown names. */
    @PermitAll
    public Optional<Employee> employeeOf(String username) {
        return byUsername(username).map(Account::getEmployee);
    }

    /**
     * The employee calling this transaction, if the caller is a person. Read once per transaction (issue 16): a facade
     * that asks for several figures of the caller (his home page's cards, the corrections he may decide, each checking
     * him again) got his account by name from the database each time; later asks in the same transaction take the
     * same employee from the persistence context by id (no statement while it is there). Kept with the caller's name,
     * for this transaction only.
     */
    @PermitAll
    public Optional<Employee> callingEmployee() {
        String name = session.getCallerPrincipal().getName();
        if (transaction.getResource(CALLER) instanceof Caller kept
                && kept.username().equals(name)) {
            return Optional.ofNullable(kept.employeeId() == null ? null : em.find(Employee.class, kept.employeeId()));
        }
        Optional<Employee> found = employeeOf(name);
        transaction.putResource(
                CALLER, new Caller(name, found.map(Employee::getId).orElse(null)));
        return found;
    }

    private static final String CALLER = Accounts.class.getName() + ".callingEmployee";

    /** Whom {@link #callingEmployee()} found in this transaction: a name and an id, no entity. */
    private record Caller(String username, Long employeeId) {}

    @PermitAll
    public Optional<Account> forEmployee(Long employeeId) {
        return em.createQuery("SELECT a FROM Account a WHERE a.employee.id = :e", Account.class)
                .setParameter("e", employeeId)
                .getResultStream()
                .findFirst();
    }

    public static Set<String> roleNames(Employee employee) {
        return employee.getRoles().stream().map(Enum::name).collect(Collectors.toSet());
    }

    public static void checkStrength(char[] password, String username) {
        PasswordPolicy.problem(password, username).ifPresent(message -> {
            throw new PasswordRejected(message);
        });
    }

    public static String randomPassword() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 14; i++) {
            b.append(PASSWORD_ALPHABET.charAt(RANDOM.nextInt(PASSWORD_ALPHABET.length())));
        }
        return b.append(RANDOM.nextInt(10)).toString();
    }

    private String decoy() {
        String d = decoyHash;
        if (d == null) {
            d = hash.generate(randomPassword().toCharArray());
            decoyHash = d;
        }
        return d;
    }
}
