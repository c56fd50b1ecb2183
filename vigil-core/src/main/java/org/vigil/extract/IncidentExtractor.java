package org.vigil.extract;

import java.util.List;
import org.vigil.ingest.Article;

/** A stage whose input is an article and whose output is the incidents the article states, in text order. */
public interface IncidentExtractor {
    List<IncidentMention> extract(Article article);
}
