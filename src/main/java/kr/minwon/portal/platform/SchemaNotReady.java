package kr.minwon.portal.platform;

/**
 * A request that needs the database came before the schema was current: the portal started while the database was
 * away and {@link Migrations} has not got through yet. Answered as an outage (503), never with a missing table's 500.
 */
public final class SchemaNotReady extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SchemaNotReady() {
        super("The database schema is not current yet (the portal started while the database was away)");
    }
}
