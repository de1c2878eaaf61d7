package kr.minwon.portal.platform;

/**
 * Fired once when the schema became current later than start-up (the database was away when the portal started):
 * what the start-up beans would have done at start (the calendar's load, the first-start setup) they do now.
 */
public record SchemaReady(String version) {}
