package org.vigil.bench;

import java.util.List;
import org.vigil.extract.IncidentExtractor;
import org.vigil.extract.IncidentMention;
import org.vigil.ingest.Article;

/**
 * An extractor that only finds sentence ends and returns no incidents: the floor of the
 * benchmark, proving the harness and measuring its own overhead.
 */
public final class BaselineExtractor implements IncidentExtractor {

    /** Sentences seen so far; read by no one, kept so the JIT cannot drop the scan as dead code. */
    private volatile long sentences;

    @Override
    public List<IncidentMention> extract(Article article) {
        String text = article.text();
        long found = 0;
        for (int i = 0; i + 1 < text.length(); i++) {
            char c = text.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && Character.isWhitespace(text.charAt(i + 1))) found++;
        }
        sentences += found + 1;
        return List.of();
    }
}
