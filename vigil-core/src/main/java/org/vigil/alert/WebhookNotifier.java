package org.vigil.alert;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Delivers notifications as JSON POSTs. Each request carries {@code X-Vigil-Signature: sha256=<hex>},
 * the HMAC-SHA256 of the exact body under the target's secret, and {@code Idempotency-Key}, the same on
 * every attempt of one delivery, so a receiver can drop repeats. Any 2xx answer is a delivery; 408, 429
 * and 5xx are retried; other answers and refused addresses are permanent failures.
 */
public final class WebhookNotifier implements Notifier {
    public static final String SIGNATURE_HEADER = "X-Vigil-Signature";
    public static final String IDEMPOTENCY_HEADER = "Idempotency-Key";

    private final HttpClient http;
    private final WebhookPolicy policy;
    private final Duration timeout;

    public WebhookNotifier(WebhookPolicy policy, Duration timeout) {
        this.policy = policy;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Override
    public void send(Outgoing outgoing) throws DeliveryFailure {
        String url = outgoing.target().address();
        URI uri;
        try {
            uri = policy.check(url);
        } catch (InvalidWatchlist e) {
            throw new DeliveryFailure(e.getMessage(), true, e);
        }
        byte[] body = body(outgoing).getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(timeout)
                .header("Content-Type", "application/json; charset=utf-8")
                .header("User-Agent", "Vigil-Webhook/1")
                .header(IDEMPOTENCY_HEADER, outgoing.idempotencyKey())
                .header(SIGNATURE_HEADER, "sha256=" + sign(outgoing.target().secret().orElseThrow(), body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        HttpResponse<Void> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.discarding());
        } catch (IOException e) {
            throw new DeliveryFailure("POST " + url + " failed: " + e, false, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeliveryFailure("POST " + url + " was interrupted", false, e);
        }
        int status = response.statusCode();
        if (status >= 200 && status < 300) return;
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
