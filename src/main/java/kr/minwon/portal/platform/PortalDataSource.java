package kr.minwon.portal.platform;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The portal's own datasource. Values come from MicroProfile Config (environment variables override the defaults in
 * microprofile-config.properties), so the same WAR runs on the embedded database and on PostgreSQL.
 */
@DataSourceDefinition(
        name = PortalDataSource.JNDI,
        className = "${MPCONFIG=portal.db.datasource}",
        url = "${MPCONFIG=portal.db.url}",
        user = "${MPCONFIG=portal.db.user}",
        password = "${MPCONFIG=portal.db.password}",
        minPoolSize = 2,
        maxPoolSize = 32,
        properties = {
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=auto-commit"
        })
@ApplicationScoped
public class PortalDataSource {
    public static final String JNDI = "java:app/jdbc/portal";
}
