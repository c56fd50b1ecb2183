package org.vigil.review;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {
    private final PasswordHasher hasher = new PasswordHasher(1024, 1, 1);

    @Test
    void hashesWithArgon2idInPhcFormatWithAFreshSalt() {
        String a = hasher.hash("correct horse battery");
        assertThat(a).startsWith("$argon2id$v=19$m=1024,t=1,p=1$");
        assertThat(hasher.hash("correct horse battery")).isNotEqualTo(a);
    }

    @Test
    void matchesOnlyTheRightPassword() {
        String hash = hasher.hash("correct horse battery");
        assertThat(hasher.matches("correct horse battery", hash)).isTrue();
        assertThat(hasher.matches("correct horse batterY", hash)).isFalse();
    }

    @Test
    void neverMatchesAHashInAnotherFormat() {
        assertThat(hasher.matches("x", "plain:x")).isFalse();
        assertThat(hasher.matches("x", "")).isFalse();
    }

    @Test
    void defaultCostIsOwaspsMinimum() {
        assertThat(new PasswordHasher().hash("correct horse battery")).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
    }
}
