package org.vigil.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/** One person talking to a test server's JSON API: keeps their session cookie and sends their CSRF token on writes. */
final class ReviewClient {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String base;
    private final HttpClient http;
    private String csrf = "";

    ReviewClient(String base) {
        this.base = base;
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager()).connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** A client logged in as {@code name}. */
    static ReviewClient loggedIn(String base, String name, String password) {
        ReviewClient client = new ReviewClient(base);
        HttpResponse<String> r = client.send("POST", "/api/login", Map.of("name", name, "password", password));
        if (r.statusCode() != 200) throw new IllegalStateException("Login of " + name + " failed: " + r.body());
        client.csrf = json(r).path("csrf").asText();
        return client;
    }

    HttpResponse<String> get(String path) {
        return exchange(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    /** A write with the session's CSRF token in its header. */
    HttpResponse<String> send(String method, String path, Map<String, ?> body) {
        return sendWithToken(method, path, body, csrf);
    }

    HttpResponse<String> sendWithToken(String method, String path, Map<String, ?> body, String token) {
        try {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
            if (!token.isEmpty()) b.header("X-CSRF-Token", token);
            return exchange(b);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<String> exchange(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException("Not JSON: " + response.body(), e);
        }
    }
}
