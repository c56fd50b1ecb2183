package org.vigil.resolve;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.vigil.extract.IncidentMention;
import org.vigil.extract.IncidentType;
import org.vigil.nlp.PartialDate;

/**
 * The values an incident shows for its merged mentions: the first mention's type; the date, place,
 * country and group most of its mentions give (the most precise date, a town over a region, a named
 * group over "unknown"), ties going to the earliest mention.
 */
public record CanonicalIncident(IncidentType type, Optional<PartialDate> date, Optional<String> place,
                                Optional<IncidentMention.Coordinates> coordinates, Optional<String> country,
                                Optional<String> perpetrator) {

    public static CanonicalIncident of(List<IncidentMention> mentions) {
        if (mentions.isEmpty()) throw new IllegalArgumentException("An incident needs at least one mention");
        int finest = mentions.stream().flatMap(m -> m.date().stream()).mapToInt(d -> d.precision().ordinal()).max().orElse(-1);
        Optional<PartialDate> date = mode(mentions.stream().flatMap(m -> m.date().stream()).filter(d -> d.precision().ordinal() == finest).toList());
        boolean anyTown = mentions.stream().anyMatch(m -> m.place().isPresent() && m.coordinates().isPresent());
        List<IncidentMention> placed = mentions.stream().filter(m -> m.place().isPresent() && (!anyTown || m.coordinates().isPresent())).toList();
        Optional<String> place = mode(placed.stream().map(m -> m.place().get()).toList());
        Optional<IncidentMention.Coordinates> coordinates = place.flatMap(p -> placed.stream()
                .filter(m -> m.place().get().equals(p)).findFirst().flatMap(IncidentMention::coordinates));
        Optional<String> country = mode(mentions.stream().flatMap(m -> m.country().stream()).toList());
        List<String> groups = mentions.stream().flatMap(m -> m.perpetrator().stream()).toList();
        Optional<String> perpetrator = mode(groups.stream().filter(g -> !g.equalsIgnoreCase("unknown")).toList())
                .or(() -> groups.isEmpty() ? Optional.empty() : Optional.of(groups.get(0)));
        return new CanonicalIncident(mentions.get(0).type(), date, place, coordinates, country, perpetrator);
    }

    /** The most frequent value, the first seen on a tie. */
    private static <T> Optional<T> mode(List<T> values) {
        Map<T, Integer> counts = new LinkedHashMap<>();
        for (T v : values) counts.merge(v, 1, Integer::sum);
        return counts.entrySet().stream().max(Comparator.comparingInt(Map.Entry<T, Integer>::getValue)
                .thenComparing(e -> -values.indexOf(e.getKey()))).map(Map.Entry::getKey);
    }

    /** The mention as this incident shows it: the canonical values over {@code first}'s other fields. */
    public IncidentMention over(IncidentMention first, java.util.OptionalInt killed, java.util.OptionalInt injured) {
        return new IncidentMention(first.articleId(), type, first.status(), date, place, country, coordinates, perpetrator,
                killed, injured, first.claimed(), first.certainty(), first.evidence(), first.evidenceText(), first.confidence());
    }

}
