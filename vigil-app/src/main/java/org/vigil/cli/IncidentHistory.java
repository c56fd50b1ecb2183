package org.vigil.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.vigil.resolve.FigureReport;
import org.vigil.store.SourceArticle;
import org.vigil.store.StoredIncident;

/** Adds a merged incident's {@code sources} (its articles and their URLs) and {@code figures} (every reported value) to its JSON. */
final class IncidentHistory {
    private IncidentHistory() {
    }

    static void write(ObjectNode o, StoredIncident incident) {
        ArrayNode sources = o.putArray("sources");
        for (SourceArticle s : incident.sources()) {
            ObjectNode source = sources.addObject();
            source.put("article", s.articleId());
            source.put("title", s.title());
            source.put("outlet", s.source());
            source.put("published", s.published().toString());
            ArrayNode urls = source.putArray("urls");
            s.urls().forEach(urls::add);
        }
        ObjectNode figures = o.putObject("figures");
        for (String kind : new String[] {"killed", "injured"}) {
            ArrayNode history = figures.putArray(kind);
            for (FigureReport f : incident.figures()) {
                if (!f.kind().equals(kind)) continue;
                ObjectNode report = history.addObject();
                report.put("value", f.value());
                report.put("article", f.articleId());
                report.put("outlet", f.source());
                report.put("reported", f.reported().toString());
                report.put("certainty", f.certainty().name().toLowerCase());
            }
        }
    }
}
