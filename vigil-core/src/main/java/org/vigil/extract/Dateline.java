package org.vigil.extract;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigil.resolve.Gazetteer;
import org.vigil.resolve.Place;

/**
 * Reads the dateline that opens wire copy and news reports — "PARIS —", "SAN SALVADOR, 3 JAN 90 --",
 * "MANCHESTER, England —" — as the place the report is filed from: where its incidents happened
 * unless a sentence says otherwise.
 */
record Dateline(Optional<Place> place, boolean dated) {
    private static final Pattern DATELINE = Pattern.compile(
            "^\\s*(\\p{Lu}[\\p{Lu}\\p{L} .'’-]{1,40}?)(?:\\s*\\([^)]{1,40}\\))?(?:,\\s*([\\p{L} .]{2,30}?))?"
                    + "(,\\s*(?:\\d{1,2}\\s+\\p{L}{3,9}\\.?(?:\\s+\\d{2,4})?|\\p{L}{3,9}\\.?\\s+\\d{1,2}(?:,?\\s+\\d{4})?))?"
                    + "(?:\\s*\\([^)]{1,40}\\))?\\s*(?:—|–|--|-\\s)");

    private static final Dateline NONE = new Dateline(Optional.empty(), false);

    /**
     * The dateline at the start of {@code text}: its place, if the gazetteer knows it, and whether it
     * carries the filing date ("SAN SALVADOR, 3 JAN 90 --"), the mark of a dispatch about that day's news.
     */
    /**
     * Whether {@code span} of the article's first sentence lies inside its dateline: the place a report
     * was filed from, which says where its incidents happened only when the text names no other place.
     */
    static boolean covers(String firstSentence, org.vigil.nlp.Span span) {
        Matcher m = DATELINE.matcher(firstSentence.length() > 200 ? firstSentence.substring(0, 200) : firstSentence);
        return m.find() && span.end() <= m.end();
    }

    static Dateline of(String text, Gazetteer gazetteer) {
        Matcher m = DATELINE.matcher(text.length() > 200 ? text.substring(0, 200) : text);
        if (!m.find()) return NONE;
        String city = m.group(1).strip();
        Optional<String> hint = Optional.ofNullable(m.group(2)).map(String::strip)
                .flatMap(gazetteer::country).map(Place::countryCode);
        return new Dateline(gazetteer.best(city, hint).filter(p -> p.kind() != Place.Kind.REGION), m.group(3) != null);
    }
}
