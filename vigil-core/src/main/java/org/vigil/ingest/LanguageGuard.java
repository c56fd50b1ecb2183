package org.vigil.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Optional;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * A check that takes an article's text and returns a problem when the text is not English, using
 * OpenNLP's language-detection model ({@code langdetect-183.bin}).
 */
public final class LanguageGuard {

    private static final String MODEL = "/langdetect-183.bin";
    private static final String ENGLISH = "eng";
    /** Enough text to decide; longer texts only cost time. */
    private static final int SAMPLE_CHARS = 4000;
    /** Below this many letters a text is "short": a one-line description, a headline. */
    private static final int SHORT_LETTERS = 250;

    private final LanguageDetectorME detector;

    /** Loads the model from the classpath (about 10 MB; do this once and share the guard). */
    public LanguageGuard() {
        try (InputStream in = LanguageGuard.class.getResourceAsStream(MODEL)) {
            if (in == null) {
                throw new IllegalStateException("Language model " + MODEL + " is not on the classpath; add org.apache.opennlp:opennlp-models-langdetect");
            }
            detector = new LanguageDetectorME(new LanguageDetectorModel(in));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load language model " + MODEL, e);
        }
    }

    /** Empty when {@code text} is English (or too short to tell), else a sentence saying which language it is. */
    public Optional<String> problem(String text) {
        String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
        // Wire copy is often all upper case, which the model has rarely seen: compare lower case.
        sample = sample.toLowerCase(Locale.ROOT);
        long letters = sample.codePoints().filter(Character::isLetter).count();
        if (letters == 0) {
            return Optional.empty();
        }
        Language[] ranked;
        synchronized (detector) {
            ranked = detector.predictLanguages(sample);
        }
        Language best = ranked[0];
        if (best.getLang().equals(ENGLISH)) {
            return Optional.empty();
        }
        double english = confidenceOf(ranked, ENGLISH);
        boolean shortText = letters < SHORT_LETTERS;
        // Short texts get a wider margin: on the 6,242 one-line Wikipedia descriptions the best
        // wrong language scored at most 1.6 times English, while short German, Spanish or Italian
        // sentences score 3.7 to 7 times English.
        double margin = shortText ? 3.0 : 2.0;
        if (best.getConfidence() < margin * english) {
            return Optional.empty();
        }
        return Optional.of("the text is in " + nameOf(best.getLang()) + " (" + best.getLang() + "), not English; Vigil reads English only");
    }

    private static double confidenceOf(Language[] ranked, String lang) {
        for (Language l : ranked) {
            if (l.getLang().equals(lang)) return l.getConfidence();
        }
        return 0;
    }

    private static String nameOf(String iso6393) {
        for (String twoLetter : Locale.getISOLanguages()) {
            Locale locale = new Locale(twoLetter);
            if (locale.getISO3Language().equals(iso6393)) {
                return locale.getDisplayLanguage(Locale.ENGLISH);
            }
        }
        String name = Locale.forLanguageTag(iso6393).getDisplayLanguage(Locale.ENGLISH);
        return name.isBlank() || name.equals(iso6393) ? "language " + iso6393 : name;
    }
}
