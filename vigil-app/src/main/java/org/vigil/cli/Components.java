package org.vigil.cli;

import java.nio.file.Path;
import java.util.List;
import org.vigil.extract.Annotator;
import org.vigil.extract.CasualtyParser;
import org.vigil.extract.IncidentExtractor;
import org.vigil.extract.PatternIncidentExtractor;
import org.vigil.extract.TriggerLexicon;
import org.vigil.ingest.ArticleReader;
import org.vigil.ingest.LanguageGuard;
import org.vigil.nlp.DateResolver;
import org.vigil.nlp.NumberParser;
import org.vigil.nlp.SentenceSplitter;
import org.vigil.resolve.ActorRegistry;
import org.vigil.resolve.EmbeddingSimilarity;
import org.vigil.resolve.EvidenceSimilarity;
import org.vigil.resolve.Gazetteer;
import org.vigil.resolve.IncidentMerger;
import org.vigil.resolve.LexicalSimilarity;
import org.vigil.resolve.PlaceLookup;

/**
 * The wiring of Vigil: every stage built with {@code new}, once, when a command first needs it, so
 * that {@code --help} starts instantly and a command loads only the data it uses.
 */
public final class Components {
    private final List<Path> extraActorTables;
    private Gazetteer gazetteer;
    private ActorRegistry actors;
    private Annotator annotator;
    private IncidentExtractor extractor;
    private ArticleReader reader;
    private IncidentMerger merger;

    public Components(List<Path> extraActorTables) {
        this.extraActorTables = List.copyOf(extraActorTables);
    }

    public synchronized Gazetteer gazetteer() {
        if (gazetteer == null) gazetteer = Gazetteer.load();
        return gazetteer;
    }

    public synchronized ActorRegistry actors() {
        if (actors == null) actors = extraActorTables.isEmpty() ? ActorRegistry.load() : ActorRegistry.load(extraActorTables);
        return actors;
    }

    /** The annotation chain: sentences, triggers, dates, places, groups and figures. */
    public synchronized Annotator annotator() {
        if (annotator == null) {
            annotator = new Annotator(
                    new SentenceSplitter(),
                    new TriggerLexicon(),
                    new DateResolver(),
                    gazetteer(),
                    actors(),
                    new CasualtyParser(new NumberParser()));
        }
        return annotator;
    }

    /**
     * The scorer of gold files: groups compared by their canonical names in the alias tables, places by
     * the gazetteer place a name means ("Sana'a" and "Sanaa", "Padua" and "Padova" are one place), as
     * the gold schema asks ("case-insensitive, alias-aware").
     */
    public org.vigil.eval.Scorer scorer() {
        ActorRegistry groups = actors();
        Gazetteer places = gazetteer();
        return new org.vigil.eval.Scorer(alias -> groups.canonical(alias).orElse(alias),
                name -> places.best(name, java.util.Optional.empty())
                        .map(p -> p.kind() + "|" + p.countryCode() + "|" + p.name()).orElse(name));
    }

    /** The extraction chain: the annotations, then incidents. */
    public synchronized IncidentExtractor extractor() {
        if (extractor == null) extractor = new PatternIncidentExtractor(annotator(), gazetteer());
        return extractor;
    }

    public synchronized ArticleReader reader() {
        if (reader == null) reader = new ArticleReader(new LanguageGuard());
        return reader;
    }

    /**
     * The incident merger: evidence similarity from the MiniLM sentence model, places from the gazetteer.
     * Where the model's native runtime cannot load, lexical similarity stands in (with a warning).
     */
    public synchronized IncidentMerger merger() {
        if (merger == null) {
            EvidenceSimilarity similarity;
            try {
                similarity = EmbeddingSimilarity.load();
            } catch (RuntimeException | LinkageError e) {
                System.err.println("warning: the MiniLM sentence model cannot run here (" + e + "); merging uses lexical similarity");
                similarity = new LexicalSimilarity();
            }
            merger = new IncidentMerger(similarity, PlaceLookup.of(gazetteer()));
        }
        return merger;
    }

    /** A copy of these components that also reads the given actor tables. */
    public Components withActorTables(List<Path> tables) {
        if (tables.isEmpty()) return this;
        List<Path> all = new java.util.ArrayList<>(extraActorTables);
        all.addAll(tables);
        return new Components(all);
    }
}
