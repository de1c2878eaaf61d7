package kr.minwon.portal.security.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import kr.minwon.portal.security.entity.Account;
import kr.minwon.portal.staff.entity.Employee;
import kr.minwon.portal.staff.entity.Role;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Sign-in accounts: password checks with lockout, password changes, and accounts issued by the admin. */
@Stateless
public class Accounts {

    public static final int MIN_PASSWORD_LENGTH = 10;
    private static final String PASSWORD_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    public enum Verdict { VALID, INVALID, LOCKED, INACTIVE }

    public record SignIn(Verdict verdict, String username, Set<String> roles) {}

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Pbkdf2PasswordHash hash;

    @Inject
    AuditLog audit;

    @Resource
    SessionContext session;

    @Inject
    @ConfigProperty(name = "portal.login.max.failures", defaultValue = "5")
    int maxFailures;

    @Inject
    @ConfigProperty(name = "portal.login.lock.minutes", defaultValue = "15")
    int lockMinutes;

    /** A hash of nothing in particular, checked when the username is unknown so that timing does not tell. */
    private String decoyHash;

    @PostConstruct
    void configureHash() {
        hash.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
                "Pbkdf2PasswordHash.Iterations", "210000",
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
    }

    @PermitAll
    public SignIn verify(String username, char[] password) {
        LocalDateTime now = LocalDateTime.now(clock);
        Optional<Account> found = byUsername(username);
        if (found.isEmpty()) {
            hash.verify(password, decoy());
            audit.recordAs(username, "SIGN_IN_FAILED", username, "unknown user");
            return new SignIn(Verdict.INVALID, username, Set.of());
        }
        Account account = found.get();
        if (account.isLockedAt(now)) {
            audit.recordAs(username, "SIGN_IN_LOCKED", username, "locked until " + account.getLockedUntil());
            return new SignIn(Verdict.LOCKED, username, Set.of());
        }
        if (!hash.verify(password, account.getPasswordHash())) {
            account.recordFailure(now, maxFailures, Duration.ofMinutes(lockMinutes));
            boolean lockedNow = account.isLockedAt(now);
            audit.recordAs(username, lockedNow ? "ACCOUNT_LOCKED" : "SIGN_IN_FAILED", username, "wrong password");
            return new SignIn(lockedNow ? Verdict.LOCKED : Verdict.INVALID, username, Set.of());
        }
        if (!account.getEmployee().isActive()) {
            audit.recordAs(username, "SIGN_IN_FAILED", username, "inactive employee");
            return new SignIn(Verdict.INACTIVE, username, Set.of());
        }
        account.recordSuccess(now);
        audit.recordAs(username, "SIGN_IN", username, null);
        return new SignIn(Verdict.VALID, username, roleNames(account.getEmployee()));
    }

    @PermitAll
    public boolean isLocked(String username) {
        return byUsername(username).map(a -> a.isLockedAt(LocalDateTime.now(clock))).orElse(false);
    }

    /** The signed-in person's own account. */
    @PermitAll
    public Optional<Account> current() {
        return byUsername(session.getCallerPrincipal().getName());
    }

    /** The caller changes his own password, proving the current one. */
    @PermitAll
    public void changeOwnPassword(char[] current, char[] next) {
        Account account = current().orElseThrow(() -> new IllegalStateException("not signed in"));
        if (!hash.verify(current, account.getPasswordHash())) {
            throw new PasswordRejected("현재 비밀번호가 올바르지 않습니다.");
        }
        checkStrength(next, account.getUsername());
        account.changePassword(hash.generate(next), false, LocalDateTime.now(clock));
        audit.record("PASSWORD_CHANGED", account.getUsername(), null);
    }

    /** Creates (or resets) the sign-in of an employee; returns a one-time password the person must change. */
    @RolesAllowed(Role.ADMIN_NAME)
    public String issue(Employee employee, String username) {
        String temporary = randomPassword();
        Optional<Account> existing = em.createQuery("SELECT a FROM Account a WHERE a.employee = :e", Account.class)
                .setParameter("e", employee).getResultStream().findFirst();
        LocalDateTime now = LocalDateTime.now(clock);
        if (existing.isPresent()) {
            existing.get().changePassword(hash.generate(temporary.toCharArray()), true, now);
            audit.record("PASSWORD_RESET", existing.get().getUsername(), "employee " + employee.getEmployeeNo());
        } else {
            String name = username == null || username.isBlank() ? employee.getEmployeeNo() : username.trim();
            if (byUsername(name).isPresent()) {
                throw new PasswordRejected("이미 사용 중인 아이디입니다: " + name);
            }
            em.persist(new Account(name, em.merge(employee), hash.generate(temporary.toCharArray()), true, now));
            audit.record("ACCOUNT_CREATED", name, "employee " + employee.getEmployeeNo());
        }
        return temporary;
    }

    /** Used by first start and demo seeding, which run before anybody can sign in. */
    @PermitAll
    public void createWithPassword(Employee employee, String username, char[] password, boolean mustChange) {
        em.persist(new Account(username, em.merge(employee), hash.generate(password), mustChange, LocalDateTime.now(clock)));
    }

    @PermitAll
    public Optional<Account> byUsername(String username) {
        if (username == null) {
            return Optional.empty();
        }
        return em.createQuery("SELECT a FROM Account a WHERE a.username = :u", Account.class)
                .setParameter("u", username.trim()).getResultStream().findFirst();
    }

    /** The employee behind a signed-in caller's name; empty for API callers and unknown names. */
    @PermitAll
    public Optional<Employee> employeeOf(String username) {
        return byUsername(username).map(Account::getEmployee);
    }

    /** The employee calling this transaction, if the caller is a person. */
    @PermitAll
    public Optional<Employee> callingEmployee() {
        return employeeOf(session.getCallerPrincipal().getName());
    }

    @PermitAll
    public Optional<Account> forEmployee(Long employeeId) {
        return em.createQuery("SELECT a FROM Account a WHERE a.employee.id = :e", Account.class)
                .setParameter("e", employeeId).getResultStream().findFirst();
    }

    public static Set<String> roleNames(Employee employee) {
        return employee.getRoles().stream().map(Enum::name).collect(Collectors.toSet());
    }

    public static void checkStrength(char[] password, String username) {
        String p = new String(password);
        boolean letters = p.chars().anyMatch(Character::isLetter);
        boolean digits = p.chars().anyMatch(Character::isDigit);
        if (p.length() < MIN_PASSWORD_LENGTH || !letters || !digits) {
            throw new PasswordRejected("비밀번호는 " + MIN_PASSWORD_LENGTH + "자 이상이며 문자와 숫자를 함께 포함해야 합니다.");
        }
        if (username != null && p.toLowerCase().contains(username.toLowerCase())) {
            throw new PasswordRejected("비밀번호에 아이디를 넣을 수 없습니다.");
        }
    }

    public static String randomPassword() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 14; i++) {
            b.append(PASSWORD_ALPHABET.charAt(RANDOM.nextInt(PASSWORD_ALPHABET.length())));
        }
        return b.append(RANDOM.nextInt(10)).toString();
    }

    private String decoy() {
        if (decoyHash == null) {
            decoyHash = hash.generate("decoy-password-0".toCharArray());
        }
        return decoyHash;
    }
}
