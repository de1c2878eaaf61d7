/**
 * Top floor (with dashboard): may use mileage, notice, petition, calendar, security, staff, platform. The facades
 * are split by use case: CaseBoard, CaseAuthoring, CaseReviews, CasePublication, CaseAdoptions, sharing
 * CaseAccess.
 *
 * Best-practice cases (민원서비스 개선 우수사례): written by a unit's managers, reviewed by assigned reviewers, published
 * by an admin, read, liked and adopted by everyone. Rich text is sanitized by one allow-list on every write and shown
 * only from that form; attachments are files under PORTAL_DATA_DIR/attachments named by their SHA-256 (outside the
 * web root, content-addressed so a rolled-back upload leaves only a harmless orphan), type checked from content,
 * served only by a servlet that checks who may see the case. Search is LIKE over a lower-cased text column.
 */
package kr.minwon.portal.bestpractice;
