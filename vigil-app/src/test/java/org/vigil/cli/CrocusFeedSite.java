package org.vigil.cli;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A news site on loopback for feed tests: an RSS feed at {@code /rss} with two reports of the Crocus
 * City Hall attack, the toll rising from 40 to 115, at {@code /a1} and {@code /a2}.
 */
final class CrocusFeedSite implements AutoCloseable {
    private static final Map<String, String> PAGES = Map.of(
            "/a1", page("Gunmen attack concert hall near Moscow", "2024-03-22",
                    "Gunmen in combat fatigues opened fire on concertgoers at Crocus City Hall in Krasnogorsk on Friday evening, "
                            + "killing at least 40 people, officials said."),
            "/a2", page("Concert hall attack toll rises", "2024-03-23",
                    "The number of people killed in the shooting at Crocus City Hall in Krasnogorsk rose to 115 on Saturday, officials said. "
                            + "Gunmen had opened fire on concertgoers on Friday evening, killing at least 115 people."));

    private final HttpServer server;
    private final AtomicInteger feedRequests = new AtomicInteger();

    private CrocusFeedSite(HttpServer server) {
        this.server = server;
    }

    static CrocusFeedSite start() throws IOException {
        CrocusFeedSite site = new CrocusFeedSite(HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0));
        site.server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            String body;
            String type;
            if (path.equals("/rss")) {
                site.feedRequests.incrementAndGet();
                body = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Wire</title><link>x</link><description>d</description>"
                        + "<item><title>A1</title><link>" + site.url("/a1") + "</link></item>"
                        + "<item><title>A2</title><link>" + site.url("/a2") + "</link></item></channel></rss>";
                type = "application/rss+xml";
            } else {
                body = PAGES.get(path);
                type = "text/html; charset=utf-8";
            }
            byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", type);
            exchange.sendResponseHeaders(body == null ? 404 : 200, bytes.length == 0 ? -1 : bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        site.server.start();
        return site;
    }

    private static String page(String title, String date, String body) {
        return "<html><head><title>" + title + "</title><meta property=\"article:published_time\" content=\"" + date + "T12:00:00Z\"></head>"
                + "<body><article><h1>" + title + "</h1><p>" + body + "</p></article></body></html>";
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** How many times the feed itself was fetched. */
    int feedRequests() {
        return feedRequests.get();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
