package org.vigil.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.vigil.extract.Certainty;
import org.vigil.extract.IncidentMention;
import org.vigil.extract.IncidentStatus;
import org.vigil.extract.IncidentType;
import org.vigil.nlp.PartialDate;
import org.vigil.nlp.Span;

/**
 * The analysts' corrections in force over the mentions of some articles, read from the {@code correction}
 * table (migration V4): a correction's target is an article and the evidence sentence of the incident it
 * states, and for each target and field the newest correction wins. It turns a mention as extracted into
 * the mention as corrected, says which mentions analysts judged no incident, and lists the incidents they
 * added because extraction missed them. Field codes and values are those the review feature stores
 * ({@code org.vigil.review.CorrectionField}); how a stored value sets a mention's field is defined here
 * only, as the store needs it on its own.
 */
public final class CorrectionsInForce {
    /** The verdict "this sentence states no incident"; its value is {@code true} or {@code false}. */
    static final String NOT_INCIDENT = "not_incident";
    /** An incident extraction missed, added from a note on its passage; its value is the incident type. */
    static final String MISSED_INCIDENT = "missed_incident";
    /** A position, "latitude, longitude" in decimal degrees. */
    static final String COORDINATES = "coordinates";

    /** An incident an analyst added to an article: the passage that states it (where it was), its type, and who added it. */
    record Added(String articleId, String quote, int start, IncidentType type, String author) { }

    /** The newest correction of one field of one target: its row id (a later one is newer), value and author. */
    private record InForce(long id, Optional<String> value, int evidenceStart, String author) { }

    private static final String READ = """
            SELECT c.id, c.article_id, c.evidence_text, c.evidence_start, c.field, c.value, a.name
            FROM correction c JOIN account a ON a.id = c.account_id
            WHERE c.article_id IN (%s)
            ORDER BY c.id
            """;

    static final CorrectionsInForce NONE = new CorrectionsInForce(Map.of());

    /** Target (article and evidence sentence) to field code to the newest correction of that field. */
    private final Map<String, Map<String, InForce>> targets;

    private CorrectionsInForce(Map<String, Map<String, InForce>> targets) {
        this.targets = targets;
    }

    /** The corrections in force over these articles, read on {@code connection}. */
    static CorrectionsInForce read(Connection connection, Collection<String> articleIds) throws SQLException {
        List<String> ids = List.copyOf(new LinkedHashSet<>(articleIds));
        if (ids.isEmpty()) return NONE;
        Map<String, Map<String, InForce>> targets = new LinkedHashMap<>();
        String marks = String.join(", ", Collections.nCopies(ids.size(), "?"));
        try (PreparedStatement statement = connection.prepareStatement(READ.formatted(marks))) {
            for (int i = 0; i < ids.size(); i++) statement.setString(i + 1, ids.get(i));
            try (ResultSet r = statement.executeQuery()) {
                while (r.next()) {
                    targets.computeIfAbsent(key(r.getString("article_id"), r.getString("evidence_text")), k -> new HashMap<>())
                            .put(r.getString("field"), new InForce(r.getLong("id"), Optional.ofNullable(r.getString("value")),
                                    r.getInt("evidence_start"), r.getString("name")));
                }
            }
        }
        return targets.isEmpty() ? NONE : new CorrectionsInForce(targets);
    }

    boolean isEmpty() {
        return targets.isEmpty();
    }

    /** True when some correction (a field or a verdict) targets this mention. */
    boolean corrects(IncidentMention m) {
        return targets.containsKey(key(m.articleId(), m.evidenceText()));
    }

    /** The mention with every field correction in force applied. */
    IncidentMention apply(IncidentMention m) {
        Map<String, InForce> fields = targets.get(key(m.articleId(), m.evidenceText()));
        if (fields == null) return m;
        IncidentMention corrected = m;
        for (Map.Entry<String, InForce> e : fields.entrySet()) {
            if (!e.getKey().equals(COORDINATES)) corrected = set(corrected, e.getKey(), e.getValue().value());
        }
        // Last, as a corrected place or country drops the coordinates it would otherwise set.
        InForce coordinates = fields.get(COORDINATES);
        return coordinates == null ? corrected : set(corrected, COORDINATES, coordinates.value());
    }

    /** True when the newest verdict on this mention is that it states no incident. */
    boolean rejected(IncidentMention m) {
        return Optional.ofNullable(targets.getOrDefault(key(m.articleId(), m.evidenceText()), Map.of()).get(NOT_INCIDENT))
                .flatMap(InForce::value).orElse("false").equals("true");
    }

