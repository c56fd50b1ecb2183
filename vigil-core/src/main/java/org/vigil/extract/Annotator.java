package org.vigil.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.vigil.ingest.Article;
import org.vigil.nlp.DateMention;
import org.vigil.nlp.DateResolver;
import org.vigil.nlp.PartialDate;
import org.vigil.nlp.Sentence;
import org.vigil.nlp.SentenceSplitter;
import org.vigil.nlp.Span;
import org.vigil.resolve.ActorMatch;
import org.vigil.resolve.ActorRegistry;
import org.vigil.resolve.Gazetteer;
import org.vigil.resolve.PlaceMatch;

/**
 * A stage whose input is an article and whose output is its sentences, each annotated with incident
 * triggers, dates (resolved against the publication date), places, groups and victim figures.
 * The chain of annotators is the whole of Vigil's text analysis and reads top to bottom here.
 */
public final class Annotator {
    private final SentenceSplitter splitter;
    private final TriggerLexicon triggers;
    private final DateResolver dates;
    private final Gazetteer gazetteer;
    private final ActorRegistry actors;
    private final CasualtyParser casualties;

    public Annotator(SentenceSplitter splitter, TriggerLexicon triggers, DateResolver dates, Gazetteer gazetteer,
                     ActorRegistry actors, CasualtyParser casualties) {
        this.splitter = splitter;
        this.triggers = triggers;
        this.dates = dates;
        this.gazetteer = gazetteer;
        this.actors = actors;
        this.casualties = casualties;
    }

    private static final java.util.regex.Pattern BACK_REFERENCE = java.util.regex.Pattern.compile(
            "(?i)\\b(?:that\\s+(?:same\\s+)?|the\\s+same\\s+)(year|month|day)\\b");

    public List<AnnotatedSentence> annotate(Article article) {
        String text = article.text();
        List<Sentence> sentences = splitter.split(text);
        List<PlaceMatch> inText = gazetteer.find(text);
        // "Syria" and "Palestinian" are in the alias tables as perpetrators, but in text they are places first.
        List<ActorMatch> groups = actors.find(text).stream()
                .filter(a -> inText.stream().noneMatch(p -> p.span().equals(a.span())
                        && (p.demonym() || !p.candidates().isEmpty() && p.candidates().get(0).kind() == org.vigil.resolve.Place.Kind.COUNTRY)))
                .toList();
        // A town inside a longer group name is no place: "Tupac Amaru" in the Tupac Amaru Revolutionary Movement.
        List<PlaceMatch> places = inText.stream()
                .filter(p -> p.candidates().isEmpty() || p.candidates().get(0).kind() != org.vigil.resolve.Place.Kind.CITY
                        || groups.stream().noneMatch(a -> a.span().start() <= p.span().start() && p.span().end() <= a.span().end()
                        && a.span().length() > p.span().length()))
                .toList();
        List<AnnotatedSentence> annotated = new ArrayList<>(sentences.size());
        PartialDate named = null; // the latest date the text named with its year: what "that year" points back to
        for (Sentence s : sentences) {
            String st = s.text();
            List<DateMention> found = backReferenced(st, dates.find(st, article.published()), named);
            for (DateMention d : found) if (d.kind() == DateMention.Kind.ABSOLUTE || d.kind() == DateMention.Kind.ANCHORED) named = d.date();
            annotated.add(new AnnotatedSentence(
                    s,
                    paragraphOf(article, s.span()),
                    triggers.find(st),
                    found,
                    within(places, s.span(), PlaceMatch::span, (m, span) -> new PlaceMatch(span, m.surface(), m.candidates(), m.demonym())),
                    within(groups, s.span(), ActorMatch::span, (m, span) -> new ActorMatch(span, m.surface(), m.canonical())),
                    casualties.parse(st)));
        }
        return annotated;
    }

    /**
     * The sentence's dates with "that year", "later that month", "the same day" re-anchored on the date the
     * text named last, when it named one precise enough; a text that named none keeps them on publication.
     */
    private List<DateMention> backReferenced(String sentence, List<DateMention> found, PartialDate named) {
        if (named == null) return found;
        List<DateMention> out = new ArrayList<>(found.size());
        List<DateMention> again = null;
        for (DateMention d : found) {
            java.util.regex.Matcher back = BACK_REFERENCE.matcher(sentence.substring(d.span().start(), d.span().end()));
            if (d.kind() != DateMention.Kind.RELATIVE || !back.find() || named.precision().compareTo(needed(back.group(1))) < 0) {
                out.add(d);
                continue;
            }
            if (again == null) again = dates.find(sentence, named.start());
            out.add(again.stream().filter(a -> a.span().equals(d.span())).findFirst().orElse(d));
        }
        return out;
    }

    private static org.vigil.nlp.DatePrecision needed(String unit) {
        return switch (unit.toLowerCase(java.util.Locale.ROOT)) {
            case "day" -> org.vigil.nlp.DatePrecision.DAY;
            case "month" -> org.vigil.nlp.DatePrecision.MONTH;
            default -> org.vigil.nlp.DatePrecision.YEAR;
        };
    }

    private static int paragraphOf(Article article, Span span) {
        List<Span> paragraphs = article.paragraphs();
        for (int i = 0; i < paragraphs.size(); i++) {
            if (paragraphs.get(i).end() >= span.start() && paragraphs.get(i).start() <= span.start()) return i;
        }
        return -1;
    }

    private interface Rebase<T> {
        T with(T match, Span relative);
    }

    private static <T> List<T> within(List<T> matches, Span sentence, Function<T, Span> spanOf, Rebase<T> rebase) {
        List<T> inside = new ArrayList<>();
        for (T m : matches) {
            Span span = spanOf.apply(m);
            if (sentence.contains(span)) inside.add(rebase.with(m, span.shift(-sentence.start())));
        }
        return inside;
    }
}
