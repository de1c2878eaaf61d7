/**
 * Floor 3, the shared kernel of facts: its control package publishes the read types others need (Outcome,
 * DeadlineMode, the rules). It builds the DeadlineCalculator on calendar's WorkingCalendar and observes
 * CalendarChanged (CalendarRescheduling). Write paths: Petitions (intake), PetitionClock (stops, extensions),
 * PetitionCompletion, sharing PetitionRecords.
 *
 * Petitions and their legal deadlines. {@code control} holds the pure deadline engine (DOMAIN.md §2) and the one
 * validation of a petition record; {@code boundary.Petitions} is the one write path for screens, CSV and REST.
 * Deadline, mode and time used are stored and indexed, rewritten by the engine on every change (and by a calendar
 * change, keeping the original deadline), so lists and KPIs never recompute them per view. {@code PetitionQueries}
 * is the read side of the screens: scoped, database-paged lists whose badges are computed for the rows shown. The KPI
 * read model ({@code kpi_day}, {@code control.KpiFacts}) follows every petition write in its transaction through the
 * entity listener {@code PetitionKpiListener} (declared in META-INF/orm.xml); {@code KpiReadModel} rebuilds it.
 */
package kr.minwon.portal.petition;
