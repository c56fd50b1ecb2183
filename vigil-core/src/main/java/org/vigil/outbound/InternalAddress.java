package org.vigil.outbound;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * Tells an address that is not on the public internet from one that is: loopback, unspecified, link-local,
 * private (RFC 1918 and IPv6 unique local), multicast, carrier-grade NAT and reserved IPv4 ranges, and IPv6
 * addresses that carry one of those IPv4 addresses. Vigil connects to such addresses only when allowed.
 */
public final class InternalAddress {
    private InternalAddress() {
    }

    /** What makes the address internal, as a phrase ("the loopback", "a private"), or empty for a public address. */
    public static Optional<String> kind(InetAddress address) {
        if (address.isLoopbackAddress()) return Optional.of("the loopback");
        if (address.isAnyLocalAddress()) return Optional.of("the unspecified");
        if (address.isLinkLocalAddress()) return Optional.of("a link-local");
        if (address.isSiteLocalAddress()) return Optional.of("a private");
        if (address.isMulticastAddress()) return Optional.of("a multicast");
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            if (first == 0) return Optional.of("the unspecified");
            if (first == 100 && second >= 64 && second < 128) return Optional.of("a carrier-grade NAT");
            // 192.0.0.0/24 (protocol assignments), 198.18.0.0/15 (benchmarking), 240.0.0.0/4 (reserved, broadcast).
            if ((first == 192 && second == 0 && (b[2] & 0xff) == 0) || (first == 198 && (second == 18 || second == 19)) || first >= 240) {
                return Optional.of("a reserved");
            }
        } else if (address instanceof Inet6Address) {
            if ((b[0] & 0xfe) == 0xfc) return Optional.of("a private (unique local)");
            return mappedIpv4(b).flatMap(InternalAddress::kind);
        }
        return Optional.empty();
    }

    /** True when {@link #kind} finds the address internal. */
    public static boolean isInternal(InetAddress address) {
        return kind(address).isPresent();
    }

    /** The IPv4 address an IPv4-mapped IPv6 address (::ffff:a.b.c.d) carries. */
    private static Optional<InetAddress> mappedIpv4(byte[] b) {
        for (int i = 0; i < 10; i++) {
            if (b[i] != 0) return Optional.empty();
        }
        if ((b[10] & 0xff) != 0xff || (b[11] & 0xff) != 0xff) return Optional.empty();
        try {
            return Optional.of(InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]}));
        } catch (UnknownHostException e) {
            throw new IllegalStateException("Four bytes are always an IPv4 address", e);
        }
    }
}
