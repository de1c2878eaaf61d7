package kr.minwon.portal.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TrustedProxiesTest {

    private final TrustedProxies proxies = new TrustedProxies("127.0.0.1, ::1, 10.20.0.0/16");

    @Test
    void only_listed_addresses_and_blocks_are_trusted() {
        assertThat(proxies.trusts("127.0.0.1")).isTrue();
        assertThat(proxies.trusts("0:0:0:0:0:0:0:1")).isTrue();
        assertThat(proxies.trusts("10.20.3.4")).isTrue();
        assertThat(proxies.trusts("10.21.0.1")).isFalse();
        assertThat(proxies.trusts("127.0.0.2")).isFalse();
        assertThat(proxies.trusts("proxy.example")).as("never a DNS name").isFalse();
        assertThat(proxies.trusts(null)).isFalse();
    }

    @Test
    void forwarded_headers_count_only_from_a_trusted_peer() {
        assertThat(proxies.isHttps(false, "127.0.0.1", "https")).isTrue();
        assertThat(proxies.isHttps(false, "127.0.0.1", "http")).isFalse();
        assertThat(proxies.isHttps(false, "192.0.2.9", "https"))
                .as("an untrusted peer")
                .isFalse();
        assertThat(proxies.isHttps(true, "192.0.2.9", null))
                .as("TLS on this connection")
                .isTrue();
        assertThat(proxies.clientAddress("192.0.2.9", "203.0.113.5"))
                .as("untrusted: the header is ignored")
                .isEqualTo("192.0.2.9");
        assertThat(proxies.clientAddress("127.0.0.1", "203.0.113.5")).isEqualTo("203.0.113.5");
        // A client's own X-Forwarded-For is kept in front by the proxy: the right-most untrusted hop is the client.
        assertThat(proxies.clientAddress("127.0.0.1", "6.6.6.6, 203.0.113.5, 10.20.1.1"))
                .isEqualTo("203.0.113.5");
        assertThat(proxies.clientAddress("127.0.0.1", "garbage")).isEqualTo("127.0.0.1");
    }

    @Test
    void a_bad_entry_is_refused_at_start() {
        assertThatThrownBy(() -> new TrustedProxies("127.0.0.1,proxy.example"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TrustedProxies("10.0.0.0/33")).isInstanceOf(IllegalArgumentException.class);
    }
}
