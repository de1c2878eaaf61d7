package kr.minwon.portal.security.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import kr.minwon.portal.security.control.SignInThrottle;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The node's one {@link SignInThrottle}, configured by {@code portal.login.*}. */
@ApplicationScoped
public class SignInThrottles {

    @Inject
    @ConfigProperty(name = "portal.login.max.failures", defaultValue = "5")
    int maxFailures;

    @Inject
    @ConfigProperty(name = "portal.login.address.max.failures", defaultValue = "30")
    int maxAddressFailures;

    @Inject
    @ConfigProperty(name = "portal.login.lock.minutes", defaultValue = "15")
    int lockMinutes;

    private SignInThrottle throttle;

    @PostConstruct
    void create() {
        throttle = new SignInThrottle(maxFailures, maxAddressFailures, Duration.ofMinutes(lockMinutes));
    }

    public SignInThrottle get() {
        return throttle;
    }
}
