/**
 * Outbound HTTP to addresses checked once: where Vigil itself connects out, to fetch pages and feeds
 * ({@code ingest.PageFetcher}) and to post webhooks ({@code alert.WebhookNotifier}). A URL's host is
 * resolved once ({@link org.vigil.outbound.Resolver}) into a {@link org.vigil.outbound.PinnedTarget}, its
 * addresses are checked against {@link org.vigil.outbound.InternalAddress} (loopback, private, link-local
 * and other non-public ranges), and {@link org.vigil.outbound.PinnedHttp} connects to exactly those
 * addresses while the request still names the host (Host header, TLS server name, certificate check).
 * Java 17's own HTTP client would resolve the name a second time when it connects, so a name could
 * answer a public address to the check and 127.0.0.1 to the connection (DNS rebinding).
 */
package org.vigil.outbound;
