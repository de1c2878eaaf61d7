package kr.minwon.portal.security.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import kr.minwon.portal.platform.audit.AuditLog;
import kr.minwon.portal.platform.text.Texts;
import kr.minwon.portal.security.entity.ApiKey;
import kr.minwon.portal.security.entity.ApiScope;
import kr.minwon.portal.security.entity.ServiceAccount;
import kr.minwon.portal.staff.entity.Role;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Service accounts and their API keys. A key is 32 random bytes shown once; only its SHA-256 is stored (a slow hash
 * buys nothing for 256 random bits and would cost every API call).
 */
@Stateless
public class ApiKeys {

    private static final String KEY_MARK = "mwp_";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Who called with a valid key. */
    public record ApiCaller(String name, Set<ApiScope> scopes) {
        public String principalName() {
            return "api:" + name;
        }

        public Set<String> roles() {
            return scopes.stream().map(ApiScope::roleName).collect(Collectors.toSet());
        }
    }

    /** A key as issued: the secret itself is only in here, once. */
    public record IssuedKey(String serviceAccount, String secret, String prefix) implements Serializable {}

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AuditLog audit;

    @Inject
    @ConfigProperty(name = "portal.demo", defaultValue = "false")
    boolean demo;

    @PermitAll
    public Optional<ApiCaller> authenticate(String secret) {
        if (secret == null || secret.isBlank() || secret.length() > 200) {
            return Optional.empty();
        }
        Optional<ApiKey> key = em.createQuery("SELECT k FROM ApiKey k WHERE k.keyHash = :h", ApiKey.class)
                .setParameter("h", sha256(secret))
                .getResultStream()
                .findFirst();
        if (key.isEmpty() || !key.get().isUsable()) {
            return Optional.empty();
        }
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDateTime last = key.get().getLastUsedAt();
        // One write a minute at most, not one per call.
        if (last == null || last.isBefore(now.minusMinutes(1))) {
            key.get().used(now);
        }
        ServiceAccount account = key.get().getServiceAccount();
        if (DemoAccounts.serviceAccountRefused(demo, account.getName())) {
            return Optional.empty();
        }
        return Optional.of(new ApiCaller(account.getName(), account.scopes()));
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public ServiceAccount createServiceAccount(
            String name, String description, Set<ApiScope> scopes, String createdBy) {
        if (byName(name).isPresent()) {
            throw new IllegalArgumentException(Texts.t("security.msg.serviceNameTaken", name));
        }
        ServiceAccount account =
                new ServiceAccount(name.trim(), description, scopes, LocalDateTime.now(clock), createdBy);
        em.persist(account);
        audit.record("SERVICE_ACCOUNT_CREATED", name, "scopes " + account.getScopes());
        return account;
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public IssuedKey issue(long serviceAccountId, String issuedBy) {
        ServiceAccount account = em.find(ServiceAccount.class, serviceAccountId);
        String secret = newSecret();
        store(account, secret, issuedBy);
        audit.record("API_KEY_ISSUED", account.getName(), "prefix " + secret.substring(0, 12));
        return new IssuedKey(account.getName(), secret, secret.substring(0, 12));
    }

    /** Demo mode: a service account with every scope whose key is the one the operator chose. */
    @PermitAll
    public void installDemoKey(String secret) {
        ServiceAccount account = byName(DemoAccounts.SERVICE_ACCOUNT).orElseGet(() -> {
            ServiceAccount created = new ServiceAccount(
                    DemoAccounts.SERVICE_ACCOUNT,
                    "데모 서비스 계정 (PORTAL_DEMO_API_KEY)",
                    Set.of(ApiScope.values()),
                    LocalDateTime.now(clock),
                    "system");
            em.persist(created);
            return created;
        });
        store(account, secret, "system");
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public void revoke(long keyId) {
        ApiKey key = em.find(ApiKey.class, keyId);
        key.revoke(LocalDateTime.now(clock));
        audit.record("API_KEY_REVOKED", key.getServiceAccount().getName(), "prefix " + key.getKeyPrefix());
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public void deactivate(long serviceAccountId) {
        ServiceAccount account = em.find(ServiceAccount.class, serviceAccountId);
        account.deactivate();
        audit.record("SERVICE_ACCOUNT_DEACTIVATED", account.getName(), null);
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public List<ServiceAccount> serviceAccounts() {
        return em.createQuery("SELECT s FROM ServiceAccount s ORDER BY s.name", ServiceAccount.class)
                .getResultList();
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public List<ApiKey> keys() {
        return em.createQuery("SELECT k FROM ApiKey k ORDER BY k.createdAt DESC", ApiKey.class)
                .getResultList();
    }

    /** Lets the admin screen refuse a taken name next to the field instead of failing the transaction. */
    @RolesAllowed(Role.ADMIN_NAME)
    public boolean hasServiceAccount(String name) {
        return name != null && !name.isBlank() && byName(name).isPresent();
    }

    private Optional<ServiceAccount> byName(String name) {
        return em.createQuery("SELECT s FROM ServiceAccount s WHERE s.name = :n", ServiceAccount.class)
                .setParameter("n", name.trim())
                .getResultStream()
                .findFirst();
    }

    private void store(ServiceAccount account, String secret, String by) {
        String prefix = secret.substring(0, Math.min(12, secret.length()));
        em.persist(new ApiKey(account, prefix, sha256(secret), LocalDateTime.now(clock), by));
    }

    private static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return KEY_MARK + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String sha256(String secret) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
