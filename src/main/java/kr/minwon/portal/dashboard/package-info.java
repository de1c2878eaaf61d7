/**
 * Top floor (with bestpractice): may use every feature below it; nothing depends on it.
 *
 * The evaluation KPIs (DOMAIN.md §7: 준수율, 단축률), the extended-hours figures and the monthly status report.
 * {@code control.KpiFormulas} holds the formulas on totals; {@code boundary.Kpis} sums the read model {@code kpi_day}
 * (days × units rows kept by petition's write path; a handler's figures from his petitions), scoped to what the caller
 * oversees, and feeds the REST endpoint, the dashboard pages and the
 * monthly report alike so they always agree. A monthly report freezes its figures as JSON in one row per month (a
 * unique key makes the scheduled run exactly-once); its PDF and Excel files are rendered from those figures.
 */
package kr.minwon.portal.dashboard;
