package kr.minwon.portal.platform;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The portal's own datasource. Values come from MicroProfile Config (environment variables override the defaults in
 * microprofile-config.properties), so the same WAR runs on the embedded database and on PostgreSQL.
 *
 * <p>Through a database outage (issue 19): every connection is validated with a real round trip
 * ({@code Connection.isValid}) before it is handed out, and one that fails throws away the whole pool
 * ({@code fail-all-connections}), so the first request after the database is back gets a new connection instead of
 * a dead one. Opening a connection gives up after {@link #LOGIN_TIMEOUT_SECONDS} s and waiting for a free one after
 * {@link #MAX_WAIT_MILLIS} ms, so a request while the database is away answers 503 within 5 s instead of hanging.
 */
@DataSourceDefinition(
        name = PortalDataSource.JNDI,
        className = "${MPCONFIG=portal.db.datasource}",
        url = "${MPCONFIG=portal.db.url}",
        user = "${MPCONFIG=portal.db.user}",
        password = "${MPCONFIG=portal.db.password}",
        minPoolSize = 2,
        maxPoolSize = 32,
        loginTimeout = PortalDataSource.LOGIN_TIMEOUT_SECONDS,
        properties = {
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=custom-validation",
            "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
            "fish.payara.fail-all-connections=true",
            "fish.payara.max-wait-time-in-millis=" + PortalDataSource.MAX_WAIT_MILLIS,
            "fish.payara.connection-creation-retry-attempts=0"
        })
@ApplicationScoped
public class PortalDataSource {
    public static final String JNDI = "java:app/jdbc/portal";
    public static final int LOGIN_TIMEOUT_SECONDS = 3;
    public static final int MAX_WAIT_MILLIS = 4000;
}
