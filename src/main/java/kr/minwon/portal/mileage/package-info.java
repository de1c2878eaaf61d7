/**
 * Speed mileage (스피드민원 마일리지): versioned rule sets scored by pure {@code control.PointRules}; an append-only
 * ledger whose unique (petition, score number) key makes every award exactly-once; re-scoring reverses and rewrites;
 * periods close into frozen standings with award tiers, and later corrections count in the next open period.
 */
package kr.minwon.portal.mileage;
