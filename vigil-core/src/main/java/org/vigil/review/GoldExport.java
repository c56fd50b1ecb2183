package org.vigil.review;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.vigil.extract.IncidentMention;
import org.vigil.ingest.Article;
import org.vigil.nlp.PartialDate;
import org.vigil.store.IncidentSource;
import org.vigil.store.IncidentStore;

/**
 * Writes every article an analyst corrected as one line of a gold file in the format of
 * {@code shared/eval/SCHEMA.md}: its text and its incidents as extracted, with the corrections in force
 * applied, those judged "not an incident" left out and the missed ones added.
 */
public final class GoldExport {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final IncidentStore extracted;
    private final Corrections corrections;

    /** {@code extracted} must be the store as extracted, without corrections laid over it. */
    public GoldExport(IncidentStore extracted, Corrections corrections) {
        this.extracted = extracted;
        this.corrections = corrections;
    }

    /** Writes the lines and returns how many articles they hold. */
    public int write(Writer out) throws IOException {
        int written = 0;
        for (String id : corrections.correctedArticles()) {
            Optional<Article> article = extracted.article(id);
            if (article.isEmpty()) continue;
            out.write(line(article.get()));
            out.write('\n');
            written++;
        }
        out.flush();
        return written;
    }

    /** The gold line of one article. */
    String line(Article article) throws JsonProcessingException {
        CorrectionOverlay overlay = corrections.overlay(List.of(article.id()));
        List<IncidentMention> incidents = new ArrayList<>();
        for (IncidentSource s : extracted.mentionsOfArticle(article.id())) {
            // Incidents analysts added are stored as mentions too; they come from the corrections themselves below.
            if (s.addedBy().isEmpty() && !overlay.rejected(s.mention())) incidents.add(overlay.apply(s.mention()));
        }
        incidents.addAll(overlay.missed(article.id()));
        incidents.sort(java.util.Comparator.comparingInt(m -> m.evidence().start()));
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("id", article.id());
        line.put("published", article.published().toString());
        line.put("title", article.title());
        line.put("text", article.text());
        line.put("source", "Vigil: extraction corrected by analysts" + article.url().map(u -> "; article " + u).orElse(""));
        line.put("incidents", incidents.stream().map(GoldExport::incident).toList());
        return JSON.writeValueAsString(line);
    }

    private static Map<String, Object> incident(IncidentMention m) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("type", m.type().code());
        json.put("date", m.date().map(PartialDate::toString).orElse(null));
        json.put("country", m.country().orElse(null));
        json.put("place", m.place().orElse(null));
        json.put("perpetrator", m.perpetrator().orElse(null));
        json.put("killed", m.killed().isPresent() ? m.killed().getAsInt() : null);
        json.put("injured", m.injured().isPresent() ? m.injured().getAsInt() : null);
        json.put("claimed", m.claimed().orElse(null));
        json.put("evidence", m.evidenceText());
        return json;
    }
}
