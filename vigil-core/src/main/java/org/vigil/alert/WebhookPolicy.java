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
 * unspecified address (so a user cannot make Vigil call services inside its own network).
 */
public final class WebhookPolicy {
    private final boolean allowPrivate;

    public WebhookPolicy(boolean allowPrivate) {
        this.allowPrivate = allowPrivate;
    }

    /**
     * The URL, checked and resolved now.
     *
     * @throws InvalidWatchlist naming the URL and why it is refused
     */
    public URI check(String url) {
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
        if (allowPrivate) return uri;
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(uri.getHost());
        } catch (UnknownHostException e) {
            throw refused(url, "its host " + uri.getHost() + " does not resolve");
        }
        for (InetAddress address : addresses) {
            if (isInternal(address)) {
                throw refused(url, "its host resolves to the internal address " + address.getHostAddress()
                        + "; an administrator can allow such targets with webhook.allowPrivate=true");
            }
        }
        return uri;
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
