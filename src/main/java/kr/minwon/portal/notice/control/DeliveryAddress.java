package kr.minwon.portal.notice.control;

/**
 * Where one channel reaches one person, or null when it does not: the inbox always (no address), e-mail and SMS only
 * while the channel is configured, the person has an address for it and has not opted out of it (My settings).
 */
public final class DeliveryAddress {

    /** The person's side: his addresses and opt-outs. */
    public record Contact(String email, String mobile, boolean emailOptOut, boolean smsOptOut) {}

    private DeliveryAddress() {}

    /** Whether {@code channel} reaches the person at all. */
    public static boolean reaches(DeliveryChannel channel, boolean channelEnabled, Contact c) {
        return channel == DeliveryChannel.INBOX || of(channel, channelEnabled, c) != null;
    }

    /** The address to send to on {@code channel}; null for the inbox and for a channel that does not reach him. */
    public static String of(DeliveryChannel channel, boolean channelEnabled, Contact c) {
        return switch (channel) {
            case INBOX -> null;
            case EMAIL -> channelEnabled && !c.emailOptOut() ? blankToNull(c.email()) : null;
            case SMS -> channelEnabled && !c.smsOptOut() ? blankToNull(c.mobile()) : null;
        };
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
