package kr.minwon.portal.notice.control;

/** A planned notice's life: planned, then sent (its deliveries written) or cancelled, never both. */
public enum NoticeStatus {
    PLANNED,
    SENT,
    CANCELLED
}
