package org.vigil.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.extract.Certainty;

class FigureReportTest {
    private static FigureReport report(int value, int day, Certainty certainty, long order) {
        return new FigureReport("killed", value, "a" + order, "outlet", LocalDate.of(2024, 3, day), certainty, order);
    }

    @Test
    void headlineIsTheLatestReport() {
        assertThat(FigureReport.headline(List.of(report(40, 22, Certainty.STATED, 1), report(139, 24, Certainty.STATED, 2),
                report(115, 23, Certainty.REPORTED, 3)))).map(FigureReport::value).contains(139);
    }

    @Test
    void aStatedFigureOutranksALaterAllegedOne() {
        assertThat(FigureReport.headline(List.of(report(139, 24, Certainty.STATED, 1), report(500, 25, Certainty.ALLEGED, 2))))
                .map(FigureReport::value).contains(139);
    }

    @Test
    void theReportReceivedLastWinsOnOneDay() {
        assertThat(FigureReport.headline(List.of(report(60, 22, Certainty.STATED, 2), report(40, 22, Certainty.STATED, 1))))
                .map(FigureReport::value).contains(60);
    }

    @Test
    void noReportsNoHeadline() {
        assertThat(FigureReport.headline(List.of())).isEmpty();
    }
}
