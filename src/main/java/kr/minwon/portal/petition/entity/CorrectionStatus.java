package kr.minwon.portal.petition.entity;

/** Where a correction stands: waiting for an approver, or decided one way or the other (kept either way). */
public enum CorrectionStatus {
    PENDING,
    APPROVED,
    REFUSED
}
