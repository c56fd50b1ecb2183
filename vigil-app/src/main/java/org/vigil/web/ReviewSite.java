package org.vigil.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import org.vigil.resolve.Gazetteer;
import org.vigil.resolve.PlaceLookup;
import org.vigil.review.Account;
import org.vigil.review.PasswordHasher;
import org.vigil.review.Refusal;
import org.vigil.review.Review;
import org.vigil.review.Session;
import org.vigil.review.SqliteReviewStore;
import org.vigil.store.IncidentStore;
import org.vigil.store.SqliteIncidentStore;

/**
 * The review features' hold on each request: which session its cookie names, whether a write carries
 * the session's CSRF token and stays within the rate limits, what it sent (form or JSON), and how to
 * answer (a redirect for a form, JSON for the API).
 */
final class ReviewSite {
    static final String SESSION_COOKIE = "vigil_session";
    static final String LOGIN_COOKIE = "vigil_login";
    static final String CSRF_FIELD = "csrf";
    static final String CSRF_HEADER = "X-CSRF-Token";
    private static final String SESSION_ATTRIBUTE = "vigil.session";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Review review;
    private final IncidentStore extracted;
    private final IncidentStore corrected;
    private final ReviewSettings settings;
    private final RateLimiter limiter;

    ReviewSite(Review review, IncidentStore extracted, ReviewSettings settings, Clock clock) {
        this.review = review;
        this.extracted = extracted;
        this.corrected = review.corrected(extracted);
        this.settings = settings;
        this.limiter = new RateLimiter(clock);
    }

    /** Review over the SQLite file of {@code store}, with settings from the environment; corrected places are located in {@code gazetteer}. */
    static ReviewSite over(IncidentStore store, Gazetteer gazetteer) {
        if (!(store instanceof SqliteIncidentStore sqlite)) {
            throw new IllegalArgumentException("Review keeps its rows beside the incidents in SQLite; got a " + store.getClass().getSimpleName());
        }
        Review review = Review.over(SqliteReviewStore.open(sqlite.file()), store, new PasswordHasher(), Clock.systemUTC(),
                PlaceLookup.of(gazetteer::best, gazetteer::lookup));
        return new ReviewSite(review, store, ReviewSettings.from(System.getenv()), Clock.systemUTC());
    }

    Review review() {
        return review;
    }

    /** The incident store with corrections laid over it: what every page and the API show. */
    IncidentStore corrected() {
        return corrected;
    }

    IncidentStore extracted() {
        return extracted;
    }

    void close() {
        review.store().close();
    }

    /**
     * Before every request: finds the session its cookie names, if any and still live, and puts its
     * account's name in the request attribute {@value Owner#ATTRIBUTE} that the alert routes read.
     */
    void attach(Context ctx) {
        String token = ctx.cookie(SESSION_COOKIE);
        Optional<Session> session = token == null ? Optional.empty() : review.accounts().session(token);
        ctx.attribute(SESSION_ATTRIBUTE, session);
        session.ifPresent(s -> ctx.attribute(Owner.ATTRIBUTE, s.account().name()));
    }

    Optional<Session> session(Context ctx) {
        Optional<Session> session = ctx.attribute(SESSION_ATTRIBUTE);
        return session == null ? Optional.empty() : session;
    }

    Optional<Account> viewer(Context ctx) {
        return session(ctx).map(Session::account);
    }

    /**
     * Checks a write before it runs: with a session it must carry the session's CSRF token (form field
     * {@code csrf} or header {@code X-CSRF-Token}); the account and the address must be within their
     * limits. Without a session the write goes on, and the action refuses it for want of a login.
     */
    Map<String, String> write(Context ctx) {
        Map<String, String> input = input(ctx);
        Optional<Session> session = session(ctx);
        if (session.isPresent()) {
            String sent = Optional.ofNullable(ctx.header(CSRF_HEADER)).orElse(input.getOrDefault(CSRF_FIELD, ""));
            if (!same(sent, session.get().csrf())) {
                throw new Refusal.NotAllowed("This request lacks the page's security token (CSRF): reload the page and try again", false);
            }
            limit("account:" + session.get().account().id(), settings.writesPerAccount(), "Account " + session.get().account().name());
        }
        limit("address:" + ctx.ip(), settings.writesPerAddress(), "Address " + ctx.ip());
        return input;
    }

