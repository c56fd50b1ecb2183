package org.vigil.web;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.OptionalInt;
import org.vigil.extract.IncidentMention;
import org.vigil.nlp.PartialDate;
import org.vigil.store.IncidentPage;
import org.vigil.store.IncidentSearch;
import org.vigil.store.IncidentStore;
import org.vigil.store.ListedIncident;

/** Writes every incident a search matches as CSV (RFC 4180), in the search's order, one store page at a time. */
final class CsvExport {
    static final String HEADER = "id,date,type,status,place,country,latitude,longitude,group,killed,injured,claimed,certainty,confidence,"
            + "article_id,article_title,evidence,added_by";
    private static final int BATCH = 1000;

    private CsvExport() {
    }

    static void write(IncidentStore store, IncidentSearch search, Writer out) throws IOException {
        out.write(HEADER + "\r\n");
        int offset = 0;
        while (true) {
            IncidentPage page = store.search(search.withQuery(search.query().withLimit(BATCH).withOffset(offset)));
            for (ListedIncident i : page.incidents()) out.write(row(i));
            offset += page.incidents().size();
            if (page.incidents().size() < BATCH) break;
        }
        out.flush();
    }

    static String row(ListedIncident i) {
        IncidentMention m = i.incident().mention();
        List<String> cells = List.of(
                Long.toString(i.id()), m.date().map(PartialDate::toString).orElse(""), m.type().code(),
                m.status().name().toLowerCase(java.util.Locale.ROOT), m.place().orElse(""), m.country().orElse(""),
                m.coordinates().map(c -> Double.toString(c.latitude())).orElse(""),
                m.coordinates().map(c -> Double.toString(c.longitude())).orElse(""), m.perpetrator().orElse(""),
                number(i.killed()), number(i.injured()), m.claimed().map(Object::toString).orElse(""),
                m.certainty().name().toLowerCase(java.util.Locale.ROOT), Double.toString(m.confidence()), m.articleId(),
                i.incident().articleTitle(), m.evidenceText(), i.incident().addedBy().orElse(""));
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < cells.size(); c++) {
            if (c > 0) line.append(',');
            line.append(cell(cells.get(c)));
        }
        return line.append("\r\n").toString();
    }

    /** A quoted cell when needed; text a spreadsheet would run as a formula gets a leading apostrophe. */
    static String cell(String value) {
        String v = value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0 && !v.matches("-?\\d+(\\.\\d+)?")) v = "'" + v;
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) return '"' + v.replace("\"", "\"\"") + '"';
        return v;
    }

    private static String number(OptionalInt value) {
        return value.isPresent() ? Integer.toString(value.getAsInt()) : "";
    }
}
