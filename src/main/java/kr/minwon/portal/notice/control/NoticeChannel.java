package kr.minwon.portal.notice.control;

/**
 * An external way to reach a person (e-mail over the office's SMTP relay, SMS/알림톡 through its HTTP gateway). The
 * inbox is not one: it is a row written in the claiming transaction, so it cannot fail apart from the claim.
 */
public interface NoticeChannel {

    DeliveryChannel kind();

    /** Configured at all; a disabled channel gets no delivery rows. */
    boolean enabled();

    /** Sends one notice; any exception is a failed attempt, retried on the {@link RetrySchedule}. */
    void send(String address, NoticeText text) throws Exception;
}