    /**
     * The value of {@code field} the analysts set last over any of these mentions (as extracted), when one
     * of them corrected it: the incident shows it whatever its other sources say.
     */
    Optional<Optional<String>> newest(List<IncidentMention> mentions, String field) {
        InForce newest = null;
        for (IncidentMention m : mentions) {
            InForce c = targets.getOrDefault(key(m.articleId(), m.evidenceText()), Map.of()).get(field);
            if (c != null && (newest == null || c.id() > newest.id())) newest = c;
        }
        return newest == null ? Optional.empty() : Optional.of(newest.value());
    }

    /** The incidents analysts added to the article, each with the type its newest "missed incident" correction gives. */
    List<Added> added(String articleId) {
        List<Added> added = new ArrayList<>();
        for (Map.Entry<String, Map<String, InForce>> t : targets.entrySet()) {
            InForce missed = t.getValue().get(MISSED_INCIDENT);
            int split = t.getKey().indexOf('\u0000');
            if (missed == null || missed.value().isEmpty() || !t.getKey().substring(0, split).equals(articleId)) continue;
            Optional<IncidentType> type = IncidentType.fromCode(missed.value().get());
            if (type.isEmpty()) continue;
            added.add(new Added(articleId, t.getKey().substring(split + 1), missed.evidenceStart(), type.get(), missed.author()));
        }
        return added;
    }

    /** The bare incident an analyst added: of its type, stated at {@code start}; corrections of its passage fill in the rest. */
    static IncidentMention addedMention(Added a, int start) {
        return new IncidentMention(a.articleId(), a.type(), IncidentStatus.COMPLETED, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), OptionalInt.empty(), OptionalInt.empty(), Optional.empty(), Certainty.STATED,
                new Span(start, start + a.quote().length()), a.quote(), 1.0);
    }

    /**
     * The mention with one field set to a stored correction value ({@code field} a correction field code;
     * an empty value clears the field). A corrected place or country no longer fits the extracted
     * coordinates, so they are dropped; verdicts and unknown fields leave the mention as it is.
     */
    public static IncidentMention set(IncidentMention m, String field, Optional<String> value) {
        IncidentType type = m.type();
        Optional<PartialDate> date = m.date();
        Optional<String> place = m.place();
        Optional<String> country = m.country();
        Optional<String> perpetrator = m.perpetrator();
        OptionalInt killed = m.killed();
        OptionalInt injured = m.injured();
        Optional<Boolean> claimed = m.claimed();
        if (field.equals(COORDINATES)) {
            return new IncidentMention(m.articleId(), type, m.status(), date, place, country, value.flatMap(CorrectionsInForce::coordinates),
                    perpetrator, killed, injured, claimed, m.certainty(), m.evidence(), m.evidenceText(), m.confidence());
        }
        switch (field) {
            case "type" -> type = value.flatMap(IncidentType::fromCode).orElse(type);
            case "date" -> date = value.flatMap(PartialDate::parse);
            case "place" -> place = value;
            case "country" -> country = value;
            case "perpetrator" -> perpetrator = value;
            case "killed" -> killed = number(value);
            case "injured" -> injured = number(value);
            case "claimed" -> claimed = value.map(Boolean::valueOf);
            default -> {
                return m;
            }
        }
        boolean moved = !place.equals(m.place()) || !country.equals(m.country());
        return new IncidentMention(m.articleId(), type, m.status(), date, place, country, moved ? Optional.empty() : m.coordinates(), perpetrator,
                killed, injured, claimed, m.certainty(), m.evidence(), m.evidenceText(), m.confidence());
    }

    /** "55.75, 37.62" as coordinates; empty when it is not two numbers in range. */
    public static Optional<IncidentMention.Coordinates> coordinates(String text) {
        String[] parts = text.split(",");
        if (parts.length != 2) return Optional.empty();
        try {
            double latitude = Double.parseDouble(parts[0].strip());
            double longitude = Double.parseDouble(parts[1].strip());
            if (Double.isNaN(latitude) || Double.isNaN(longitude) || Math.abs(latitude) > 90 || Math.abs(longitude) > 180) return Optional.empty();
            return Optional.of(new IncidentMention.Coordinates(latitude, longitude));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Coordinates as a correction stores them: "55.75, 37.62", to five decimals at most. */
    public static String text(IncidentMention.Coordinates c) {
        return decimal(c.latitude()) + ", " + decimal(c.longitude());
    }

    private static String decimal(double value) {
        return java.math.BigDecimal.valueOf(value).setScale(5, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    private static OptionalInt number(Optional<String> value) {
        return value.map(v -> OptionalInt.of(Integer.parseInt(v))).orElse(OptionalInt.empty());
    }

    private static String key(String articleId, String evidence) {
        return articleId + '\u0000' + evidence;
    }
}
