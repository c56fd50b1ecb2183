package org.vigil.alert;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.vigil.outbound.InternalAddress;
import org.vigil.outbound.PinnedTarget;
import org.vigil.outbound.Resolver;

/**
 * Decides whether a webhook URL may be called: http or https only, and, unless an administrator allowed
 * it, never a host that resolves to an internal address ({@link InternalAddress}: loopback, private,
 * link-local, carrier-grade NAT, unique-local, unspecified, reserved), so a user cannot make Vigil call
 * services inside its own network. The host is resolved once per decision, and {@link #target} returns the
 * addresses it approved: a connection must use those, never resolve the name again (a name can answer a
 * public address now and 127.0.0.1 later).
 */
public final class WebhookPolicy {
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
    public PinnedTarget target(String url) throws UnknownHostException {
        PinnedTarget target = PinnedTarget.resolve(syntax(url), resolver);
        Optional<InetAddress> internal = allowPrivate ? Optional.empty() : target.firstInternal();
        if (internal.isPresent()) {
            throw refused(url, "its host resolves to the internal address " + internal.get().getHostAddress()
                    + "; an administrator can allow such targets with webhook.allowPrivate=true");
        }
        return target;
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
            URI uri = new URI(url.trim());
            if (uri.getHost() == null || uri.getHost().isBlank()) return true;
            return PinnedTarget.resolve(uri, Resolver.SYSTEM).firstInternal().isPresent();
        } catch (URISyntaxException | UnknownHostException e) {
            return true;
        }
    }

    private static InvalidWatchlist refused(String url, String why) {
        return new InvalidWatchlist(List.of("Webhook URL '" + url + "' is refused: " + why));
    }
}
