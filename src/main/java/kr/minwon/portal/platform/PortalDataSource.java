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
 *
 * <p>The round trip is Payara's {@code SELECT COUNT(*) FROM} {@link #VALIDATION_TABLE}: a one-row {@code VALUES} list,
 * which both PostgreSQL and H2 answer without reading any table, whatever the portal's own schema holds (so it also
 * works before the first migration). It was {@code INFORMATION_SCHEMA.SCHEMATA} until issue 16: a catalogue view that
 * PostgreSQL plans and joins on every check-out, and a page checks out a connection for every transaction (up to 20
 * per page), so the validations were half the statements a page sent. It used to be Payara's
 * {@code custom-validation} with its {@code JDBC40ConnectionValidation} class, which Payara loads by name through the
 * web application's class loader at every check-out of a connection: that loader looks into the WAR first (H2 must
 * come from the WAR, see glassfish-web.xml), so every check-out missed there, built a ClassNotFoundException with its
 * stack, all while holding the loader's lock. In the soak (issue 19) a thread dump found 10 to 15 of 47 request threads
 * of a node queued on that lock.
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
            "fish.payara.connection-validation-method=table",
            "fish.payara.validation-table-name=" + PortalDataSource.VALIDATION_TABLE,
            "fish.payara.fail-all-connections=true",
            "fish.payara.max-wait-time-in-millis=" + PortalDataSource.MAX_WAIT_MILLIS,
            "fish.payara.connection-creation-retry-attempts=0"
        })
@ApplicationScoped
public class PortalDataSource {
    public static final String JNDI = "java:app/jdbc/portal";
    public static final int LOGIN_TIMEOUT_SECONDS = 3;
    public static final int MAX_WAIT_MILLIS = 4000;
    /** Counted to check a connection before it is handed out: one row on both databases, no table read at all. */
    public static final String VALIDATION_TABLE = "(VALUES (1)) AS one_row";
}
