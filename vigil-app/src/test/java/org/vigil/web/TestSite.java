package org.vigil.web;

import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.vigil.alert.AlertSettings;
import org.vigil.cli.Components;
import org.vigil.extract.Certainty;
import org.vigil.extract.IncidentMention;
import org.vigil.extract.IncidentStatus;
import org.vigil.extract.IncidentType;
import org.vigil.ingest.Article;
import org.vigil.nlp.PartialDate;
import org.vigil.nlp.Span;
import org.vigil.store.SqliteIncidentStore;

/**
 * A real Vigil server for the web tests: a SQLite store in a temporary folder with three hand-built
 * articles, served by {@link Routes#create} on a free port, and an HTTP client to ask it.
 */
final class TestSite implements AutoCloseable {
    static final String KABUL = "A suicide bomber struck a wedding hall in Kabul on Friday, killing 9 people. "
            + "The Taliban denied involvement.\n\nPolice said 20 people were injured.";
    static final String PARIS = "Gunmen attacked a concert hall in Paris on 13 November 2015, killing 89 people.\n\n"
            + "Islamic State claimed the attack. <script>alert('x')</script> was posted on a forum.";
    static final String MADRID = "Spanish police arrested two men in Madrid over a plot to bomb trains.";

    private static Components components;

    final SqliteIncidentStore store;
    final Javalin app;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    TestSite(Path folder) {
        this(folder, AlertSettings.defaults());
    }

    /** A site whose alerts run with {@code alertSettings} rather than this machine's. */
    TestSite(Path folder, AlertSettings alertSettings) {
        store = SqliteIncidentStore.open(folder.resolve("vigil.db"));
        save(article("kabul", "Wedding hall bombing in Kabul", LocalDate.of(2024, 3, 9), KABUL),
                mention("kabul", IncidentType.BOMBING, KABUL, "A suicide bomber", "Kabul", "AF", 34.5281, 69.1723,
                        "Taliban", 9, 20, PartialDate.ofDay(LocalDate.of(2024, 3, 8)), Certainty.DENIED));
        save(article("paris", "Paris attacks <b>live</b>", LocalDate.of(2015, 11, 14), PARIS),
                mention("paris", IncidentType.ARMED_ASSAULT, PARIS, "Gunmen attacked", "Paris", "FR", 48.8534, 2.3488,
                        "Islamic State", 89, -1, PartialDate.ofDay(LocalDate.of(2015, 11, 13)), Certainty.STATED));
        save(article("madrid", "Arrests in Madrid", LocalDate.of(2016, 4, 2), MADRID),
                mention("madrid", IncidentType.ARREST, MADRID, "Spanish police", "Madrid", "ES", 40.4165, -3.7026,
                        null, -1, -1, PartialDate.ofMonth(2016, 4), Certainty.REPORTED));
        app = Routes.create(store, components().gazetteer(), components().actors(), components().annotator(), alertSettings).start("127.0.0.1", 0);
    }

    static synchronized Components components() {
        if (components == null) components = new Components(List.of());
        return components;
    }

    String base() {
        return "http://127.0.0.1:" + app.port();
    }

    HttpResponse<String> get(String path) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(base() + path)).timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("GET " + path + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted during GET " + path, e);
        }
    }

    /** The id of the incident stated by the one mention of the article. */
    long incidentOf(String articleId) {
        return store.mentionsOfArticle(articleId).get(0).incidentId();
    }

    private void save(Article article, IncidentMention mention) {
        store.save(article, List.of(mention));
    }

    private static Article article(String id, String title, LocalDate published, String text) {
        return new Article(id, Optional.of("https://news.example/" + id), title, published, "en", text, Article.paragraphsOf(text), "Example News");
    }

    /** A mention whose evidence is the first sentence of the text, which must start with {@code opening}. */
    private static IncidentMention mention(String articleId, IncidentType type, String text, String opening, String place, String country,
                                           double lat, double lon, String group, int killed, int injured, PartialDate date, Certainty certainty) {
        if (!text.startsWith(opening)) throw new IllegalArgumentException("Text of " + articleId + " does not start with " + opening);
        int end = text.indexOf('.') + 1;
        return new IncidentMention(articleId, type, IncidentStatus.COMPLETED, Optional.of(date), Optional.of(place), Optional.of(country),
                Optional.of(new IncidentMention.Coordinates(lat, lon)), Optional.ofNullable(group),
                killed < 0 ? OptionalInt.empty() : OptionalInt.of(killed), injured < 0 ? OptionalInt.empty() : OptionalInt.of(injured),
                Optional.empty(), certainty, new Span(0, end), text.substring(0, end), 0.8);
    }

    @Override
    public void close() {
        app.stop();
        store.close();
    }
}
