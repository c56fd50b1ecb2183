package org.vigil.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.extract.Certainty;
import org.vigil.extract.IncidentMention;
import org.vigil.extract.IncidentStatus;
import org.vigil.extract.IncidentType;
import org.vigil.ingest.Article;
import org.vigil.nlp.PartialDate;
import org.vigil.nlp.Span;
import org.vigil.store.IncidentStats.MapCell;
import org.vigil.store.IncidentStats.MonthCount;
import org.vigil.store.IncidentStats.NameCount;

/**
 * Searches and stats over {@link IncidentColumns} in memory give exactly what plain SQL over the
 * incident table gives: the same incidents in the same order, the same totals and the same counts,
 * for many random searches over a store with missing values of every kind.
 */
class IncidentColumnsTest {
    @TempDir
    static Path dir;

    static SqliteIncidentStore store;
    static Connection sql;

    private static final List<String> WORDS = List.of("bomb", "police", "market", "convoy", "hostage", "kabul", "night", "army", "école", "Ärzte");
    private static final List<String> COUNTRIES = List.of("AF", "IQ", "FR", "NG");
    private static final List<String> GROUPS = List.of("Taliban", "taliban", "Boko Haram", "unknown", "ETA");
    private static final List<String> PLACES = List.of("Kabul", "Baghdad", "Paris", "Zaria", "Émile");

