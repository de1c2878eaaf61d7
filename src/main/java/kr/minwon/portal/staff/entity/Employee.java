package kr.minwon.portal.staff.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import kr.minwon.portal.platform.text.Texts;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/** A member of staff: who handles petitions, earns mileage and receives notices. */
@Entity
@Table(name = "employee")
public class Employee implements Serializable {

    @Id
    @SequenceGenerator(name = "employee_seq", sequenceName = "employee_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "employee_seq")
    private Long id;

    @Column(name = "employee_no", nullable = false, unique = true, length = 20)
    private String employeeNo;

    @Column(nullable = false, length = 60)
    private String name;

    @Column(name = "rank_title", length = 40)
    private String rankTitle;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "unit_id")
    private Unit unit;

    @Column(length = 200)
    private String email;

    @Column(length = 30)
    private String mobile;

    @Column(nullable = false)
    private boolean active = true;

    // Issue 16: lazy, and then for every employee the same query returned at once (one IN query). Eager, every list
    // that names people (unit heads, recipients, reviewers, handlers) read each person's roles in a query of its own,
    // though only access checks, the staff form and the staff export use them.
    @ElementCollection(fetch = FetchType.LAZY)
    @BatchFetch(BatchFetchType.IN)
    @CollectionTable(name = "employee_role", joinColumns = @JoinColumn(name = "employee_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role_name", length = 20)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    /** {@code ko} or {@code en}; null reads as the office default, Korean. */
    @Column(length = 5)
    private String language;

    @Column(name = "email_opt_out", nullable = false)
    private boolean emailOptOut;

    @Column(name = "sms_opt_out", nullable = false)
    private boolean smsOptOut;

    @Version
    private long version;

    protected Employee() {}

    public Employee(String employeeNo, String name, Unit unit) {
        this.employeeNo = Objects.requireNonNull(employeeNo);
        this.name = Objects.requireNonNull(name);
        this.unit = unit;
    }

    /** Replaces the personal details as one change, the way the edit screen and the CSV import present them. */
    public void describe(String name, String rankTitle, Unit unit, String email, String mobile) {
        this.name = Objects.requireNonNull(name);
        this.rankTitle = rankTitle;
        this.unit = unit;
        this.email = email;
        this.mobile = mobile;
    }

    /** The person's own settings (My settings): where he is reached, in which language, and by which channels. */
    public void chooseSettings(String email, String mobile, String language, boolean emailOptOut, boolean smsOptOut) {
        this.email = email;
        this.mobile = mobile;
        this.language = language;
        this.emailOptOut = emailOptOut;
        this.smsOptOut = smsOptOut;
    }

    public void chooseLanguage(String language) {
        this.language = language;
    }

    public void assignRoles(Collection<Role> newRoles) {
        roles.clear();
        roles.addAll(newRoles);
    }

    public void deactivate() {
        active = false;
    }

    public void activate() {
        active = true;
    }

    public boolean holds(Role role) {
        return roles.contains(role);
    }

    public Long getId() {
        return id;
    }

    public String getEmployeeNo() {
        return employeeNo;
    }

    public String getName() {
        return name;
    }

    public String getRankTitle() {
        return rankTitle;
    }

    public Unit getUnit() {
        return unit;
    }

    public String getEmail() {
        return email;
    }

    public String getMobile() {
        return mobile;
    }

    public String getLanguage() {
        return language;
    }

    /** The language texts written for this person use. */
    public Locale locale() {
        return Texts.language(language);
    }

    public boolean isEmailOptOut() {
        return emailOptOut;
    }

    public boolean isSmsOptOut() {
        return smsOptOut;
    }

    public boolean isActive() {
        return active;
    }

    public Set<Role> getRoles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public long getVersion() {
        return version;
    }

    @Override
    public String toString() {
        return employeeNo + " " + name;
    }
}
