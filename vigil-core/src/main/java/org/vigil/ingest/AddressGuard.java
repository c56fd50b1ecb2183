package org.vigil.ingest;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;

/**
 * Checks a URL before it is fetched: only http and https, and a host whose every address is public
 * unless private addresses are allowed. Guards against a feed or redirect that points Vigil at the
 * machine it runs on or at the intranet (server-side request forgery).
 */
final class AddressGuard {
    private final boolean allowPrivate;

    AddressGuard(boolean allowPrivate) {
        this.allowPrivate = allowPrivate;
    }

    /** The problem with fetching {@code uri}, or empty when it may be fetched. */
    Optional<String> problem(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return Optional.of("is not an http or https address");
        }
        String host = uri.getHost();
        if (host == null || host.isBlank()) return Optional.of("has no host name");
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            return Optional.of("names a host that does not resolve: " + host);
        }
        if (allowPrivate) return Optional.empty();
        for (InetAddress address : addresses) {
            Optional<String> kind = privateKind(address);
            if (kind.isPresent()) {
                return Optional.of("resolves to " + kind.get() + " address " + address.getHostAddress()
                        + "; pass --allow-private to fetch from loopback or private networks");
            }
        }
        return Optional.empty();
    }

    /** What makes an address non-public (loopback, private, link-local, multicast, unspecified), or empty for a public one. */
    static Optional<String> privateKind(InetAddress address) {
        if (address.isLoopbackAddress()) return Optional.of("the loopback");
        if (address.isAnyLocalAddress()) return Optional.of("the unspecified");
        if (address.isLinkLocalAddress()) return Optional.of("a link-local");
        if (address.isSiteLocalAddress()) return Optional.of("a private");
        if (address.isMulticastAddress()) return Optional.of("a multicast");
        byte[] b = address.getAddress();
        if (b.length == 4) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            if (first == 100 && second >= 64 && second <= 127) return Optional.of("a carrier-grade NAT");
            if (first == 0) return Optional.of("the unspecified");
        } else if (b.length == 16 && (b[0] & 0xfe) == 0xfc) {
            return Optional.of("a private (unique local)");
        }
        return Optional.empty();
    }
}
