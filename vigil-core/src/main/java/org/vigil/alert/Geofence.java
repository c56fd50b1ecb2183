package org.vigil.alert;

import java.util.Locale;
import org.vigil.extract.IncidentMention.Coordinates;

/** An area on the map a watchlist watches: a point with a radius, or a bounding box; it says whether coordinates lie inside. */
public sealed interface Geofence {

    /** Mean Earth radius for the haversine distance. */
    double EARTH_RADIUS_KM = 6371.0088;

    boolean contains(Coordinates point);

    /** The text form {@link #parse} reads back. */
    String text();

    /** Everything within {@code radiusKm} kilometres (great-circle distance) of a point. */
    record Circle(double latitude, double longitude, double radiusKm) implements Geofence {
        public Circle {
            checkLatitude(latitude);
            checkLongitude(longitude);
            if (!(radiusKm > 0) || radiusKm > 20_000) throw new IllegalArgumentException("Geofence radius must be between 0 and 20000 km, got " + radiusKm);
        }

        @Override
        public boolean contains(Coordinates point) {
            return distanceKm(latitude, longitude, point.latitude(), point.longitude()) <= radiusKm;
        }

        @Override
        public String text() {
            return format(latitude) + "," + format(longitude) + "," + format(radiusKm);
        }
    }

    /** Everything between two latitudes and two longitudes; {@code west > east} crosses the antimeridian. */
    record Box(double south, double west, double north, double east) implements Geofence {
        public Box {
            checkLatitude(south);
            checkLatitude(north);
            checkLongitude(west);
            checkLongitude(east);
            if (south > north) throw new IllegalArgumentException("Geofence box south " + south + " lies north of its north " + north);
        }

        @Override
        public boolean contains(Coordinates point) {
            double lat = point.latitude();
            double lon = point.longitude();
            if (lat < south || lat > north) return false;
            return west <= east ? lon >= west && lon <= east : lon >= west || lon <= east;
        }

        @Override
        public String text() {
            return "box:" + format(south) + "," + format(west) + "," + format(north) + "," + format(east);
        }
    }

    /** Great-circle distance in kilometres by the haversine formula. */
    static double distanceKm(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
    }

    /**
     * Reads {@code LAT,LON,KM} (a point and a radius) or {@code box:SOUTH,WEST,NORTH,EAST}.
     *
     * @throws IllegalArgumentException naming the text and the form expected
     */
    static Geofence parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        boolean box = t.startsWith("box:");
        String[] parts = (box ? t.substring(4) : t).split("\\s*,\\s*");
        try {
            if (box && parts.length == 4) {
                return new Box(number(parts[0]), number(parts[1]), number(parts[2]), number(parts[3]));
            }
            if (!box && parts.length == 3) {
                return new Circle(number(parts[0]), number(parts[1]), number(parts[2].replace("km", "").trim()));
            }
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Geofence '" + text + "': " + e.getMessage(), e);
        }
        throw new IllegalArgumentException("Geofence must be LAT,LON,KM (like 48.8566,2.3522,50) or box:SOUTH,WEST,NORTH,EAST, got '" + text + "'");
    }

    private static double number(String s) {
        try {
            return Double.parseDouble(s.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + s + "' is not a number");
        }
    }

    private static void checkLatitude(double lat) {
        if (!(lat >= -90 && lat <= 90)) throw new IllegalArgumentException("latitude must be between -90 and 90, got " + lat);
    }

    private static void checkLongitude(double lon) {
        if (!(lon >= -180 && lon <= 180)) throw new IllegalArgumentException("longitude must be between -180 and 180, got " + lon);
    }

    private static String format(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e9 ? String.valueOf((long) value) : String.valueOf(value);
    }
}
