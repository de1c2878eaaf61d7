package kr.minwon.portal.platform.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Which reverse proxies may tell the original scheme and client address ({@code X-Forwarded-Proto},
 * {@code X-Forwarded-For}): only the addresses and CIDR blocks of {@code portal.trusted.proxies}. From anyone else
 * these headers are ignored, so a client cannot fake HTTPS or another address.
 */
public final class TrustedProxies {

    public static final String DEFAULT = "127.0.0.1,::1";

    private static volatile TrustedProxies configured;

    private final List<Block> blocks;

    public TrustedProxies(String spec) {
        List<Block> parsed = new ArrayList<>();
        if (spec != null) {
            for (String part : spec.split(",")) {
                String p = part.trim();
                if (!p.isEmpty()) {
                    parsed.add(Block.parse(p));
                }
            }
        }
        this.blocks = List.copyOf(parsed);
    }

    /** The configuration's list (read once). */
    public static TrustedProxies configured() {
        TrustedProxies t = configured;
        if (t == null) {
            String spec;
            try {
                spec = ConfigProvider.getConfig()
                        .getOptionalValue("portal.trusted.proxies", String.class)
                        .orElse(DEFAULT);
            } catch (RuntimeException noConfig) {
                spec = DEFAULT;
            }
            t = new TrustedProxies(spec);
            configured = t;
        }
        return t;
    }

    public boolean trusts(String address) {
        byte[] bytes = literal(address);
        return bytes != null && blocks.stream().anyMatch(b -> b.contains(bytes));
    }

    /**
     * The client's address: the peer's, or, when the peer is a trusted proxy, the right-most address of
     * {@code X-Forwarded-For} that is not itself a trusted proxy.
     */
    public String clientAddress(String peer, String forwardedFor) {
        if (!trusts(peer) || forwardedFor == null || forwardedFor.isBlank()) {
            return peer;
        }
        String[] hops = forwardedFor.split(",");
        String client = peer;
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].trim();
            if (literal(hop) == null) {
                break;
            }
            client = hop;
            if (!trusts(hop)) {
                break;
            }
        }
        return client;
    }

    /** Whether the browser's request was HTTPS: this connection, or a trusted proxy's {@code X-Forwarded-Proto}. */
    public boolean isHttps(boolean secureConnection, String peer, String forwardedProto) {
        if (secureConnection) {
            return true;
        }
        if (forwardedProto == null || !trusts(peer)) {
            return false;
        }
        // A chain of proxies appends: the first value is the browser's.
        return "https".equals(forwardedProto.split(",")[0].trim().toLowerCase(Locale.ROOT));
    }

    public static String clientAddress(HttpServletRequest request) {
        return configured().clientAddress(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"));
    }

    public static boolean isHttps(HttpServletRequest request) {
        return configured()
                .isHttps(request.isSecure(), request.getRemoteAddr(), request.getHeader("X-Forwarded-Proto"));
    }

    /** The bytes of an IP literal, or null for anything else (never a DNS lookup). */
    static byte[] literal(String address) {
        if (address == null) {
            return null;
        }
        String a = address.trim();
        if (a.startsWith("[") && a.endsWith("]")) {
            a = a.substring(1, a.length() - 1);
        }
        int zone = a.indexOf('%');
        if (zone >= 0) {
            a = a.substring(0, zone);
        }
        boolean v4 = a.matches("\\d{1,3}(\\.\\d{1,3}){3}");
        boolean v6 = a.contains(":") && a.matches("[0-9A-Fa-f:.]+");
        if (!v4 && !v6) {
            return null;
        }
        try {
            return InetAddress.getByName(a).getAddress();
        } catch (UnknownHostException e) {
            return null;
        }
    }

    private record Block(byte[] network, int prefix) {
        static Block parse(String spec) {
            int slash = spec.indexOf('/');
            byte[] net = literal(slash < 0 ? spec : spec.substring(0, slash));
            if (net == null) {
                throw new IllegalArgumentException("portal.trusted.proxies: not an address or CIDR block: " + spec);
            }
            int prefix = slash < 0
                    ? net.length * 8
                    : Integer.parseInt(spec.substring(slash + 1).trim());
            if (prefix < 0 || prefix > net.length * 8) {
                throw new IllegalArgumentException("portal.trusted.proxies: bad prefix length in " + spec);
            }
            return new Block(net, prefix);
        }

        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            int full = prefix / 8;
            for (int i = 0; i < full; i++) {
                if (address[i] != network[i]) {
                    return false;
                }
            }
            int rest = prefix % 8;
            if (rest == 0) {
                return true;
            }
            int mask = (0xFF << (8 - rest)) & 0xFF;
            return (address[full] & mask) == (network[full] & mask);
        }
    }
}