    /** Checks a login attempt: its address must be within its limit, and a form must echo the login cookie. */
    Map<String, String> login(Context ctx) {
        Map<String, String> input = input(ctx);
        limit("login:" + ctx.ip(), settings.loginsPerAddress(), "Address " + ctx.ip());
        if (!isJson(ctx) && !same(input.getOrDefault(CSRF_FIELD, ""), Optional.ofNullable(ctx.cookie(LOGIN_COOKIE)).orElse(""))) {
            throw new Refusal.NotAllowed("This login form lacks its security token (CSRF): open the login page again", false);
        }
        return input;
    }

    /** Sets the session cookie: HttpOnly, SameSite=Strict, and Secure over HTTPS or when configured. */
    void setSessionCookie(Context ctx, Session session) {
        ctx.cookie(cookie(ctx, SESSION_COOKIE, session.token(), (int) Duration.between(java.time.Instant.now(), session.expires()).getSeconds()));
    }

    void clearSessionCookie(Context ctx) {
        ctx.cookie(cookie(ctx, SESSION_COOKIE, "", 0));
    }

    /** A fresh token for the login form, set as a cookie it must echo (the double-submit pattern). */
    String loginToken(Context ctx) {
        String token = review.accounts().randomToken();
        ctx.cookie(cookie(ctx, LOGIN_COOKIE, token, 3600));
        return token;
    }

    /** Answers a write: JSON for the API, else a redirect to {@code next} (a path on this site) or {@code fallback}. */
    void done(Context ctx, Map<String, String> input, String fallback, Object json) {
        if (isApi(ctx)) {
            ctx.json(json);
            return;
        }
        String next = input.getOrDefault("next", "");
        boolean local = next.startsWith("/") && !next.startsWith("//") && !next.startsWith("/\\");
        ctx.redirect(local ? next : fallback, io.javalin.http.HttpStatus.SEE_OTHER);
    }

    static boolean isApi(Context ctx) {
        return ctx.path().startsWith("/api/");
    }

    /** The form fields, or the top-level fields of a JSON object body, as text. */
    static Map<String, String> input(Context ctx) {
        Map<String, String> input = new HashMap<>();
        if (isJson(ctx)) {
            String body = ctx.body();
            if (body.isBlank()) return input;
            JsonNode node;
            try {
                node = JSON.readTree(body);
            } catch (java.io.IOException e) {
                throw new Refusal.BadInput("The request body is not valid JSON: " + e.getMessage().lines().findFirst().orElse(""));
            }
            if (node == null || !node.isObject()) throw new Refusal.BadInput("The request body must be a JSON object");
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (!e.getValue().isNull()) input.put(e.getKey(), e.getValue().isValueNode() ? e.getValue().asText() : e.getValue().toString());
            }
        } else {
            ctx.formParamMap().forEach((k, v) -> {
                if (!v.isEmpty()) input.put(k, v.get(0));
            });
        }
        return input;
    }

    private static boolean isJson(Context ctx) {
        String type = ctx.contentType();
        return type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("application/json");
    }

    private Cookie cookie(Context ctx, String name, String value, int maxAge) {
        Cookie cookie = new Cookie(name, value);
        cookie.setPath("/");
        cookie.setMaxAge(maxAge);
        cookie.setHttpOnly(true);
        cookie.setSameSite(SameSite.STRICT);
        cookie.setSecure(settings.alwaysSecure() || "https".equalsIgnoreCase(ctx.scheme())
                || "https".equalsIgnoreCase(Optional.ofNullable(ctx.header("X-Forwarded-Proto")).orElse("")));
        return cookie;
    }

    private void limit(String key, int limit, String who) {
        if (!limiter.allow(key, limit)) {
            throw new TooManyWrites(who + " made more than " + limit + " requests of this kind in a minute; try again in "
                    + limiter.retryAfterSeconds(key) + " seconds", limiter.retryAfterSeconds(key));
        }
    }

    private static boolean same(String a, String b) {
        return !a.isEmpty() && MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}
