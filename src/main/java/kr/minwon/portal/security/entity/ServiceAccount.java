package kr.minwon.portal.security.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** A system that calls the REST API (the core system's feed, the office's scripts), with the scopes it holds. */
@Entity
@Table(name = "service_account")
public class ServiceAccount implements Serializable {

    @Id
    @SequenceGenerator(name = "service_account_seq", sequenceName = "service_account_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "service_account_seq")
    private Long id;

    @Column(nullable = false, unique = true, length = 60)
    private String name;

    @Column(length = 300)
    private String description;

    @Column(nullable = false, length = 300)
    private String scopes;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "created_by", nullable = false, length = 60)
    private String createdBy;

    @Column(nullable = false)
    private boolean active = true;

    @Version
    private long version;

    protected ServiceAccount() {}

    public ServiceAccount(
            String name, String description, Set<ApiScope> scopes, LocalDateTime createdAt, String createdBy) {
        this.name = name;
        this.description = description;
        grant(scopes);
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    public final void grant(Set<ApiScope> newScopes) {
        if (newScopes.isEmpty()) {
            throw new IllegalArgumentException("A service account needs at least one scope");
        }
        this.scopes = newScopes.stream().map(Enum::name).sorted().collect(Collectors.joining(" "));
    }

    public Set<ApiScope> scopes() {
        Set<ApiScope> set = EnumSet.noneOf(ApiScope.class);
        Arrays.stream(scopes.split(" "))
                .filter(s -> !s.isBlank())
                .map(ApiScope::valueOf)
                .forEach(set::add);
        return set;
    }

    public void deactivate() {
        active = false;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public String getScopes() {
        return scopes;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public boolean isActive() {
        return active;
    }
}
