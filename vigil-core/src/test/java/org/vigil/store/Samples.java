package org.vigil.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalInt;
import org.vigil.extract.Certainty;
import org.vigil.extract.IncidentMention;
import org.vigil.extract.IncidentStatus;
import org.vigil.extract.IncidentType;
import org.vigil.ingest.Article;
import org.vigil.nlp.PartialDate;
import org.vigil.nlp.Span;

/** Hand-built articles and mentions for the store tests, and a look at the raw tables. */
final class Samples {
    static final String TEXT = "Gunmen attacked a concert hall near Moscow on Friday.\n\nAt least 139 people were killed.";

    /** Another story: stored next to {@link #TEXT} it is a second article, not a copy. */
    static final String OTHER_TEXT = "Police in Lyon arrested two men suspected of planning an attack on a stadium.";

    private Samples() {
    }

    /** The n-th of many texts that share no three words in a row, so none is taken for a copy of another. */
    static String distinctText(int n) {
        String[] words = {"police", "reported", "a", "blast", "near", "the", "market", "on", "Monday", "and", "officials",
                "closed", "roads", "while", "medics", "treated", "wounded", "residents", "at", "hospitals"};
        StringBuilder text = new StringBuilder("Story " + n + ":");
        for (int i = 0; i < words.length; i++) text.append(' ').append(words[(i * (n + 2)) % words.length]).append(n);
        return text.toString();
    }

    static Article article(String id, String text) {
        return new Article(id, Optional.of("https://news.example/" + id), "Headline of " + id, LocalDate.of(2024, 3, 26), "en",
                text, Article.paragraphsOf(text), "Example News");
    }

    /** A mention with only the required fields set, whose evidence is the article's first sentence. */
    static IncidentMention bare(String articleId, IncidentType type) {
        return new IncidentMention(articleId, type, IncidentStatus.COMPLETED, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), OptionalInt.empty(), OptionalInt.empty(), Optional.empty(), Certainty.STATED,
                new Span(0, 6), TEXT.substring(0, 6), 0.5);
    }

    static IncidentMention dated(String articleId, PartialDate date) {
        IncidentMention m = bare(articleId, IncidentType.BOMBING);
        return new IncidentMention(m.articleId(), m.type(), m.status(), Optional.of(date), m.place(), m.country(), m.coordinates(),
                m.perpetrator(), m.killed(), m.injured(), m.claimed(), m.certainty(), m.evidence(), m.evidenceText(), m.confidence());
    }

    static IncidentMention full(String articleId) {
        return new IncidentMention(articleId, IncidentType.ARMED_ASSAULT, IncidentStatus.ATTEMPTED,
                Optional.of(PartialDate.ofDay(LocalDate.of(2024, 3, 22))), Optional.of("Krasnogorsk"), Optional.of("RU"),
                Optional.of(new IncidentMention.Coordinates(55.8236, 37.3257)), Optional.of("Islamic State Khorasan Province"),
                OptionalInt.of(139), OptionalInt.of(0), Optional.of(false), Certainty.ALLEGED,
                new Span(55, 87), TEXT.substring(55, 87), 0.875);
    }

    static IncidentMention with(IncidentMention m, String country, String perpetrator) {
        return new IncidentMention(m.articleId(), m.type(), m.status(), m.date(), m.place(), Optional.of(country), m.coordinates(),
                Optional.of(perpetrator), m.killed(), m.injured(), m.claimed(), m.certainty(), m.evidence(), m.evidenceText(), m.confidence());
    }

    static IncidentMention killed(IncidentMention m, int killed) {
        return new IncidentMention(m.articleId(), m.type(), m.status(), m.date(), m.place(), m.country(), m.coordinates(),
                m.perpetrator(), OptionalInt.of(killed), m.injured(), m.claimed(), m.certainty(), m.evidence(), m.evidenceText(), m.confidence());
    }

    /** The single value a query gives, read through a connection of its own. */
    static String scalar(Path db, String sql) {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + db);
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            return rows.next() ? rows.getString(1) : null;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    static int count(Path db, String table) {
        return Integer.parseInt(scalar(db, "SELECT COUNT(*) FROM " + table));
    }

    /** A clock that moves one minute on after every reading, so any rewritten timestamp shows. */
    static final class SteppingClock extends Clock {
        private Instant now = Instant.parse("2024-03-26T10:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public synchronized Instant instant() {
            Instant reading = now;
            now = now.plusSeconds(60);
            return reading;
        }
    }
}
