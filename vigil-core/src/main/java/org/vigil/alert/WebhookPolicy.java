package org.vigil.alert;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;

/**
 * Decides whether a webhook URL may be called: http or https only, and, unless an administrator allowed
 * it, never a host that resolves to a loopback, private, link-local, carrier-grade NAT, unique-local or
 * unspecified address (so a user cannot make Vigil call services inside its own network). The host is
 * resolved once per decision, and {@link #target} returns the addresses it approved: a connection must
 * use those, never resolve the name again (a name can answer a public address now and 127.0.0.1 later).
 */
public final class WebhookPolicy {
    /** Resolves a host name to its addresses; {@link #SYSTEM} asks the JDK (and so the system's DNS). */
    @FunctionalInterface
    public interface Resolver {
        Resolver SYSTEM = InetAddress::getAllByName;

        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    /** A URL allowed now, with the addresses its host resolved to when it was allowed, in the resolver's order. */
    public record Target(URI uri, List<InetAddress> addresses) {
        public Target {
            addresses = List.copyOf(addresses);
            if (addresses.isEmpty()) throw new IllegalArgumentException("Webhook " + uri + " has no address to connect to");
        }
    }

    private final boolean allowPrivate;
    private final Resolver resolver;

    public WebhookPolicy(boolean allowPrivate) {
        this(allowPrivate, Resolver.SYSTEM);
    }

    public WebhookPolicy(boolean allowPrivate, Resolver resolver) {
        this.allowPrivate = allowPrivate;
        this.resolver = resolver;
    }

    /**
     * The URL, checked and resolved now.
     *
     * @throws InvalidWatchlist naming the URL and why it is refused
     */
    public URI check(String url) {
        URI uri = syntax(url);
        if (allowPrivate) return uri;
        try {
            return target(url).uri();
        } catch (UnknownHostException e) {
            throw refused(url, "its host " + uri.getHost() + " does not resolve");
        }
    }

    /**
     * The URL checked, its host resolved exactly once, and the addresses a connection may use: every one public,
     * unless the administrator allowed internal targets.
     *
     * @throws InvalidWatchlist naming the URL and why it is refused
     * @throws UnknownHostException when the host does not resolve now (perhaps for a while only)
     */
    public Target target(String url) throws UnknownHostException {
        URI uri = syntax(url);
        String host = uri.getHost();
        // URI keeps the brackets of an IPv6 literal, which the resolver does not want.
        if (host.startsWith("[") && host.endsWith("]")) host = host.substring(1, host.length() - 1);
        InetAddress[] addresses = resolver.resolve(host);
        if (addresses == null || addresses.length == 0) throw new UnknownHostException(host);
        if (!allowPrivate) {
            for (InetAddress address : addresses) {
                if (isInternal(address)) {
                    throw refused(url, "its host resolves to the internal address " + address.getHostAddress()
                            + "; an administrator can allow such targets with webhook.allowPrivate=true");
                }
            }
        }
        return new Target(uri, List.of(addresses));
    }

    private static URI syntax(String url) {
        URI uri;
        try {
            uri = new URI(url.trim());
        } catch (URISyntaxException e) {
            throw refused(url, "it is not a URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) throw refused(url, "only http and https URLs are allowed");
        if (uri.getHost() == null || uri.getHost().isBlank()) throw refused(url, "it has no host");
        if (uri.getUserInfo() != null) throw refused(url, "user names and passwords in the URL are not allowed; use the signing secret");
        return uri;
    }

    /**
     * True unless the URL's host resolves only to public addresses: an internal address, a host that
     * does not resolve, or no host at all count as internal (so a caller can ask an administrator's word).
     */
    public static boolean mayReachInternal(String url) {
        try {
            String host = new URI(url.trim()).getHost();
            if (host == null || host.isBlank()) return true;
            for (InetAddress address : InetAddress.getAllByName(host)) {
                if (isInternal(address)) return true;
            }
            return false;
        } catch (URISyntaxException | UnknownHostException e) {
            return true;
        }
    }

    static boolean isInternal(InetAddress a) {
        if (a.isLoopbackAddress() || a.isSiteLocalAddress() || a.isLinkLocalAddress() || a.isAnyLocalAddress() || a.isMulticastAddress()) return true;
        byte[] b = a.getAddress();
        if (a instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            return first == 0 || (first == 100 && second >= 64 && second < 128) || (first == 192 && second == 0 && (b[2] & 0xff) == 0)
                    || (first == 198 && (second == 18 || second == 19)) || first >= 240;
        }
        if (a instanceof Inet6Address) {
            if ((b[0] & 0xfe) == 0xfc) return true; // fc00::/7 unique local
            boolean mapped = true; // ::ffff:a.b.c.d carries an IPv4 address
            for (int i = 0; i < 10; i++) mapped &= b[i] == 0;
            if (mapped && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
                try {
                    return isInternal(InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]}));
                } catch (java.net.UnknownHostException e) {
                    return true;
                }
            }
        }
        return false;
    }

    private static InvalidWatchlist refused(String url, String why) {
        return new InvalidWatchlist(List.of("Webhook URL '" + url + "' is refused: " + why));
    }
}