    @BeforeAll
    static void fill() throws SQLException {
        store = SqliteIncidentStore.open(dir.resolve("vigil.db"));
        Random random = new Random(5);
        for (int a = 0; a < 120; a++) {
            String id = "a" + a;
            StringBuilder text = new StringBuilder();
            for (int w = 0; w < 12; w++) text.append(WORDS.get(random.nextInt(WORDS.size()))).append(w % 6 == 5 ? ".\n\n" : " ");
            String body = text.toString().strip();
            Article article = new Article(id, Optional.empty(), "Report " + a, LocalDate.of(2020, 1, 1).plusDays(random.nextInt(900)), "en",
                    body, Article.paragraphsOf(body), "test");
            List<IncidentMention> mentions = new ArrayList<>();
            for (int m = 0; m < 1 + random.nextInt(3); m++) mentions.add(mention(id, body, random));
            store.save(article, mentions);
        }
        sql = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("vigil.db"));
    }

    @AfterAll
    static void close() throws SQLException {
        sql.close();
        store.close();
    }

    private static <T> Optional<T> maybe(Random random, T value) {
        return random.nextInt(4) == 0 ? Optional.empty() : Optional.of(value);
    }

    private static IncidentMention mention(String articleId, String body, Random random) {
        LocalDate day = LocalDate.of(2020, 1, 1).plusDays(random.nextInt(900));
        PartialDate date = switch (random.nextInt(3)) {
            case 0 -> PartialDate.ofDay(day);
            case 1 -> PartialDate.ofMonth(day.getYear(), day.getMonthValue());
            default -> PartialDate.ofYear(day.getYear());
        };
        Optional<IncidentMention.Coordinates> where = maybe(random, new IncidentMention.Coordinates(
                random.nextDouble() * 170 - 85, random.nextDouble() * 350 - 175));
        return new IncidentMention(articleId, IncidentType.values()[random.nextInt(4)], IncidentStatus.COMPLETED, maybe(random, date),
                maybe(random, PLACES.get(random.nextInt(PLACES.size()))), maybe(random, COUNTRIES.get(random.nextInt(COUNTRIES.size()))),
                where, maybe(random, GROUPS.get(random.nextInt(GROUPS.size()))),
                random.nextBoolean() ? OptionalInt.empty() : OptionalInt.of(random.nextInt(5)),
                random.nextBoolean() ? OptionalInt.empty() : OptionalInt.of(random.nextInt(30)), Optional.empty(), Certainty.STATED,
                new Span(0, 4), body.substring(0, 4), 0.5);
    }

    private static IncidentSearch randomSearch(Random random) {
        IncidentQuery query = IncidentQuery.all().withLimit(1 + random.nextInt(40)).withOffset(random.nextInt(3) == 0 ? random.nextInt(150) : 0);
        if (random.nextInt(3) == 0) query = query.withType(IncidentType.values()[random.nextInt(5)]);
        if (random.nextInt(3) == 0) query = query.withCountry(random.nextBoolean() ? "iq" : "NG");
        if (random.nextInt(4) == 0) query = query.withPerpetrator(random.nextBoolean() ? "TALIBAN" : "nobody");
        LocalDate since = LocalDate.of(2019, 6, 1).plusDays(random.nextInt(1000));
        if (random.nextInt(3) == 0) query = query.withSince(since);
        if (random.nextInt(3) == 0) query = query.withUntil(since.plusDays(random.nextInt(400)));
        IncidentSearch search = IncidentSearch.of(query).sortedBy(IncidentSort.values()[random.nextInt(IncidentSort.values().length)],
                random.nextBoolean());
        if (random.nextInt(3) == 0) search = search.withText(WORDS.get(random.nextInt(WORDS.size())) + (random.nextBoolean() ? " kab" : ""));
        return search;
    }

    @Test
    void pagesHoldTheIncidentsAndTotalsThatSqlSelects() throws SQLException {
        Random random = new Random(11);
        int found = 0;
        for (int i = 0; i < 250; i++) {
            IncidentSearch search = randomSearch(random);

            IncidentPage page = store.search(search);
            if (!page.incidents().isEmpty()) found++;

            assertThat(page.incidents()).as(search.toString()).extracting(ListedIncident::id).containsExactlyElementsOf(sqlPage(search));
            assertThat(page.total()).as(search.toString()).isEqualTo(sqlCount(search));
        }
        assertThat(found).as("searches that found something").isGreaterThan(100);
    }

    @Test
    void statsCountWhatSqlCounts() throws SQLException {
        Random random = new Random(13);
        for (int i = 0; i < 120; i++) {
            IncidentSearch search = randomSearch(random);
            int top = 1 + random.nextInt(4);

            IncidentStats stats = store.stats(search, top);

            assertThat(stats).as(search.toString()).usingRecursiveComparison().isEqualTo(sqlStats(search, top));
        }
    }

    // What the store answered with SQL before its columns moved into memory: the reference.

    private static String condition(IncidentSearch search) {
        String condition = IncidentFilter.of(search.query()).condition();
        if (search.text().isEmpty()) return condition;
        return condition + " AND i.id IN (SELECT tm.incident_id FROM article_search s JOIN article ta ON ta.rowid = s.rowid"
                + " JOIN mention tm ON tm.article_id = ta.id WHERE article_search MATCH ?)";
    }

    private static PreparedStatement prepare(String sqlText, IncidentSearch search) throws SQLException {
        PreparedStatement statement = sql.prepareStatement(sqlText);
        int next = IncidentFilter.of(search.query()).bind(statement);
        if (search.text().isPresent()) statement.setString(next, FullTextQuery.of(search.text().get()).orElseThrow());
        return statement;
    }

    private static List<Long> sqlPage(IncidentSearch search) throws SQLException {
        String direction = search.descending() ? "DESC" : "ASC";
        String order = search.sort().column() + " " + direction + " NULLS LAST, i.id " + direction;
        String sqlText = "SELECT i.id FROM incident i WHERE " + condition(search) + " ORDER BY " + order
                + " LIMIT " + search.query().limit() + " OFFSET " + search.query().offset();
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement statement = prepare(sqlText, search); ResultSet r = statement.executeQuery()) {
            while (r.next()) ids.add(r.getLong(1));
        }
        return ids;
    }

    private static int sqlCount(IncidentSearch search) throws SQLException {
        try (PreparedStatement statement = prepare("SELECT COUNT(*) FROM incident i WHERE " + condition(search), search);
             ResultSet r = statement.executeQuery()) {
            r.next();
            return r.getInt(1);
        }
    }

    private static IncidentStats sqlStats(IncidentSearch search, int top) throws SQLException {
        String where = condition(search);
        int incidents;
        long killed;
        long injured;
        try (PreparedStatement s = prepare("SELECT COUNT(*), COALESCE(SUM(i.killed), 0), COALESCE(SUM(i.injured), 0) FROM incident i WHERE "
                + where, search); ResultSet r = s.executeQuery()) {
            r.next();
            incidents = r.getInt(1);
            killed = r.getLong(2);
            injured = r.getLong(3);
        }
        List<MonthCount> months = new ArrayList<>();
        try (PreparedStatement s = prepare("SELECT substr(i.date_start, 1, 7), i.type, COUNT(*) FROM incident i WHERE " + where
                + " AND i.date_start IS NOT NULL GROUP BY 1, 2 ORDER BY 1, 2", search); ResultSet r = s.executeQuery()) {
            while (r.next()) months.add(new MonthCount(r.getString(1), r.getString(2), r.getInt(3)));
        }
        List<NameCount> groups = new ArrayList<>();
        try (PreparedStatement s = prepare("SELECT MIN(i.perpetrator), COUNT(*) AS n FROM incident i WHERE " + where
                + " AND i.perpetrator_key IS NOT NULL AND i.perpetrator_key <> 'unknown' GROUP BY i.perpetrator_key"
                + " ORDER BY n DESC, i.perpetrator_key LIMIT " + top, search); ResultSet r = s.executeQuery()) {
            while (r.next()) groups.add(new NameCount(r.getString(1), r.getString(1), r.getInt(2)));
        }
        List<NameCount> countries = new ArrayList<>();
        try (PreparedStatement s = prepare("SELECT i.country, COUNT(*) AS n FROM incident i WHERE " + where
                + " AND i.country IS NOT NULL GROUP BY i.country ORDER BY n DESC, i.country LIMIT " + top, search);
             ResultSet r = s.executeQuery()) {
            while (r.next()) countries.add(new NameCount(r.getString(1), r.getString(1), r.getInt(2)));
        }
        List<MapCell> cells = new ArrayList<>();
        try (PreparedStatement s = prepare("SELECT AVG(i.latitude), AVG(i.longitude), i.type, COUNT(*), COALESCE(SUM(i.killed), 0),"
                + " COALESCE(SUM(i.injured), 0) FROM incident i WHERE " + where + " AND i.latitude IS NOT NULL"
                + " GROUP BY CAST(i.latitude + 90 AS INTEGER), CAST(i.longitude + 180 AS INTEGER), i.type"
                + " ORDER BY CAST(i.latitude + 90 AS INTEGER), CAST(i.longitude + 180 AS INTEGER), i.type", search);
             ResultSet r = s.executeQuery()) {
            while (r.next()) cells.add(new MapCell(r.getDouble(1), r.getDouble(2), r.getString(3), r.getInt(4), r.getLong(5), r.getLong(6)));
        }
        return new IncidentStats(incidents, killed, injured, months, groups, countries, cells);
    }
}
