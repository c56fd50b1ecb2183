package org.vigil.review;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.vigil.extract.Certainty;
import org.vigil.extract.IncidentMention;
import org.vigil.extract.IncidentStatus;
import org.vigil.extract.IncidentType;
import org.vigil.ingest.Article;
import org.vigil.nlp.PartialDate;
import org.vigil.nlp.Span;
import org.vigil.store.SqliteIncidentStore;

/** A real SQLite database with one article about the Crocus attack (139 killed) and accounts of every role. */
final class ReviewFixture implements AutoCloseable {
    static final String TEXT = "Gunmen attacked a concert hall near Moscow on Friday, killing 139 people.\n\n"
            + "Islamic State claimed the attack. A second blast hit a bus in Kazan.";
    static final String PASSWORD = "correct horse battery";

    final SqliteIncidentStore incidents;
    final SqliteReviewStore store;
    final Review review;
    final Account admin;
    final Account analyst;
    final Account other;
    final Account reader;

    ReviewFixture(Path folder) {
        Path db = folder.resolve("vigil.db");
        incidents = SqliteIncidentStore.open(db);
        incidents.save(article(TEXT), List.of(mention(TEXT)));
        store = SqliteReviewStore.open(db);
        review = Review.over(store, incidents, new PasswordHasher(1024, 1, 1), java.time.Clock.systemUTC());
        admin = review.accounts().add(Optional.empty(), "root", Role.ADMIN, PASSWORD);
        analyst = review.accounts().add(Optional.empty(), "alice", Role.ANALYST, PASSWORD);
        other = review.accounts().add(Optional.empty(), "bob", Role.ANALYST, PASSWORD);
        reader = review.accounts().add(Optional.empty(), "rita", Role.READER, PASSWORD);
    }

    long incidentId() {
        return incidents.mentionsOfArticle("crocus").get(0).incidentId();
    }

    static Article article(String text) {
        return new Article("crocus", Optional.of("https://news.example/crocus"), "Crocus City Hall attack", LocalDate.of(2024, 3, 23), "en",
                text, Article.paragraphsOf(text), "Example News");
    }

    /** The attack as extracted: its evidence is the first sentence, wherever that now starts. */
    static IncidentMention mention(String text) {
        String sentence = "Gunmen attacked a concert hall near Moscow on Friday, killing 139 people.";
        int start = text.indexOf(sentence);
        return new IncidentMention("crocus", IncidentType.ARMED_ASSAULT, IncidentStatus.COMPLETED, Optional.of(PartialDate.ofDay(LocalDate.of(2024, 3, 22))),
                Optional.of("Moscow"), Optional.of("RU"), Optional.of(new IncidentMention.Coordinates(55.75, 37.62)), Optional.of("Islamic State"),
                OptionalInt.of(139), OptionalInt.empty(), Optional.of(true), Certainty.STATED, new Span(start, start + sentence.length()), sentence, 0.9);
    }

    @Override
    public void close() {
        store.close();
        incidents.close();
    }
}
