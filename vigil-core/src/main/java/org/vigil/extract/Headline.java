package org.vigil.extract;

import java.util.List;
import java.util.Optional;

/**
 * Finds the headline an article's text opens with: a short first paragraph without a closing full
 * stop, followed by the body ("Rabin shot dead at Tel Aviv peace rally; law student arrested").
 */
final class Headline {
    private static final int MAX_LENGTH = 160;

    private Headline() {}

    static Optional<AnnotatedSentence> of(String text, List<AnnotatedSentence> sentences) {
        if (sentences.size() < 2) return Optional.empty();
        AnnotatedSentence first = sentences.get(0);
        AnnotatedSentence second = sentences.get(1);
        String t = first.text().strip();
        if (t.length() > MAX_LENGTH || t.isEmpty() || first.paragraph() == second.paragraph()) return Optional.empty();
        char last = t.charAt(t.length() - 1);
        if (last == '.' || last == '"' || last == '\u201d') return Optional.empty();
        return Optional.of(first);
    }
}
