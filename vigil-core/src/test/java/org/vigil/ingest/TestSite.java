package org.vigil.ingest;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/** A real HTTP server on a loopback port for fetcher and feed tests: pages are registered by path, every request is logged. */
final class TestSite implements AutoCloseable {

    /** What the server does for one path. */
    interface Handler {
        void handle(HttpExchange exchange) throws IOException;
    }

    /** One request as the server saw it. */
    record Request(String path, Map<String, List<String>> headers, long nanos) {
        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .flatMap(e -> e.getValue().stream()).findFirst().orElse(null);
        }
    }

    private final HttpServer server;
    private final Map<String, Handler> handlers = new ConcurrentHashMap<>();
    final List<Request> requests = new CopyOnWriteArrayList<>();

    TestSite() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getRawPath();
            if (exchange.getRequestURI().getRawQuery() != null) path += "?" + exchange.getRequestURI().getRawQuery();
            requests.add(new Request(path, Map.copyOf(exchange.getRequestHeaders()), System.nanoTime()));
            Handler handler = handlers.get(exchange.getRequestURI().getRawPath());
            try {
                if (handler == null) send(exchange, 404, "text/plain", "not found");
                else handler.handle(exchange);
            } catch (IOException e) {
                // The client hung up (size cap, time-out): nothing to answer.
            } finally {
                exchange.close();
            }
        });
        server.start();
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    int port() {
        return server.getAddress().getPort();
    }

    TestSite on(String path, Handler handler) {
        handlers.put(path, handler);
        return this;
    }

    TestSite page(String path, String contentType, String body) {
        return on(path, e -> send(e, 200, contentType, body));
    }

    List<Request> requestsFor(String path) {
        return requests.stream().filter(r -> r.path().equals(path)).toList();
    }

    static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        send(exchange, status, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    static void redirect(HttpExchange exchange, String location) throws IOException {
        exchange.getResponseHeaders().set("Location", location);
        exchange.sendResponseHeaders(302, -1);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
