package kr.minwon.portal.security.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import kr.minwon.portal.platform.audit.TrustedProxies;

/** Checks staff passwords against the portal's accounts (PBKDF2), with lockout and audit in {@link Accounts}. */
@ApplicationScoped
public class PortalIdentityStore implements IdentityStore {

    @Inject
    Accounts accounts;

    @Inject
    jakarta.enterprise.inject.Instance<jakarta.servlet.http.HttpServletRequest> request;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential upc)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        Accounts.SignIn result =
                accounts.verify(upc.getCaller(), upc.getPassword().getValue(), clientAddress());
        return result.verdict() == Accounts.Verdict.VALID
                ? new CredentialValidationResult(result.username(), result.roles())
                : CredentialValidationResult.INVALID_RESULT;
    }

    private String clientAddress() {
        try {
            return request.isResolvable() ? TrustedProxies.clientAddress(request.get()) : "unknown";
        } catch (RuntimeException notInARequest) {
            return "unknown";
        }
    }
}
