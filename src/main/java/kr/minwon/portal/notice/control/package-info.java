/**
 * Pure rules of deadline pre-notices: stages (D-n, D-DAY, H-n, OVERDUE), the policy the planner reads, the planner
 * and its reconciliation with the notices a petition already has, the retry schedule and the notice text. No container
 * types, so the whole life of a petition can be walked through with a controlled clock in unit tests.
 */
package kr.minwon.portal.notice.control;
