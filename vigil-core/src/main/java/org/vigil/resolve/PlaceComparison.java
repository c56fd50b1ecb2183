package org.vigil.resolve;

import java.util.Locale;
import java.util.Optional;
import org.vigil.extract.IncidentMention;

/**
 * The place signal of a {@link MentionComparison}: the same name; two towns near, in one area, or far
 * apart; a town inside a region (unless far from the region's namesake capital); two regions; or only
 * a country. Empty when either mention names no place, or one the gazetteer does not know.
 */
final class PlaceComparison {
    /** Within this distance two towns are one scene or its suburb (Krasnogorsk is 20 km from Moscow). */
    static final double NEAR_KM = 40;
    static final double FAR_KM = 150;
    /** Above this population, "same place" names a city too big to tie two events by itself. */
    static final long BIG_CITY = 1_000_000;

    private PlaceComparison() {
    }

    static Optional<MentionComparison.Signal> of(IncidentMention n, IncidentMention s, PlaceLookup places) {
        if (n.place().isEmpty() || s.place().isEmpty()) return Optional.empty();
        String x = n.place().get();
        String y = s.place().get();
        Optional<String> country = n.country().or(s::country);
        if (MentionComparison.fold(x).equals(MentionComparison.fold(y))) {
            boolean big = places.place(x, country).map(p -> p.population() > BIG_CITY).orElse(false);
            return anchor(big ? 1.0 : 1.5, "same place " + x + (big ? " (a big city)" : ""));
        }
        Optional<IncidentMention.Coordinates> cn = point(n);
        Optional<IncidentMention.Coordinates> cs = point(s);
        if (cn.isPresent() && cs.isPresent()) {
            double km = kilometres(cn.get(), cs.get());
            if (km <= NEAR_KM) {
                return anchor(1.0, String.format(Locale.ROOT, "%s lies %.0f km from %s", x, km, y));
            }
            if (km > FAR_KM) {
                return Optional.of(new MentionComparison.Signal("place", 0, false, true,
                        String.format(Locale.ROOT, "%s lies %.0f km from %s", x, km, y)));
            }
            return points(-0.5, String.format(Locale.ROOT, "%s lies %.0f km from %s", x, km, y));
        }
        Optional<Place.Kind> kx = kind(n, places);
        Optional<Place.Kind> ky = kind(s, places);
        boolean countryX = kx.equals(Optional.of(Place.Kind.COUNTRY));
        boolean countryY = ky.equals(Optional.of(Place.Kind.COUNTRY));
        boolean regionX = kx.equals(Optional.of(Place.Kind.REGION));
        boolean regionY = ky.equals(Optional.of(Place.Kind.REGION));
        if (countryX || countryY) {
            return points(0.0, (countryX ? x : y) + " names only the country");
        } else if (regionX && regionY) {
            return points(-2.0, "different regions " + x + " and " + y);
        } else if (regionX || regionY) {
            String wide = regionX ? x : y;
            String narrow = regionX ? y : x;
            IncidentMention townMention = regionX ? s : n;
            Optional<IncidentMention.Coordinates> town = point(townMention).or(() -> places.place(narrow, country)
                    .filter(p -> p.kind() == Place.Kind.CITY && p.hasCoordinates())
                    .map(p -> new IncidentMention.Coordinates(p.latitude(), p.longitude())));
            double km = town.map(t -> fromNamesake(wide, country, t, places)).orElse(0.0);
            if (km > FAR_KM) {
                // A region mostly shares its name with its capital; a town far from that capital probably lies elsewhere.
                return points(-1.0, String.format(Locale.ROOT, "%s lies %.0f km from the town of %s, so probably outside the region", narrow, km, wide));
            }
            return anchor(0.6, narrow + " may lie inside " + wide);
        } else if (kx.isPresent() && ky.isPresent()) {
            return points(-1.0, "different towns " + x + " and " + y);
        }
        // A place the gazetteer does not know (a meadow, a village, a compound) cannot be compared by name:
        // what the reports' words name decides ({@link NamedPlaces}).
        return Optional.empty();
    }

    private static Optional<MentionComparison.Signal> points(double points, String reason) {
        return Optional.of(new MentionComparison.Signal("place", points, false, false, reason));
    }

    private static Optional<MentionComparison.Signal> anchor(double points, String reason) {
        return Optional.of(new MentionComparison.Signal("place", points, true, false, reason));
    }

    /** The mention's point, when it has one: the extractor gives regions coordinates of NaN. */
    private static Optional<IncidentMention.Coordinates> point(IncidentMention m) {
        return m.coordinates().filter(c -> !Double.isNaN(c.latitude()) && !Double.isNaN(c.longitude()));
    }

    /**
     * How far a town lies from the town a region shares its name with (Sokoto, Kaduna), which a region's
     * own lack of coordinates leaves as the best guess of where it lies; 0 when no such town is known.
     */
    static double fromNamesake(String region, Optional<String> country, IncidentMention.Coordinates town, PlaceLookup places) {
        return places.places(region).stream()
                .filter(p -> p.kind() == Place.Kind.CITY && p.hasCoordinates() && country.map(p.countryCode()::equalsIgnoreCase).orElse(true))
                .findFirst()
                .map(c -> kilometres(town, new IncidentMention.Coordinates(c.latitude(), c.longitude())))
                .orElse(0.0);
    }

    /** Whether the mention has a place that can be compared: one with a point, or one the gazetteer knows. */
    static boolean known(IncidentMention m, PlaceLookup places) {
        return m.place().isPresent() && (m.coordinates().isPresent() || kind(m, places).isPresent());
    }

    /** A town when the mention has a point, a region when its coordinates are NaN, else what the gazetteer says. */
    private static Optional<Place.Kind> kind(IncidentMention m, PlaceLookup places) {
        if (point(m).isPresent()) return Optional.of(Place.Kind.CITY);
        if (m.coordinates().isPresent()) return Optional.of(Place.Kind.REGION);
        return places.place(m.place().orElseThrow(), m.country()).map(Place::kind);
    }

    static double kilometres(IncidentMention.Coordinates a, IncidentMention.Coordinates b) {
        double lat1 = Math.toRadians(a.latitude());
        double lat2 = Math.toRadians(b.latitude());
        double dLat = lat2 - lat1;
        double dLon = Math.toRadians(b.longitude() - a.longitude());
        double h = Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(lat1) * Math.cos(lat2) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * 6371 * Math.asin(Math.sqrt(h));
    }
}
