package kr.minwon.portal.notice.control;

/** Whom a stage goes to, resolved when the notice is sent (not when planned), so today's office holders get it. */
public enum RecipientRole {
    /** The petition's handler (담당자). */
    HANDLER,
    /** The head of the petition's team (팀장). */
    TEAM_LEADER,
    /** The head of the petition's department (과장/부서장). */
    DEPARTMENT_HEAD,
    /** Every active employee holding the AUDITOR role (민원심사관). */
    AUDITOR
}
