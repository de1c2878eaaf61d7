package kr.minwon.portal.security.boundary;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import kr.minwon.portal.platform.faces.Messages;
import kr.minwon.portal.security.entity.ApiKey;
import kr.minwon.portal.security.entity.ApiScope;
import kr.minwon.portal.security.entity.ServiceAccount;

/**
 * Service accounts and their keys. A new key is shown once, in this view only: the database keeps its hash, and a
 * reload builds a new view that no longer has it. Both lists are short (a handful of systems), so no paging.
 */
@Named
@ViewScoped
public class ApiKeysView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ApiKeys apiKeys;

    @Inject
    SecurityContext security;

    @Size(max = 60)
    private String name;

    @Size(max = 300)
    private String description;

    private List<String> scopes = new ArrayList<>(List.of(ApiScope.READ.name()));

    private List<ServiceAccount> accounts;
    private List<ApiKey> keys;
    private ApiKeys.IssuedKey issued;

    public void createAccount() {
        // Checked here, not with required="true": PrimeFaces would put aria-required on the checkbox group's div,
        // where ARIA does not allow it (issue 17).
        if (scopes == null || scopes.isEmpty()) {
            FacesContext faces = FacesContext.getCurrentInstance();
            Messages.fieldError(
                    "accountForm:scopes",
                    "jakarta.faces.component.UIInput.REQUIRED",
                    Messages.text(faces, "security.apikeys.scopes"));
            faces.validationFailed();
            return;
        }
        if (apiKeys.hasServiceAccount(name)) {
            FacesContext.getCurrentInstance()
                    .addMessage(
                            "accountForm:name",
                            new FacesMessage(
                                    FacesMessage.SEVERITY_ERROR,
                                    Messages.text(FacesContext.getCurrentInstance(), "security.apikeys.nameTaken"),
                                    null));
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        Set<ApiScope> granted = EnumSet.noneOf(ApiScope.class);
        scopes.forEach(s -> granted.add(ApiScope.valueOf(s)));
        apiKeys.createServiceAccount(
                name, description == null || description.isBlank() ? null : description.trim(), granted, caller());
        Messages.info("security.apikeys.accountCreated", name.trim());
        name = null;
        description = null;
        scopes = new ArrayList<>(List.of(ApiScope.READ.name()));
        accounts = null;
    }

    public void issue(long serviceAccountId) {
        issued = apiKeys.issue(serviceAccountId, caller());
        keys = null;
    }

    public void revoke(long keyId) {
        apiKeys.revoke(keyId);
        Messages.info("security.apikeys.revoked");
        keys = null;
    }

    /** Hides the new key once the admin says he has stored it. */
    public void forgetIssued() {
        issued = null;
    }

    private String caller() {
        return security.getCallerPrincipal().getName();
    }

    public List<ServiceAccount> getAccounts() {
        if (accounts == null) {
            accounts = apiKeys.serviceAccounts();
        }
        return accounts;
    }

    public List<ApiKey> getKeys() {
        if (keys == null) {
            keys = apiKeys.keys();
        }
        return keys;
    }

    public List<ApiScope> getAllScopes() {
        return Arrays.asList(ApiScope.values());
    }

    public ApiKeys.IssuedKey getIssued() {
        return issued;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public List<String> getScopes() {
        return scopes;
    }

    public void setScopes(List<String> scopes) {
        this.scopes = scopes;
    }
}
