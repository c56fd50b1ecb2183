package org.vigil.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.vigil.extract.IncidentMention;
import org.vigil.store.StoredIncident;

/** The ways {@code vigil incidents} prints incidents: an aligned table, JSON, or CSV. */
enum IncidentFormat {
    TABLE {
        @Override
        void write(List<StoredIncident> incidents, PrintWriter out) {
            String[] header = {"ID", "DATE", "TYPE", "PLACE", "CC", "PERPETRATOR", "KILLED", "INJURED", "CLAIMED"};
            int[] widths = {5, 10, 15, 18, 2, 32, 6, 7, 7};
            out.println(row(header, widths));
            for (StoredIncident s : incidents) {
                IncidentMention m = s.mention();
                out.println(row(new String[] {
                        String.valueOf(s.id()), m.date().map(Object::toString).orElse("-"), m.type().code(),
                        m.place().orElse("-"), m.country().orElse("-"), m.perpetrator().orElse("-"),
                        number(m.killed(), "-"), number(m.injured(), "-"), m.claimed().map(b -> b ? "yes" : "no").orElse("-")}, widths));
            }
            out.println(incidents.size() + (incidents.size() == 1 ? " incident" : " incidents"));
        }
    },
    JSON {
        @Override
        void write(List<StoredIncident> incidents, PrintWriter out) {
            ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
            ArrayNode array = mapper.createArrayNode();
            for (StoredIncident s : incidents) {
                IncidentMention m = s.mention();
                ObjectNode o = array.addObject();
                o.put("id", s.id());
                o.put("type", m.type().code());
                o.put("status", m.status().name().toLowerCase());
                o.put("date", m.date().map(Object::toString).orElse(null));
                o.put("place", m.place().orElse(null));
                o.put("country", m.country().orElse(null));
                m.coordinates().ifPresentOrElse(c -> {
                    o.put("latitude", c.latitude());
                    o.put("longitude", c.longitude());
                }, () -> o.putNull("latitude").putNull("longitude"));
                o.put("perpetrator", m.perpetrator().orElse(null));
                putNumber(o, "killed", m.killed());
                putNumber(o, "injured", m.injured());
                if (m.claimed().isPresent()) o.put("claimed", m.claimed().get()); else o.putNull("claimed");
                o.put("certainty", m.certainty().name().toLowerCase());
                o.put("confidence", Math.round(m.confidence() * 100) / 100.0);
                o.put("evidence", m.evidenceText());
                o.put("addedBy", s.addedBy().orElse(null));
                ObjectNode source = o.putObject("source");
                source.put("article", m.articleId());
                source.put("title", s.articleTitle());
                source.put("url", s.articleUrl().orElse(null));
                source.put("start", m.evidence().start());
                source.put("end", m.evidence().end());
                IncidentHistory.write(o, s);
            }
            try {
                out.println(mapper.writeValueAsString(array));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException("Cannot write incidents as JSON", e);
            }
        }
    },
    CSV {
        @Override
        void write(List<StoredIncident> incidents, PrintWriter out) {
            out.print("id,date,type,status,place,country,latitude,longitude,perpetrator,killed,injured,claimed,certainty,article,evidence,added_by\r\n");
            for (StoredIncident s : incidents) {
                IncidentMention m = s.mention();
                String[] cells = {
                        String.valueOf(s.id()), m.date().map(Object::toString).orElse(""), m.type().code(),
                        m.status().name().toLowerCase(), m.place().orElse(""), m.country().orElse(""),
                        m.coordinates().map(c -> String.valueOf(c.latitude())).orElse(""),
                        m.coordinates().map(c -> String.valueOf(c.longitude())).orElse(""),
                        m.perpetrator().orElse(""), number(m.killed(), ""), number(m.injured(), ""),
                        m.claimed().map(String::valueOf).orElse(""), m.certainty().name().toLowerCase(), m.articleId(),
                        m.evidenceText(), s.addedBy().orElse("")};
                StringBuilder line = new StringBuilder();
                for (int i = 0; i < cells.length; i++) {
                    if (i > 0) line.append(',');
                    line.append(csvCell(cells[i]));
                }
                out.print(line.append("\r\n"));
            }
        }
    };

    abstract void write(List<StoredIncident> incidents, PrintWriter out);

    private static String number(OptionalInt n, String none) {
        return n.isPresent() ? String.valueOf(n.getAsInt()) : none;
    }

    private static void putNumber(ObjectNode o, String field, OptionalInt n) {
        if (n.isPresent()) o.put(field, n.getAsInt()); else o.putNull(field);
    }

    /** Quotes a CSV cell, and defuses text a spreadsheet would run as a formula ("=HYPERLINK(...)"). */
    static String csvCell(String value) {
        String v = value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) v = "'" + v;
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r") || !v.equals(value)) {
            return "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }

    private static String row(String[] cells, int[] widths) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            String c = cells[i].replaceAll("\\p{Cntrl}", " ");
            if (c.length() > widths[i]) c = c.substring(0, widths[i] - 1) + "…";
            b.append(String.format("%-" + widths[i] + "s", c));
            if (i < cells.length - 1) b.append("  ");
        }
        return b.toString().stripTrailing();
    }

    static Optional<IncidentFormat> parse(String name) {
        for (IncidentFormat f : values()) if (f.name().equalsIgnoreCase(name)) return Optional.of(f);
        return Optional.empty();
    }
}
