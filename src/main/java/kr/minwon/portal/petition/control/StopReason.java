package kr.minwon.portal.petition.control;

/** Why the clock stopped: the periods 행정절차법 시행령 제11조 keeps out of the processing period. */
public enum StopReason {
    /** 보완: waiting for a corrected filing. */
    SUPPLEMENT,
    /** Transfer between distant agencies. */
    TRANSFER_DISTANCE,
    HEARING,
    /** Tests, inspections and expert review. */
    INSPECTION,
    /** Waiting for a prerequisite task. */
    PREREQUISITE,
    /** 고충민원 field investigation. */
    FIELD_INVESTIGATION,
    /** Other legal suspensions the office records. */
    SUSPENSION
}
