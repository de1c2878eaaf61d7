package kr.minwon.portal.platform;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;
import java.util.Properties;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.persistence.internal.sessions.DatabaseSessionImpl;
import org.eclipse.persistence.sessions.Connector;
import org.eclipse.persistence.sessions.Session;

/**
 * EclipseLink's connector around the container's (installed by {@link FailFastSessions}), so that the portal deploys
 * while the database is away (issue 19). Payara opens the persistence unit while it deploys the WAR: EclipseLink logs
 * in, which asks the database for its product name and opens one connection to try the pool, and a failure there makes
 * Payara refuse the whole application. During that login only, and only when the database cannot be reached, this
 * connector hands out a stand-in connection that names the configured product (H2 or PostgreSQL, so EclipseLink picks
 * its platform as it would have) and serves nothing else. EclipseLink lets go of the login's connections straight away
 * (the container pools them); every later connection comes from the real pool, so a request while the database is
 * away fails as it would at any other time (503), and the first one after it is back succeeds. The schema itself waits
 * for {@link Migrations}.
 */
public final class DeferredLogin implements Connector {

    private static final long serialVersionUID = 1L;
    private static final String UNAVAILABLE = "08001";

    private Connector container;

    public DeferredLogin(Connector container) {
        this.container = container;
    }

    /** The container's connector this one stands in front of. */
    public Connector container() {
        return container;
    }

    @Override
    public Connection connect(Properties properties, Session session) {
        try {
            return container.connect(properties, session);
        } catch (RuntimeException e) {
            if (!loggingIn(session) || !DatabaseOutage.isCause(e)) {
                throw e;
            }
            DatabaseOutage.noticed("opening the persistence unit (the portal starts without the database)", e);
            return standIn(productName());
        }
    }

    /** Whether EclipseLink's server session is still logging in, which happens once, while Payara deploys the WAR. */
    private static boolean loggingIn(Session session) {
        return session instanceof DatabaseSessionImpl server && !server.isLoggedIn();
    }

    /** The product EclipseLink would have read from the database: from the configured URL or datasource class. */
    static String productName() {
        var config = ConfigProvider.getConfig();
        String configured = (config.getOptionalValue("portal.db.url", String.class)
                                .orElse("") + " "
                        + config.getOptionalValue("portal.db.datasource", String.class)
                                .orElse(""))
                .toLowerCase(Locale.ROOT);
        return configured.contains("postgresql") ? "PostgreSQL" : "H2";
    }

    /**
     * A connection that is no connection: it answers the metadata EclipseLink reads while it logs in and closes
     * quietly; anything else fails as an unreachable database (SQLSTATE 08001).
     */
    static Connection standIn(String product) {
        InvocationHandler meta = (proxy, method, args) -> switch (method.getName()) {
            case "getDatabaseProductName" -> product;
            case "getDatabaseProductVersion", "getDriverVersion", "getURL", "getUserName" -> "";
            case "getDriverName" -> "(database unavailable at start)";
            case "getDatabaseMajorVersion",
                    "getDatabaseMinorVersion",
                    "getDriverMajorVersion",
                    "getDriverMinorVersion" -> 0;
            case "hashCode" -> System.identityHashCode(proxy);
            case "equals" -> proxy == args[0];
            case "toString" -> "database metadata of a stand-in connection";
            default -> fallback(method.getReturnType());
        };
        DatabaseMetaData metaData = (DatabaseMetaData) Proxy.newProxyInstance(
                DeferredLogin.class.getClassLoader(), new Class<?>[] {DatabaseMetaData.class}, meta);
        boolean[] closed = {false};
        InvocationHandler connection = (proxy, method, args) -> switch (method.getName()) {
            case "getMetaData" -> metaData;
            case "close" -> {
                closed[0] = true;
                yield null;
            }
            case "isClosed" -> closed[0];
            case "isValid" -> false;
            case "getAutoCommit" -> true;
            case "getTransactionIsolation" -> Connection.TRANSACTION_READ_COMMITTED;
            case "setAutoCommit", "setTransactionIsolation", "clearWarnings" -> null;
            case "getWarnings" -> null;
            case "isWrapperFor" -> false;
            case "hashCode" -> System.identityHashCode(proxy);
            case "equals" -> proxy == args[0];
            case "toString" -> "stand-in connection (database unavailable at start)";
            default -> throw unavailable();
        };
        return (Connection) Proxy.newProxyInstance(
                DeferredLogin.class.getClassLoader(), new Class<?>[] {Connection.class}, connection);
    }

    private static Object fallback(Class<?> type) throws SQLException {
        if (type == boolean.class) {
            return false;
        }
        if (type == int.class) {
            return 0;
        }
        if (type == long.class) {
            return 0L;
        }
        if (type == String.class) {
            return "";
        }
        throw unavailable();
    }

    private static SQLException unavailable() {
        return new SQLTransientConnectionException("The database was unavailable when the portal started", UNAVAILABLE);
    }

    @Override
    public Object clone() {
        try {
            DeferredLogin copy = (DeferredLogin) super.clone();
            copy.container = (Connector) container.clone();
            return copy;
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void toString(PrintWriter writer) {
        container.toString(writer);
    }

    @Override
    public String getConnectionDetails() {
        return container.getConnectionDetails();
    }

    @Override
    public String toString() {
        return "DeferredLogin(" + container + ")";
    }
}
