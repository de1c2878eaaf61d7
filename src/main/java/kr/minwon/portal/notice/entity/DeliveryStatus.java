package kr.minwon.portal.notice.entity;

/** PENDING until the channel confirms (retries included), SENT once it did, FAILED after the last attempt. */
public enum DeliveryStatus {
    PENDING,
    SENT,
    FAILED
}
