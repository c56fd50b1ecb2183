package org.vigil.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.vigil.alert.AlertSamples.KABUL;
import static org.vigil.alert.AlertSamples.PARIS;
import static org.vigil.alert.AlertSamples.SAINT_DENIS;
import static org.vigil.alert.AlertSamples.incident;
import static org.vigil.alert.AlertSamples.names;
import static org.vigil.alert.AlertSamples.watchlist;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.extract.IncidentType;
import org.vigil.store.ChangedIncident;

class WatchMatcherTest {
    static final ChangedIncident PARIS_BOMBING = incident(IncidentType.BOMBING, "FR", PARIS, "Islamic State Khorasan Province", 12,
            "A car bomb exploded near the Gare du Nord in Paris.");

    @Test
    void emptyCriteriaWatchEverything() {
        assertThat(WatchMatcher.matches(watchlist("ana", "all", "{}"), PARIS_BOMBING)).isTrue();
    }

    @Test
    void matchesIskpAttackInEuropeByGroupTypeAndRegion() {
        Watchlist w = watchlist("ana", "iskp-europe",
                "{\"types\":[\"bombing\",\"armed_assault\"],\"groups\":[\"Islamic State Khorasan Province\"],\"regions\":[\"europe\"]}");
        assertThat(WatchMatcher.matches(w, PARIS_BOMBING)).isTrue();
        assertThat(WatchMatcher.matches(w, incident(IncidentType.BOMBING, "AF", KABUL, "Islamic State Khorasan Province", 12, "x"))).isFalse();
        assertThat(WatchMatcher.matches(w, incident(IncidentType.ARREST, "FR", PARIS, "Islamic State Khorasan Province", 12, "x"))).isFalse();
        assertThat(WatchMatcher.matches(w, incident(IncidentType.BOMBING, "FR", PARIS, "Taliban", 12, "x"))).isFalse();
    }

    @Test
    void groupsCompareIgnoringCase() {
        assertThat(WatchMatcher.matches(watchlist("ana", "w", "{\"groups\":[\"islamic state khorasan province\"]}"), PARIS_BOMBING)).isTrue();
    }

    @Test
    void geofenceCircleHoldsWhatLiesWithinItsRadius() {
        // Saint-Denis is about 9 km north of central Paris.
        assertThat(WatchMatcher.matches(watchlist("ana", "office", "{\"geofences\":[\"48.9362,2.3574,10\"]}"), PARIS_BOMBING)).isTrue();
        assertThat(WatchMatcher.matches(watchlist("ana", "office", "{\"geofences\":[\"48.9362,2.3574,5\"]}"), PARIS_BOMBING)).isFalse();
        assertThat(Geofence.distanceKm(SAINT_DENIS.latitude(), SAINT_DENIS.longitude(), PARIS.latitude(), PARIS.longitude())).isBetween(9.0, 9.5);
    }

    @Test
    void anyOfSeveralGeofencesOrCountriesIsEnough() {
        Watchlist w = watchlist("ana", "offices", "{\"geofences\":[\"34.5,69.2,50\",\"box:40,-5,45,5\"],\"countries\":[\"de\"]}");
        assertThat(WatchMatcher.matches(w, incident(IncidentType.BOMBING, "AF", KABUL, null, 1, "x"))).isTrue();
        assertThat(WatchMatcher.matches(w, incident(IncidentType.BOMBING, "DE", null, null, 1, "x"))).isTrue();
        assertThat(WatchMatcher.matches(w, PARIS_BOMBING)).isFalse();
    }

    @Test
    void incidentWithoutCoordinatesIsInNoGeofence() {
        Watchlist w = watchlist("ana", "office", "{\"geofences\":[\"48.85,2.35,50\"]}");
        assertThat(WatchMatcher.matches(w, incident(IncidentType.BOMBING, "FR", null, null, 1, "x"))).isFalse();
    }

    @Test
    void minimumTollNeedsAReportedFigureAtLeastThatHigh() {
        Watchlist w = watchlist("ana", "toll", "{\"minKilled\":11}");
        assertThat(WatchMatcher.matches(w, PARIS_BOMBING)).isTrue();
        assertThat(WatchMatcher.matches(w, incident(IncidentType.BOMBING, "FR", PARIS, null, 10, "x"))).isFalse();
        assertThat(WatchMatcher.matches(w, incident(IncidentType.BOMBING, "FR", PARIS, null, -1, "x"))).isFalse();
    }

    @Test
    void keywordsMatchWholeWordsAndPhrasesIgnoringCase() {
        assertThat(WatchMatcher.matches(watchlist("ana", "k", "{\"keywords\":[\"car  bomb\"]}"), PARIS_BOMBING)).isTrue();
        assertThat(WatchMatcher.matches(watchlist("ana", "k", "{\"keywords\":[\"GARE DU NORD\"]}"), PARIS_BOMBING)).isTrue();
        assertThat(WatchMatcher.matches(watchlist("ana", "k", "{\"keywords\":[\"car b\"]}"), PARIS_BOMBING)).isFalse();
        assertThat(WatchMatcher.matches(watchlist("ana", "k", "{\"keywords\":[\"stadium\", \"paris\"]}"), PARIS_BOMBING)).isTrue();
    }

    @Test
    void inactiveWatchlistsAreLeftOutOfMatching() {
        Watchlist on = watchlist("ana", "on", "{}");
        Watchlist off = new Watchlist(0, "ana", "off", WatchCriteria.EVERYTHING, false);
        assertThat(names(new WatchMatcher(List.of(on, off)).matching(PARIS_BOMBING))).containsExactly("on");
    }

    @Test
    void rejectsEveryProblemOfACriteriaObjectAtOnce() {
        assertThatThrownBy(() -> AlertSamples.criteria(
                "{\"types\":[\"picnic\"],\"countries\":[\"France\"],\"regions\":[\"Atlantis\"],\"geofences\":[\"1,2\"],\"minKilled\":-1}"))
                .isInstanceOf(InvalidWatchlist.class)
                .satisfies(e -> assertThat(((InvalidWatchlist) e).problems()).containsExactly(
                        "Unknown incident type 'picnic'; known types: bombing, armed_assault, assassination, hostage_taking, kidnapping, "
                                + "hijacking, arson_sabotage, vehicle_ramming, unarmed_assault, plot_foiled, arrest, warning",
                        "Country must be an ISO code like FR, got 'France'",
                        "Unknown region 'Atlantis'; known regions: " + String.join(", ", Regions.bundled().names()),
                        "Geofence must be LAT,LON,KM (like 48.8566,2.3522,50) or box:SOUTH,WEST,NORTH,EAST, got '1,2'",
                        "minKilled must be a whole number 0 or more, got -1"));
    }

    @Test
    void criteriaSurviveTheirJsonForm() {
        WatchCriteria c = AlertSamples.criteria("{\"types\":[\"bombing\"],\"groups\":[\"ISKP\"],\"countries\":[\"fr\"],\"regions\":[\"sahel\"],"
                + "\"geofences\":[\"48.85,2.35,50\",\"box:40,170,45,-170\"],\"minKilled\":10,\"keywords\":[\"stadium\"]}");
        assertThat(CriteriaJson.parse(CriteriaJson.text(c))).isEqualTo(c);
        assertThat(c.regions()).containsExactly("Sahel");
        assertThat(c.countries()).containsExactly("FR");
    }
}
