package kr.minwon.portal.bestpractice.control;

/** Everything that moves a case from one state to another, or keeps it in place but needs the same checks. */
public enum CaseAction {
    EDIT,
    SUBMIT,
    RECALL,
    ASSIGN_REVIEWER,
    SCORE,
    REQUEST_REVISION,
    RESUBMIT,
    APPROVE,
    REJECT,
    CONFIRM_GRADE,
    PUBLISH,
    SCHEDULE_PUBLICATION,
    ARCHIVE
}
