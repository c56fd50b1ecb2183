package org.vigil.alert;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real HTTP webhook receiver on loopback for the tests: it checks each request's HMAC signature,
 * keeps every request it got, and counts each idempotency key once, as a careful receiver would.
 */
final class WebhookReceiver implements AutoCloseable {
    static final String SECRET = "s3cret-key-for-tests";

    record Received(String idempotencyKey, String signature, String body, boolean signatureValid, long receivedNanos, String host) { }

    private final HttpServer server;
    private final List<Received> requests = new ArrayList<>();
    private final Set<String> accepted = new LinkedHashSet<>();
    private final AtomicInteger failuresLeft = new AtomicInteger();
    private volatile int failWith = 503;

    WebhookReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        server.createContext("/hook", exchange -> {
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            String key = exchange.getRequestHeaders().getFirst(WebhookNotifier.IDEMPOTENCY_HEADER);
            String signature = exchange.getRequestHeaders().getFirst(WebhookNotifier.SIGNATURE_HEADER);
            boolean valid = ("sha256=" + WebhookNotifier.sign(SECRET, body)).equals(signature);
            int status;
            synchronized (this) {
                requests.add(new Received(key, signature, new String(body, StandardCharsets.UTF_8), valid, System.nanoTime(),
                        exchange.getRequestHeaders().getFirst("Host")));
                if (!valid) {
                    status = 401;
                } else if (failuresLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                    status = failWith;
                } else {
                    accepted.add(key);
                    status = 204;
                }
                notifyAll();
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        // A page that moved: a webhook must not follow it, wherever it points.
        server.createContext("/moved", exchange -> {
            exchange.getRequestBody().readAllBytes();
            exchange.getResponseHeaders().add("Location", url());
            exchange.sendResponseHeaders(307, -1);
            exchange.close();
        });
        server.start();
    }

    int port() {
        return server.getAddress().getPort();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    /** The next {@code n} valid requests get {@code status}. */
    void failNext(int n, int status) {
        failWith = status;
        failuresLeft.set(n);
    }

    synchronized List<Received> requests() {
        return List.copyOf(requests);
    }

    /** Idempotency keys accepted, each once however often it was sent. */
    synchronized List<String> accepted() {
        return List.copyOf(accepted);
    }

    /** Waits up to {@code millis} until {@code n} distinct keys were accepted. */
    synchronized boolean awaitAccepted(int n, long millis) throws InterruptedException {
        long end = System.currentTimeMillis() + millis;
        while (accepted.size() < n) {
            long left = end - System.currentTimeMillis();
            if (left <= 0) return false;
            wait(left);
        }
        return true;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
