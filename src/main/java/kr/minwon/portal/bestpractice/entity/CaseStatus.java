package kr.minwon.portal.bestpractice.entity;

/** Where a case stands in its workflow (DOMAIN.md §6); the allowed moves are in {@code CaseWorkflow}. */
public enum CaseStatus {
    DRAFT,
    SUBMITTED,
    IN_REVIEW,
    REVISION_REQUESTED,
    RESUBMITTED,
    APPROVED,
    REJECTED,
    PUBLISHED,
    ARCHIVED;

    /** The author's unit may change the text only here. */
    public boolean editable() {
        return this == DRAFT || this == REVISION_REQUESTED;
    }

    /** A reviewer may score and decide only here. */
    public boolean underReview() {
        return this == IN_REVIEW || this == RESUBMITTED;
    }
}
