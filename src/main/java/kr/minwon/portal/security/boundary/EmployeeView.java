package kr.minwon.portal.security.boundary;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import kr.minwon.portal.platform.faces.Messages;
import kr.minwon.portal.security.entity.Account;
import kr.minwon.portal.staff.boundary.Staff;
import kr.minwon.portal.staff.boundary.StaffChangeRefused;
import kr.minwon.portal.staff.boundary.Units;
import kr.minwon.portal.staff.entity.Employee;
import kr.minwon.portal.staff.entity.Role;
import kr.minwon.portal.staff.entity.Unit;

/** Creates or edits one employee, and issues his sign-in or resets its password. */
@Named
@ViewScoped
public class EmployeeView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "employeeForm";

    @Inject
    Staff staff;

    @Inject
    Units units;

    @Inject
    Accounts accounts;

    @Inject
    Clock clock;

    private Long id;
    private long version;

    @Size(max = 20)
    private String employeeNo;

    @Size(max = 60)
    private String name;

    @Size(max = 40)
    private String rankTitle;

    private Long unitId;

    @Email
    @Size(max = 200)
    private String email;

    @Size(max = 30)
    private String mobile;

    private List<String> roles = List.of(Role.EMPLOYEE.name());
    private boolean active = true;

    private List<Unit> unitChoices;
    private transient Optional<Account> account;
    private String username;
    /** Shown once, right after it was issued; a new view (reload) forgets it. */
    private String temporaryPassword;

    public void load() throws IOException {
        if (id == null) {
            return;
        }
        Employee e = staff.find(id);
        if (e == null) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, null);
            FacesContext.getCurrentInstance().responseComplete();
            return;
        }
        show(e);
    }

    private void show(Employee e) {
        id = e.getId();
        version = e.getVersion();
        employeeNo = e.getEmployeeNo();
        name = e.getName();
        rankTitle = e.getRankTitle();
        unitId = e.getUnit() == null ? null : e.getUnit().getId();
        email = e.getEmail();
        mobile = e.getMobile();
        active = e.isActive();
        roles = e.getRoles().stream().map(Enum::name).toList();
        account = null;
    }

    public String save() {
        // Checked here, not with required="true": PrimeFaces would put aria-required on the checkbox group's div,
        // where ARIA does not allow it (issue 17).
        if (roles == null || roles.isEmpty()) {
            FacesContext faces = FacesContext.getCurrentInstance();
            Messages.fieldError(
                    "employeeForm:roles",
                    "jakarta.faces.component.UIInput.REQUIRED",
                    Messages.text(faces, "staff.employee.roles"));
            faces.validationFailed();
            return null;
        }
        Staff.EmployeeForm form = new Staff.EmployeeForm();
        form.employeeNo = employeeNo;
        form.name = name;
        form.rankTitle = blankToNull(rankTitle);
        form.unitId = unitId;
        form.email = blankToNull(email);
        form.mobile = blankToNull(mobile);
        form.active = active;
        form.roles = roles.stream()
                .map(Role::valueOf)
                .collect(() -> EnumSet.noneOf(Role.class), EnumSet::add, EnumSet::addAll);
        try {
            if (isCreating()) {
                Employee created = staff.create(form);
                Messages.info("staff.employee.created");
                return "/staff/employee?faces-redirect=true&id=" + created.getId();
            }
            show(staff.update(id, version, form));
            Messages.info("general.saved");
            return null;
        } catch (StaffChangeRefused refused) {
            Messages.refuse(FORM, refused.field(), refused.getMessage());
            return null;
        }
    }

    /** Issues the sign-in (first time) or a new temporary password; either way the person must change it. */
    public void issueAccount() {
        try {
            temporaryPassword = accounts.issue(staff.find(id), username);
            account = null;
            username = null;
        } catch (PasswordRejected rejected) {
            Messages.refuse("accountForm", "username", rejected.getMessage());
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    public boolean isCreating() {
        return id == null;
    }

    public List<Unit> getUnitChoices() {
        if (unitChoices == null) {
            unitChoices = units.active();
        }
        return unitChoices;
    }

    public List<Role> getAllRoles() {
        return Arrays.asList(Role.values());
    }

    public Account getAccount() {
        if (isCreating()) {
            return null;
        }
        if (account == null) {
            account = accounts.forEmployee(id);
        }
        return account.orElse(null);
    }

    public boolean isLocked() {
        Account a = getAccount();
        return a != null && a.isLockedAt(LocalDateTime.now(clock));
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getEmployeeNo() {
        return employeeNo;
    }

    public void setEmployeeNo(String employeeNo) {
        this.employeeNo = employeeNo;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getRankTitle() {
        return rankTitle;
    }

    public void setRankTitle(String rankTitle) {
        this.rankTitle = rankTitle;
    }

    public Long getUnitId() {
        return unitId;
    }

    public void setUnitId(Long unitId) {
        this.unitId = unitId;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getMobile() {
        return mobile;
    }

    public void setMobile(String mobile) {
        this.mobile = mobile;
    }

    public List<String> getRoles() {
        return roles;
    }

    public void setRoles(List<String> roles) {
        this.roles = roles;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getTemporaryPassword() {
        return temporaryPassword;
    }
}
