package kr.minwon.portal.security.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AnonymousSessionsTest {

    /** A session as the container hands it over: new or taken over, with its attributes and idle time. */
    private static final class FakeSession {
        final Map<String, Object> attributes = new HashMap<>();
        int maxInactive = 30 * 60;
        final boolean isNew;

        FakeSession(boolean isNew) {
            this.isNew = isNew;
        }

        HttpSession proxy() {
            return (HttpSession) Proxy.newProxyInstance(
                    getClass().getClassLoader(),
                    new Class<?>[] {HttpSession.class},
                    (p, m, args) -> switch (m.getName()) {
                        case "isNew" -> isNew;
                        case "getAttribute" -> attributes.get((String) args[0]);
                        case "setAttribute" -> attributes.put((String) args[0], args[1]);
                        case "getMaxInactiveInterval" -> maxInactive;
                        case "setMaxInactiveInterval" -> {
                            maxInactive = (Integer) args[0];
                            yield null;
                        }
                        default -> throw new UnsupportedOperationException(m.getName());
                    });
        }
    }

    @Test
    void a_new_session_without_a_sign_in_lives_ten_idle_minutes() {
        FakeSession s = new FakeSession(true);
        new AnonymousSessions().sessionCreated(new HttpSessionEvent(s.proxy()));
        assertThat(s.maxInactive).isEqualTo(10 * 60);
    }

    @Test
    void signing_in_gives_the_staffs_idle_time_back() {
        FakeSession s = new FakeSession(true);
        HttpSession session = s.proxy();
        new AnonymousSessions().sessionCreated(new HttpSessionEvent(session));
        SignedInSession.start(session, 1L, 0, Set.of("EMPLOYEE"), 30);
        assertThat(s.maxInactive).isEqualTo(30 * 60);
    }

    @Test
    void a_signed_in_session_taken_over_from_another_node_keeps_its_idle_time() {
        FakeSession taken = new FakeSession(false);
        new AnonymousSessions().sessionCreated(new HttpSessionEvent(taken.proxy()));
        assertThat(taken.maxInactive).isEqualTo(30 * 60);

        FakeSession signedIn = new FakeSession(true);
        signedIn.attributes.put(SignedInSession.SIGNED_IN_AT, 1L);
        new AnonymousSessions().sessionCreated(new HttpSessionEvent(signedIn.proxy()));
        assertThat(signedIn.maxInactive).isEqualTo(30 * 60);
    }
}
