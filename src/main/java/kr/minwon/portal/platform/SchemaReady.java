package kr.minwon.portal.platform;

/**
 * Fired when the schema became current later than start-up (the database was away when the portal started): what the
 * start-up beans would have done at start (the calendar's load, the first-start setup, the KPI read model's check)
 * they do now, before the portal calls itself ready. Fired again with the next retry when an observer failed, so every
 * observer does its part only once whatever it is fired.
 */
public record SchemaReady(String version) {}
