package org.vigil.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RobotsRulesTest {
    @Test
    void usesTheGroupNamingVigilOverTheStarGroup() {
        RobotsRules rules = RobotsRules.parse("User-agent: *\nDisallow: /\n\nUser-agent: vigil\nDisallow: /drafts\n", "Vigil/0.1 (+x)");

        assertThat(rules.allows("/news/1")).isTrue();
        assertThat(rules.allows("/drafts/1")).isFalse();
    }

    @Test
    void longestMatchWinsAndAllowWinsATie() {
        RobotsRules rules = RobotsRules.parse("User-agent: *\nDisallow: /news\nAllow: /news/world\nDisallow: /*.pdf$\n", "Vigil");

        assertThat(rules.allows("/news/local")).isFalse();
        assertThat(rules.allows("/news/world/1")).isTrue();
        assertThat(rules.allows("/files/a.pdf")).isFalse();
        assertThat(rules.allows("/files/a.pdf?x=1")).isTrue();
    }

    @Test
    void emptyOrGarbageFileAllowsEverything() {
        assertThat(RobotsRules.parse("", "Vigil").allows("/")).isTrue();
        assertThat(RobotsRules.parse("\u0000\u0001 garbage : : \n<html>", "Vigil").allows("/a")).isTrue();
        assertThat(RobotsRules.parse("User-agent: *\nDisallow:\n", "Vigil").allows("/a")).isTrue();
    }
}
