/**
 * The evaluation KPIs (DOMAIN.md §7: 준수율, 단축률) and the extended-hours figures. {@code control.KpiFormulas} holds
 * the formulas on totals; {@code boundary.Kpis} sums and counts in the database (never loading petitions), scoped to
 * what the caller oversees, and feeds the REST endpoint and the dashboard pages alike so they always agree.
 */
package kr.minwon.portal.dashboard;
