/**
 * Floor 2 (with mileage): follows PetitionChanged and reads the calendar; used by bestpractice and dashboard.
 *
 * Deadline pre-notices (처리기한 사전예고제, DOMAIN §5): a policy as data, a planner that follows every petition change,
 * an outbox delivered by a run every minute. Exactly-once: a notice is claimed by a guarded UPDATE (PLANNED → SENT) and
 * its inbox messages are written in that transaction; unique keys forbid a second notice or delivery. E-mail and SMS
 * are at-least-once, bounded: a delivery is committed PENDING and leased before the external send and marked SENT after
 * it; a crash between send and mark resends once more after the 10-minute lease. Failures retry with back-off.
 */
package kr.minwon.portal.notice;
