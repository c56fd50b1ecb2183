package org.vigil.alert;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.net.ssl.SSLSocketFactory;
import org.vigil.outbound.PinnedHttp;
import org.vigil.outbound.PinnedTarget;

/**
 * Delivers notifications as JSON POSTs. Each request carries {@code X-Vigil-Signature: sha256=<hex>},
 * the HMAC-SHA256 of the exact body under the target's secret, and {@code Idempotency-Key}, the same on
 * every attempt of one delivery, so a receiver can drop repeats. Any 2xx answer is a delivery; 408, 429
 * and 5xx are retried; redirects are not followed; other answers and refused addresses are permanent
 * failures. The connection goes to the address {@link WebhookPolicy} checked, never to a second lookup.
 */
public final class WebhookNotifier implements Notifier {
    public static final String SIGNATURE_HEADER = "X-Vigil-Signature";
    public static final String IDEMPOTENCY_HEADER = "Idempotency-Key";

    private final WebhookPolicy policy;
    private final PinnedHttp http;
    private final PinnedHttp.Limits limits;

    /** Posts that may take {@code timeout} to connect and {@code timeout} in all. */
    public WebhookNotifier(WebhookPolicy policy, Duration timeout) {
        this(policy, timeout, Optional.empty());
    }

    /** As {@link #WebhookNotifier(WebhookPolicy, Duration)}, trusting the certificates {@code tls} trusts instead of the JDK's. */
    public WebhookNotifier(WebhookPolicy policy, Duration timeout, SSLSocketFactory tls) {
        this(policy, timeout, Optional.of(tls));
    }

    private WebhookNotifier(WebhookPolicy policy, Duration timeout, Optional<SSLSocketFactory> tls) {
        this.policy = policy;
        this.http = new PinnedHttp(tls);
        this.limits = new PinnedHttp.Limits(timeout, timeout, 0);
    }

    @Override
    public void send(Outgoing outgoing) throws DeliveryFailure {
        String url = outgoing.target().address();
        PinnedTarget target;
        try {
            target = policy.target(url);
        } catch (InvalidWatchlist e) {
            throw new DeliveryFailure(e.getMessage(), true, e);
        } catch (UnknownHostException e) {
            throw new DeliveryFailure("POST " + url + " failed: its host does not resolve now", false, e);
        }
        byte[] body = body(outgoing).getBytes(StandardCharsets.UTF_8);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/json; charset=utf-8");
        headers.put("User-Agent", "Vigil-Webhook/1");
        headers.put(IDEMPOTENCY_HEADER, outgoing.idempotencyKey());
        headers.put(SIGNATURE_HEADER, "sha256=" + sign(outgoing.target().secret().orElseThrow(), body));
        PinnedHttp.Response answer;
        try {
            answer = http.post(target, headers, body, limits);
        } catch (IOException e) {
            throw new DeliveryFailure("POST " + url + " failed: " + e, false, e);
        }
        int status = answer.status();
        if (status >= 200 && status < 300) return;
        if (status >= 300 && status < 400) {
            throw new DeliveryFailure("POST " + url + " answered HTTP " + status + answer.header("location").map(l -> " to " + l).orElse("")
                    + "; redirects are not followed: give the webhook its final URL", true, null);
        }
        boolean retry = status == 408 || status == 429 || status >= 500;
        throw new DeliveryFailure("POST " + url + " answered HTTP " + status, !retry, null);
    }

    /** HMAC-SHA256 of {@code body} under {@code secret}, lower-case hex. */
    public static String sign(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is not available in this Java runtime", e);
        }
    }

    /** {"idempotencyKey": ..., "notifications": [{"id", "kind", "title", "body", "changes", "watchlists", "incidentId", "articleId", "createdAt"}]} */
    static String body(Outgoing outgoing) {
        ObjectNode json = CriteriaJson.MAPPER.createObjectNode();
        json.put("idempotencyKey", outgoing.idempotencyKey());
        json.put("owner", outgoing.target().owner());
        ArrayNode list = json.putArray("notifications");
        for (Notification n : outgoing.notifications()) {
            ObjectNode item = list.addObject();
            item.put("id", n.id());
            item.put("kind", n.kind().code());
            item.put("title", n.title());
            item.put("body", n.body());
            n.changes().forEach(item.putArray("changes")::add);
            n.watchlists().forEach(item.putArray("watchlists")::add);
            if (n.incidentId().isPresent()) item.put("incidentId", n.incidentId().getAsLong());
            n.articleId().ifPresent(a -> item.put("articleId", a));
            item.put("createdAt", n.createdAt().toString());
        }
        return json.toString();
    }
}
