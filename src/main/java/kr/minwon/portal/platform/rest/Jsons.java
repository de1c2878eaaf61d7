package kr.minwon.portal.platform.rest;

import jakarta.json.spi.JsonProvider;

/**
 * The one JSON provider every resource builds its answers with. {@code jakarta.json.Json.createObjectBuilder()} and its
 * siblings look the provider up anew at every call (a ServiceLoader scan through the web application's class loader,
 * which reads the WAR first and holds its lock): a mileage answer of 5,000 ledger lines did 5,000 lookups, and the
 * soak's thread dumps (issue 19) found a node's request threads queued on that lock.
 */
public final class Jsons {

    /** Looked up once; thread-safe (the provider's builders are not shared). */
    public static final JsonProvider JSON = JsonProvider.provider();

    private Jsons() {}
}
