package org.vigil.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import org.vigil.extract.Certainty;
import org.vigil.extract.IncidentMention;
import org.vigil.extract.IncidentStatus;
import org.vigil.extract.IncidentType;
import org.vigil.ingest.Article;
import org.vigil.nlp.PartialDate;
import org.vigil.nlp.Span;
import org.vigil.store.IncidentStore;

/**
 * Fills a store with made-up articles and incidents for benchmarks: random words, types, places,
 * groups, dates and figures from a fixed seed, so every run builds the same store. Not news; never
 * mix it with real data.
 */
final class SyntheticCorpus {
    static final int MENTIONS_PER_ARTICLE = 4;

    record Place(String name, String country, double latitude, double longitude) { }

    static final List<Place> PLACES = List.of(
            new Place("Kabul", "AF", 34.53, 69.17), new Place("Baghdad", "IQ", 33.34, 44.40), new Place("Mogadishu", "SO", 2.04, 45.34),
            new Place("Maiduguri", "NG", 11.85, 13.16), new Place("Peshawar", "PK", 34.01, 71.58), new Place("Paris", "FR", 48.85, 2.35),
            new Place("London", "GB", 51.51, -0.13), new Place("Madrid", "ES", 40.42, -3.70), new Place("Moscow", "RU", 55.75, 37.62),
            new Place("Istanbul", "TR", 41.01, 28.98), new Place("Damascus", "SY", 33.51, 36.29), new Place("Sanaa", "YE", 15.35, 44.21),
            new Place("Bamako", "ML", 12.65, -8.00), new Place("Manila", "PH", 14.60, 120.98), new Place("Colombo", "LK", 6.93, 79.85),
            new Place("Mumbai", "IN", 19.07, 72.88), new Place("Nairobi", "KE", -1.29, 36.82), new Place("Bogota", "CO", 4.71, -74.07),
            new Place("Brussels", "BE", 50.85, 4.35), new Place("New York", "US", 40.71, -74.01), new Place("Jakarta", "ID", -6.21, 106.85),
            new Place("Cairo", "EG", 30.04, 31.24), new Place("Tripoli", "LY", 32.89, 13.19), new Place("Ouagadougou", "BF", 12.37, -1.53));
    static final List<String> GROUPS = List.of("Islamic State", "al-Qaeda", "al-Shabaab", "Boko Haram", "Taliban",
            "Tehrik-i-Taliban Pakistan", "Lashkar-e-Taiba", "Hamas", "Hezbollah", "ETA", "FARC", "PKK", "Houthis",
            "Islamic State Khorasan Province", "Jamaat Nusrat al-Islam wal-Muslimin", "unknown");
    private static final String[] WORDS = ("attack police officials said the city market near a blast killed wounded people gunmen "
            + "bomb explosion security forces claimed responsibility group militants village checkpoint convoy soldiers civilians "
            + "hospital witnesses government minister statement investigation suspects arrested plot foiled warning embassy "
            + "border province district capital night morning crowd vehicle truck suicide rocket mortar hostage kidnapped "
            + "released ransom army spokesman reported toll rose injured dead building mosque church school station airport").split(" ");

    private SyntheticCorpus() {
    }

    /** Saves articles with {@link #MENTIONS_PER_ARTICLE} incidents each until {@code incidents} are stored; returns how many articles. */
    static int fill(IncidentStore store, int incidents, java.io.PrintWriter progress) {
        Random random = new Random(20240322L);
        int articles = (incidents + MENTIONS_PER_ARTICLE - 1) / MENTIONS_PER_ARTICLE;
        for (int a = 0; a < articles; a++) {
            saveArticle(store, "synthetic-" + a, "Synthetic report " + a, Math.min(MENTIONS_PER_ARTICLE, incidents - a * MENTIONS_PER_ARTICLE),
                    random);
            if ((a + 1) % 5000 == 0) {
                progress.println("  " + (a + 1) * MENTIONS_PER_ARTICLE + " incidents stored");
                progress.flush();
            }
        }
        return articles;
    }

    private static final IncidentType[] TYPES = IncidentType.values();

    /** Saves one made-up article with {@code count} incidents (at most four), drawing everything from {@code random}. */
    static void saveArticle(IncidentStore store, String id, String title, int count, Random random) {
        LocalDate published = LocalDate.of(1995, 1, 1).plusDays(random.nextInt(30 * 365));
        StringBuilder text = new StringBuilder();
        List<Span> evidence = new ArrayList<>();
        for (int s = 0; s < 8; s++) {
            int start = text.length();
            text.append(sentence(random));
            if (s % 2 == 0 && evidence.size() < count) evidence.add(new Span(start, text.length()));
            text.append(s % 3 == 2 ? "\n\n" : " ");
        }
        String body = text.toString().strip();
        Article article = new Article(id, Optional.empty(), title, published, "en", body, Article.paragraphsOf(body),
                "synthetic");
        List<IncidentMention> mentions = new ArrayList<>();
        for (Span span : evidence) {
            Place place = PLACES.get(random.nextInt(PLACES.size()));
            IncidentType type = TYPES[random.nextInt(TYPES.length)];
            String group = GROUPS.get(random.nextInt(GROUPS.size()));
            LocalDate day = published.minusDays(random.nextInt(4));
            PartialDate date = random.nextInt(10) == 0 ? PartialDate.ofMonth(day.getYear(), day.getMonthValue()) : PartialDate.ofDay(day);
            OptionalInt killed = random.nextInt(3) == 0 ? OptionalInt.empty() : OptionalInt.of((int) Math.abs(random.nextGaussian() * 15));
            OptionalInt injured = random.nextInt(2) == 0 ? OptionalInt.empty() : OptionalInt.of((int) Math.abs(random.nextGaussian() * 40));
            mentions.add(new IncidentMention(id, type, IncidentStatus.COMPLETED, Optional.of(date), Optional.of(place.name()),
                    Optional.of(place.country()), Optional.of(new IncidentMention.Coordinates(
                            place.latitude() + random.nextGaussian() * 0.5, place.longitude() + random.nextGaussian() * 0.5)),
                    Optional.of(group), killed, injured, Optional.empty(), Certainty.values()[random.nextInt(Certainty.values().length)],
                    span, body.substring(span.start(), span.end()), 0.5 + random.nextInt(50) / 100.0));
        }
        store.save(article, mentions);
    }

    /** Vocabulary size: the news words above first, then made-up ones, drawn by rank as in Zipf's law. */
    private static final int VOCABULARY = 20_000;

    /** A word of rank r drawn with probability about 1 / r: common words are in most articles, rare ones in few. */
    static String word(Random random) {
        int rank = (int) Math.floor(Math.pow(VOCABULARY + 1.0, random.nextDouble())) - 1;
        if (rank < WORDS.length) return WORDS[rank];
        StringBuilder made = new StringBuilder();
        int n = rank;
        do {
            made.append("bcdfghklmnprstvz".charAt(n % 16)).append("aeiou".charAt((n / 16) % 5));
            n /= 80;
        } while (n > 0);
        return made.toString();
    }

    private static String sentence(Random random) {
        int n = 10 + random.nextInt(14);
        StringBuilder s = new StringBuilder();
        for (int w = 0; w < n; w++) {
            String word = word(random);
            s.append(w == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word).append(w == n - 1 ? "." : " ");
        }
        return s.toString();
    }
}
