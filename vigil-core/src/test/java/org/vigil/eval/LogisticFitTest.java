package org.vigil.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.extract.RelevanceModel;

class LogisticFitTest {
    private static List<LogisticFit.Example> combatVersusAttacks() {
        List<LogisticFit.Example> examples = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            examples.add(new LogisticFit.Example(List.of("w:bomb", "w:market", "noise:" + (i % 7)), true, 1));
            examples.add(new LogisticFit.Example(List.of("w:combat", "w:troops", "noise:" + (i % 7)), false, 1));
        }
        return examples;
    }

    @Test
    void learnsWhichCuesMarkRealIncidents() {
        RelevanceModel model = new LogisticFit(0.001, 20, 0.1, 1).fit(combatVersusAttacks(), 0.5);

        assertThat(model.probability(List.of("w:bomb", "w:market"))).isGreaterThan(0.8);
        assertThat(model.probability(List.of("w:combat", "w:troops"))).isLessThan(0.2);
        assertThat(model.threshold()).isEqualTo(0.5);
    }

    @Test
    void writtenModelReadsBackWithTheSameProbabilities() throws Exception {
        RelevanceModel model = new LogisticFit(0.001, 20, 0.1, 1).fit(combatVersusAttacks(), 0.3).withThresholds(0.3, 0.15);
        StringWriter out = new StringWriter();
        model.write(out);

        RelevanceModel read = RelevanceModel.read(new ByteArrayInputStream(out.toString().getBytes(StandardCharsets.UTF_8)));

        assertThat(read.threshold()).isEqualTo(0.3);
        assertThat(read.securityThreshold()).isEqualTo(0.15);
        assertThat(read.probability(List.of("w:bomb"))).isCloseTo(model.probability(List.of("w:bomb")), org.assertj.core.data.Offset.offset(1e-4));
    }

    @Test
    void aModelWithoutASecurityThresholdHoldsSecurityEventsToTheAttackThreshold() throws Exception {
        String text = "#bias\t0.1\n#threshold\t0.35\nw:bomb\t0.5\n";

        RelevanceModel read = RelevanceModel.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));

        assertThat(read.securityThreshold()).isEqualTo(0.35);
    }

    @Test
    void aMalformedModelLineIsNamed() {
        String text = "#bias\t0.1\nw:bomb 0.5\n";

        assertThatThrownBy(() -> RelevanceModel.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))))
                .hasMessageContaining("line 2").hasMessageContaining("feature<TAB>weight");
    }

    @Test
    void refusesMeaninglessSettings() {
        assertThatThrownBy(() -> new LogisticFit(0.01, 0, 0.1, 1)).hasMessageContaining("epochs >= 1");
    }
}
