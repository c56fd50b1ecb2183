package org.vigil.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AttributionTest {

    @Test
    void aGroupTellingItsOwnActionsClaimsThem() {
        assertThat(Attribution.claim("The FMLN claims it seized El Salitre estate and, from there, attacked the 3d Infantry Brigade."))
                .contains(true);
        assertThat(Attribution.claim("In an impressive attack on a military position, our fighters annihilated and destroyed that position."))
                .contains(true);
        assertThat(Attribution.claim("The Taliban claimed responsibility for the attack.")).contains(true);
    }

    @Test
    void aThirdPartyTellingTheActionsClaimsNothing() {
        assertThat(Attribution.claim("The army said the rebels attacked a garrison in San Miguel.")).isEmpty();
        assertThat(Attribution.claim("Their forces attacked the town before dawn, witnesses said.")).isEmpty();
        assertThat(Attribution.claim("No group has claimed responsibility for the bombing.")).contains(false);
    }
}
