package org.vigil.review;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.vigil.extract.Certainty;
import org.vigil.extract.IncidentMention;
import org.vigil.extract.IncidentStatus;
import org.vigil.extract.IncidentType;
import org.vigil.nlp.Span;

/**
 * The corrections in force over a set of articles, laid over extracted mentions: a mention's target is
 * its article and evidence sentence, and for each field the newest correction of that target wins.
 * Extracted values are never changed; {@link #apply} returns a corrected copy.
 */
public final class CorrectionOverlay {
    /** Every correction of one target, oldest first, and the newest per field. */
    private record Target(List<Correction> history, Map<CorrectionField, Correction> current) { }

    private final Map<String, Target> targets = new LinkedHashMap<>();

    public CorrectionOverlay(List<Correction> corrections) {
        for (Correction c : corrections) {
            Target t = targets.computeIfAbsent(key(c.articleId(), c.evidenceText()), k -> new Target(new ArrayList<>(), new EnumMap<>(CorrectionField.class)));
            t.history().add(c);
            t.current().put(c.field(), c);
        }
    }

    public boolean isEmpty() {
        return targets.isEmpty();
    }

    /** The mention with every correction in force applied. */
    public IncidentMention apply(IncidentMention m) {
        Target t = targets.get(key(m));
        if (t == null) return m;
        IncidentMention corrected = m;
        for (Correction c : t.current().values()) corrected = c.field().apply(corrected, c.value());
        return corrected;
    }

    /** True when the newest verdict on this mention is that it states no incident. */
    public boolean rejected(IncidentMention m) {
        Target t = targets.get(key(m));
        return t != null && Optional.ofNullable(t.current().get(CorrectionField.NOT_INCIDENT)).flatMap(Correction::value).orElse("false").equals("true");
    }

    /** Every correction of the incident this mention states, oldest first. */
    public List<Correction> history(IncidentMention m) {
        Target t = targets.get(key(m));
        return t == null ? List.of() : List.copyOf(t.history());
    }

    /** The corrections in force on this mention, one per field. */
    public Map<CorrectionField, Correction> current(IncidentMention m) {
        Target t = targets.get(key(m));
        return t == null ? Map.of() : Map.copyOf(t.current());
    }

    /** The incidents analysts added to the article because extraction missed them, with their corrected fields. */
    public List<IncidentMention> missed(String articleId) {
        List<IncidentMention> missed = new ArrayList<>();
        for (Target t : targets.values()) {
            Correction added = t.current().get(CorrectionField.MISSED_INCIDENT);
            if (added == null || !added.articleId().equals(articleId) || added.value().isEmpty()) continue;
            IncidentType type = IncidentType.fromCode(added.value().get()).orElseThrow();
            String quote = added.evidenceText();
            IncidentMention base = new IncidentMention(articleId, type, IncidentStatus.COMPLETED, Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.empty(), OptionalInt.empty(), OptionalInt.empty(), Optional.empty(), Certainty.STATED,
                    new Span(added.evidenceStart(), added.evidenceStart() + quote.length()), quote, 1.0);
            if (!rejected(base)) missed.add(apply(base));
        }
        return missed;
    }

    private static String key(IncidentMention m) {
        return key(m.articleId(), m.evidenceText());
    }

    private static String key(String articleId, String evidence) {
        return articleId + '\u0000' + evidence;
    }
}
