package org.vigil.bench;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import org.vigil.ingest.Article;

/**
 * The reference pipeline of DESIGN.md: Stanford CoreNLP {@code tokenize,ssplit,pos,lemma,ner}
 * with its default settings unless overridden; its input is an article, its output the number of
 * CoreNLP tokens it annotated.
 */
final class ReferencePipeline {

    /** NER settings worth printing with the figures, with CoreNLP 4.5's defaults. */
    private static final Map<String, String> REPORTED_DEFAULTS = new LinkedHashMap<>();

    static {
        REPORTED_DEFAULTS.put("ner.applyFineGrained", "true");
        REPORTED_DEFAULTS.put("ner.useSUTime", "true");
        REPORTED_DEFAULTS.put("ner.applyNumericClassifiers", "true");
        REPORTED_DEFAULTS.put("ner.buildEntityMentions", "true");
    }

    private final Properties properties = new Properties();
    private final String annotators;
    private final StanfordCoreNLP pipeline;

    /** Loads every model of the pipeline; this is the slow part that the report calls load time. */
    ReferencePipeline(Map<String, String> overrides) {
        properties.setProperty("annotators", BenchSettings.REFERENCE_ANNOTATORS);
        overrides.forEach(properties::setProperty);
        // CoreNLP 4.5 folds ssplit into tokenize and rewrites the property, so keep what was asked for.
        annotators = properties.getProperty("annotators");
        pipeline = new StanfordCoreNLP(properties);
    }

    /** Annotates the article's text, anchoring SUTime at its publication date; returns CoreNLP's token count. */
    int annotate(Article article) {
        Annotation document = new Annotation(article.text());
        document.set(CoreAnnotations.DocDateAnnotation.class, article.published().toString());
        pipeline.annotate(document);
        return document.get(CoreAnnotations.TokensAnnotation.class).size();
    }

    /** The annotators and the NER settings in force, e.g. "tokenize,ssplit,pos,lemma,ner (ner.applyFineGrained=true, ...)". */
    String describe() {
        StringBuilder settings = new StringBuilder();
        REPORTED_DEFAULTS.forEach((key, fallback) -> appendSetting(settings, key, properties.getProperty(key, fallback)
                + (properties.containsKey(key) ? "" : " (default)")));
        properties.stringPropertyNames().stream().sorted()
                .filter(key -> !key.equals("annotators") && !REPORTED_DEFAULTS.containsKey(key))
                .forEach(key -> appendSetting(settings, key, properties.getProperty(key)));
        return annotators + " (" + settings + ")";
    }

    private static void appendSetting(StringBuilder out, String key, String value) {
        if (out.length() > 0) out.append(", ");
        out.append(key).append('=').append(value);
    }
}
