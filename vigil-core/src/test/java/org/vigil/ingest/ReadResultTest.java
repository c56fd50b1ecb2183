package org.vigil.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReadResultTest {

    @Test
    void rejectionMessageNamesInputThenProblem() {
        assertThat(new ReadResult.Rejected("in/a.jsonl:line 3", "has no \"id\"").message()).isEqualTo("in/a.jsonl:line 3: has no \"id\"");
    }
}
