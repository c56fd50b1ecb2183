package org.vigil.ingest;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;
import org.vigil.outbound.InternalAddress;
import org.vigil.outbound.PinnedTarget;
import org.vigil.outbound.Resolver;

/**
 * Checks a URL before it is fetched: only http and https, and a host whose every address is public
 * unless private addresses are allowed. Guards against a feed or redirect that points Vigil at the
 * machine it runs on or at the intranet (server-side request forgery). The host is resolved once, and
 * an allowed URL comes with the addresses that were checked, for the connection to use.
 */
final class AddressGuard {
    /** What the check says: fetch from these addresses, or do not fetch, for this reason. */
    sealed interface Checked permits Allowed, Refused { }

    /** The URL may be fetched from the addresses of {@code target}, and only from them. */
    record Allowed(PinnedTarget target) implements Checked { }

    /** The URL may not be fetched; {@code problem} is a sentence fragment following the URL. */
    record Refused(String problem) implements Checked { }

    private final boolean allowPrivate;
    private final Resolver resolver;

    AddressGuard(boolean allowPrivate, Resolver resolver) {
        this.allowPrivate = allowPrivate;
        this.resolver = resolver;
    }

    /** Resolves the URL's host once and checks its scheme and every address. */
    Checked check(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return new Refused("is not an http or https address");
        }
        String host = uri.getHost();
        if (host == null || host.isBlank()) return new Refused("has no host name");
        PinnedTarget target;
        try {
            target = PinnedTarget.resolve(uri, resolver);
        } catch (UnknownHostException e) {
            return new Refused("names a host that does not resolve: " + host);
        }
        if (allowPrivate) return new Allowed(target);
        for (InetAddress address : target.addresses()) {
            Optional<String> kind = InternalAddress.kind(address);
            if (kind.isPresent()) {
                return new Refused("resolves to " + kind.get() + " address " + address.getHostAddress()
                        + "; pass --allow-private to fetch from loopback or private networks");
            }
        }
        return new Allowed(target);
    }

    /** The problem with fetching {@code uri}, or empty when it may be fetched. */
    Optional<String> problem(URI uri) {
        return check(uri) instanceof Refused r ? Optional.of(r.problem()) : Optional.empty();
    }
}
