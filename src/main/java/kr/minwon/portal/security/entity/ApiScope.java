package kr.minwon.portal.security.entity;

/**
 * What a service account's key may do. Each scope is granted to the caller as a role of the same name prefixed
 * {@code API_}, so facades check API callers with the same {@code @RolesAllowed} they use for staff.
 */
public enum ApiScope {
    /** Read petitions, deadlines, mileage, notices, KPIs, cases. */
    READ,
    /** Create and change petitions, clock stops and extensions. */
    PETITIONS,
    /** Bulk CSV imports. */
    IMPORTS,
    /** Catalogue, holidays and other administration; the only scope that may grant or remove the ADMIN role. */
    ADMIN,
    /** Scrape {@code /metrics} (monitoring systems); nothing else. */
    METRICS;

    public String roleName() {
        return "API_" + name();
    }
}
