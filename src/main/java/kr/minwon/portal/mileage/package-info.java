/**
 * Floor 2 (with notice): uses petition's published types (Outcome, the facts) and follows PetitionChanged; used by
 * bestpractice and dashboard.
 *
 * Speed mileage (스피드민원 마일리지): versioned rule sets scored by pure {@code control.PointRules}; an append-only
 * ledger whose unique (petition, score number) key makes every award exactly-once; re-scoring reverses and rewrites;
 * periods close into frozen standings with award tiers, and later corrections count in the next open period.
 * Reading is SQL aggregates only (open periods summed live, closed ones from the standings; ranks by "count of people
 * above + 1", so ties share a place); replay re-scores a period's petitions and reports, never writes.
 */
package kr.minwon.portal.mileage;
