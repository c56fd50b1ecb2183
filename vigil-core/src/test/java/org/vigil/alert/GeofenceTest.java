package org.vigil.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.vigil.extract.IncidentMention.Coordinates;

class GeofenceTest {
    @Test
    void haversineGivesTheGreatCircleDistance() {
        // Paris to London is about 344 km.
        assertThat(Geofence.distanceKm(48.8566, 2.3522, 51.5074, -0.1278)).isBetween(340.0, 348.0);
        assertThat(Geofence.distanceKm(10, 10, 10, 10)).isZero();
    }

    @Test
    void boxAcrossTheAntimeridianHoldsBothSides() {
        Geofence box = Geofence.parse("box:-20,170,-10,-170");
        assertThat(box.contains(new Coordinates(-15, 175))).isTrue();
        assertThat(box.contains(new Coordinates(-15, -175))).isTrue();
        assertThat(box.contains(new Coordinates(-15, 0))).isFalse();
    }

    @Test
    void textFormReadsBack() {
        assertThat(Geofence.parse("48.8566, 2.3522, 50 km").text()).isEqualTo("48.8566,2.3522,50");
        assertThat(Geofence.parse(" BOX:1,2,3,4").text()).isEqualTo("box:1,2,3,4");
    }

    @Test
    void rejectsRadiusAndCoordinatesOutOfRange() {
        assertThatThrownBy(() -> Geofence.parse("48,2,0")).hasMessage("Geofence '48,2,0': Geofence radius must be between 0 and 20000 km, got 0.0");
        assertThatThrownBy(() -> Geofence.parse("91,2,5")).hasMessage("Geofence '91,2,5': latitude must be between -90 and 90, got 91.0");
        assertThatThrownBy(() -> Geofence.parse("box:10,0,5,1")).hasMessage("Geofence 'box:10,0,5,1': Geofence box south 10.0 lies north of its north 5.0");
        assertThatThrownBy(() -> Geofence.parse("here,2,5")).hasMessage("Geofence 'here,2,5': 'here' is not a number");
    }
}
