package org.vigil.outbound;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A URL with the addresses its host resolved to, once, in the resolver's order: {@link PinnedHttp} connects to
 * these and never looks the name up again, so what was checked is what is reached.
 */
public record PinnedTarget(URI uri, List<InetAddress> addresses) {
    public PinnedTarget {
        Objects.requireNonNull(uri, "uri");
        addresses = List.copyOf(addresses);
        if (addresses.isEmpty()) throw new IllegalArgumentException(uri + " has no address to connect to");
        if (uri.getHost() == null) throw new IllegalArgumentException(uri + " has no host");
    }

    /**
     * The URL with its host resolved now by {@code resolver}.
     *
     * @throws UnknownHostException when the host has no address (now)
     */
    public static PinnedTarget resolve(URI uri, Resolver resolver) throws UnknownHostException {
        String host = host(uri);
        InetAddress[] addresses = resolver.resolve(host);
        if (addresses == null || addresses.length == 0) throw new UnknownHostException(host);
        return new PinnedTarget(uri, List.of(addresses));
    }

    /** The first address that is not public ({@link InternalAddress}), if any. */
    public Optional<InetAddress> firstInternal() {
        return addresses.stream().filter(InternalAddress::isInternal).findFirst();
    }

    /** Another URL on the same host and port (robots.txt beside a page), reached at the same addresses. */
    public PinnedTarget at(URI other) {
        boolean same = other.getHost() != null && other.getHost().toLowerCase(Locale.ROOT).equals(uri.getHost().toLowerCase(Locale.ROOT))
                && PinnedHttp.port(other) == PinnedHttp.port(uri);
        if (!same) throw new IllegalArgumentException(other + " is not on the host and port of " + uri);
        return new PinnedTarget(other, addresses);
    }

    /** The URL's host without the brackets of an IPv6 literal, as resolvers and TLS want it. */
    static String host(URI uri) {
        String host = uri.getHost();
        if (host == null || host.isBlank()) throw new IllegalArgumentException(uri + " has no host");
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }
}
