package kr.minwon.portal.security.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.lang.reflect.Proxy;
import java.security.Principal;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Issue 16: the shell asks who is looking dozens of times a page; the security context answers once a request. */
class CurrentUserTest {

    private final AtomicReference<String> caller = new AtomicReference<>();
    private final AtomicInteger principalReads = new AtomicInteger();
    private final AtomicInteger roleChecks = new AtomicInteger();
    private final AtomicInteger sessionReads = new AtomicInteger();
    private final Map<String, Object> attributes = new HashMap<>();

    private CurrentUser user() {
        CurrentUser user = new CurrentUser();
        user.security = (SecurityContext) Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {SecurityContext.class}, (p, m, args) -> {
                    switch (m.getName()) {
                        case "getCallerPrincipal" -> {
                            principalReads.incrementAndGet();
                            String name = caller.get();
                            return name == null ? null : (Principal) () -> name;
                        }
                        case "isCallerInRole" -> {
                            roleChecks.incrementAndGet();
                            return false;
                        }
                        default -> throw new UnsupportedOperationException(m.getName());
                    }
                });
        HttpSession session = (HttpSession) Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {HttpSession.class}, (p, m, args) -> switch (m.getName()) {
                    case "getAttribute" -> attributes.get((String) args[0]);
                    default -> throw new UnsupportedOperationException(m.getName());
                });
        user.request = (HttpServletRequest) Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {HttpServletRequest.class}, (p, m, args) -> {
                    if (m.getName().equals("getSession")) {
                        sessionReads.incrementAndGet();
                        return session;
                    }
                    throw new UnsupportedOperationException(m.getName());
                });
        return user;
    }

    @Test
    void a_signed_in_callers_name_and_roles_are_read_once_per_request() {
        caller.set("demo.manager");
        attributes.put(SignedInSession.ROLES, Set.of("EMPLOYEE", "MANAGER"));
        CurrentUser user = user();

        for (int i = 0; i < 20; i++) {
            assertThat(user.getUsername()).isEqualTo("demo.manager");
            assertThat(user.isSignedIn()).isTrue();
            assertThat(user.isManager()).isTrue();
            assertThat(user.isEmployee()).isTrue();
            assertThat(user.isAdmin()).isFalse();
            assertThat(user.isAuditor()).isFalse();
        }

        assertThat(principalReads).hasValue(1);
        assertThat(sessionReads).hasValue(1);
        assertThat(roleChecks).hasValue(0);
    }

    @Test
    void nobody_is_not_kept_so_a_request_that_signs_in_sees_its_caller() {
        CurrentUser user = user();
        assertThat(user.isSignedIn()).isFalse();
        assertThat(user.getUsername()).isNull();

        caller.set("demo.employee");

        assertThat(user.getUsername()).isEqualTo("demo.employee");
        assertThat(user.isSignedIn()).isTrue();
        assertThat(principalReads).hasValue(3);
    }

    @Test
    void a_request_without_session_roles_asks_the_container_each_time() {
        caller.set("api:office-core");
        CurrentUser user = user();

        assertThat(user.isAdmin()).isFalse();
        assertThat(user.isAdmin()).isFalse();

        // API callers have no staff session: their roles come from the container, never from a kept set
        assertThat(sessionReads).hasValue(0);
        assertThat(roleChecks).hasValue(2);
    }
}
