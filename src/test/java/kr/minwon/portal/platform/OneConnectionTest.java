package kr.minwon.portal.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.persistence.config.EntityManagerProperties;
import org.junit.jupiter.api.Test;

class OneConnectionTest {

    @Test
    void asks_eclipselink_to_read_through_the_transactions_connection_with_a_value_it_can_read() {
        Map<String, Object> set = new HashMap<>();
        EntityManager em = (EntityManager) Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {EntityManager.class}, (proxy, method, args) -> {
                    if (method.getName().equals("setProperty")) {
                        set.put((String) args[0], args[1]);
                        return null;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });

        OneConnection.forReads(em);

        assertThat(set).containsOnlyKeys("eclipselink.transaction.join-existing");
        Object value = set.get(EntityManagerProperties.JOIN_EXISTING_TRANSACTION);
        // EclipseLink reads the property as a string (a Boolean made the home page answer 500).
        assertThat(value).isInstanceOf(String.class);
        assertThat(Boolean.parseBoolean((String) value)).isTrue();
    }
}
