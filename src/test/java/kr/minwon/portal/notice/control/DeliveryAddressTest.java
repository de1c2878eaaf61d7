package kr.minwon.portal.notice.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DeliveryAddressTest {

    private static final DeliveryAddress.Contact REACHABLE =
            new DeliveryAddress.Contact("kim@example.go.kr", "010-1234-5678", false, false);

    @Test
    void aPersonWhoOptedOutOfEmailGetsNoEmailButStillTheInboxAndSms() {
        DeliveryAddress.Contact c = new DeliveryAddress.Contact("kim@example.go.kr", "010-1234-5678", true, false);
        assertThat(DeliveryAddress.of(DeliveryChannel.EMAIL, true, c)).isNull();
        assertThat(DeliveryAddress.reaches(DeliveryChannel.EMAIL, true, c)).isFalse();
        assertThat(DeliveryAddress.reaches(DeliveryChannel.INBOX, true, c)).isTrue();
        assertThat(DeliveryAddress.of(DeliveryChannel.SMS, true, c)).isEqualTo("010-1234-5678");
    }

    @Test
    void aPersonWhoOptedOutOfSmsGetsNoSms() {
        DeliveryAddress.Contact c = new DeliveryAddress.Contact("kim@example.go.kr", "010-1234-5678", false, true);
        assertThat(DeliveryAddress.of(DeliveryChannel.SMS, true, c)).isNull();
        assertThat(DeliveryAddress.of(DeliveryChannel.EMAIL, true, c)).isEqualTo("kim@example.go.kr");
    }

    @Test
    void aChannelReachesOnlyWhenConfiguredAndAnAddressIsKnown() {
        assertThat(DeliveryAddress.of(DeliveryChannel.EMAIL, true, REACHABLE)).isEqualTo("kim@example.go.kr");
        assertThat(DeliveryAddress.of(DeliveryChannel.EMAIL, false, REACHABLE)).isNull();
        assertThat(DeliveryAddress.of(DeliveryChannel.SMS, true, new DeliveryAddress.Contact(null, " ", false, false)))
                .isNull();
        assertThat(DeliveryAddress.of(DeliveryChannel.INBOX, true, REACHABLE)).isNull();
        assertThat(DeliveryAddress.reaches(
                        DeliveryChannel.INBOX, false, new DeliveryAddress.Contact(null, null, true, true)))
                .isTrue();
    }
}
