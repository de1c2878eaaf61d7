package kr.minwon.portal.platform;

import java.io.EOFException;
import java.net.ConnectException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * Tells a database that cannot be reached from every other failure, so that requests answer 503 (not 500) and
 * scheduled runs skip, and logs an outage once, not once a request. Pure logic on the exception chain: a connection
 * the pool cannot allocate or open, a refused or timed-out socket, PostgreSQL's connection and shutdown states,
 * H2's broken connection.
 */
public final class DatabaseOutage {

    private static final Logger LOG = Logger.getLogger(DatabaseOutage.class.getName());
    /** Seconds a client should wait before trying again (the Retry-After of a 503). */
    public static final int RETRY_AFTER_SECONDS = 10;
    /** Request attribute set when a sign-in could not be checked for want of the database (the page answers 503). */
    public static final String REQUEST_ATTRIBUTE = "kr.minwon.portal.databaseOutage";

    private static final Set<String> WARNED = ConcurrentHashMap.newKeySet();

    private DatabaseOutage() {}

    /** Whether {@code thrown} (or anything it wraps) says the database cannot be reached right now. */
    public static boolean isCause(Throwable thrown) {
        Set<Throwable> seen = new HashSet<>();
        for (Throwable t = thrown; t != null && seen.add(t); t = next(t)) {
            if (unreachable(t)) {
                return true;
            }
        }
        return false;
    }

    private static boolean unreachable(Throwable t) {
        if (t instanceof SchemaNotReady
                || t instanceof ConnectException
                || t instanceof SocketTimeoutException
                || t instanceof EOFException
                || t instanceof SocketException) {
            return true;
        }
        String type = t.getClass().getName();
        if (type.endsWith("PoolingException") || type.endsWith("ResourceAllocationException")) {
            return true;
        }
        if (t instanceof SQLException sql) {
            String state = sql.getSQLState();
            if (state != null && (state.startsWith("08") || state.startsWith("57P"))) {
                return true;
            }
            int code = sql.getErrorCode();
            // H2: connection broken, database closed, called at shutdown.
            if (code == 90067 || code == 90098 || code == 90121) {
                return true;
            }
        }
        String message = t.getMessage();
        return message != null
                && (message.contains("Error in allocating a connection")
                        || message.contains("Connection could not be allocated"));
    }

    private static Throwable next(Throwable t) {
        if (t instanceof jakarta.ejb.EJBException ejb && ejb.getCausedByException() != null) {
            return ejb.getCausedByException();
        }
        if (t instanceof SQLException sql && t.getCause() == null) {
            return sql.getNextException();
        }
        return t.getCause();
    }

    /**
     * Records that {@code what} met an outage: logged at WARNING the first time for each {@code what} until the
     * database answers again ({@link #over}), so a scheduled run skipped every minute logs once.
     */
    public static void noticed(String what, Throwable thrown) {
        if (WARNED.add(what)) {
            Throwable root = thrown;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            String cause = root.getClass().getSimpleName() + ": " + root.getMessage();
            LOG.warning(() -> "Database unavailable: " + what + " skipped until it is back (" + cause + ")");
        }
    }

    /** The database answered again: logs the end of an outage once and lets the next one be logged. */
    public static void over() {
        if (!WARNED.isEmpty()) {
            Set<String> skipped = Set.copyOf(WARNED);
            WARNED.clear();
            LOG.info(() -> "Database available again; resuming " + skipped);
        }
    }
}
