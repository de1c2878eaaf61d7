package kr.minwon.portal.notice.control;

/** How a notice reaches a person: the portal inbox always, e-mail and SMS/알림톡 where the stage asks for them. */
public enum DeliveryChannel {
    INBOX,
    EMAIL,
    SMS
}
