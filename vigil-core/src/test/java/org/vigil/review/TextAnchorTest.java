package org.vigil.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.vigil.nlp.Span;

class TextAnchorTest {
    static final String TEXT = "Gunmen attacked a concert hall near Moscow. At least 139 people were killed. Police said 139 was not final.";

    @Test
    void keepsQuoteWithContextAndOffsets() {
        int start = TEXT.indexOf("139");
        TextAnchor anchor = TextAnchor.select(TEXT, start, start + 3, Optional.of("139"));
        assertThat(anchor.exact()).isEqualTo("139");
        assertThat(anchor.prefix()).endsWith("Moscow. At least ").hasSize(TextAnchor.CONTEXT);
        assertThat(anchor.suffix()).startsWith(" people were killed.");
    }

    @Test
    void staysAttachedWhenTextIsUnchanged() {
        int start = TEXT.indexOf("139");
        TextAnchor anchor = TextAnchor.select(TEXT, start, start + 3, Optional.empty());
        assertThat(anchor.locate(TEXT)).isEqualTo(new TextAnchor.Placement(TextAnchor.Status.ATTACHED, Optional.of(new Span(start, start + 3))));
    }

    @Test
    void reattachesToTheOccurrenceWhoseContextMatchesAfterTextIsReprocessed() {
        int second = TEXT.lastIndexOf("139");
        TextAnchor anchor = TextAnchor.select(TEXT, second, second + 3, Optional.empty());
        String reprocessed = "MOSCOW (Reuters) - " + TEXT;
        TextAnchor.Placement placement = anchor.locate(reprocessed);
        assertThat(placement.status()).isEqualTo(TextAnchor.Status.MOVED);
        assertThat(placement.span()).contains(new Span(reprocessed.lastIndexOf("139"), reprocessed.lastIndexOf("139") + 3));
    }

    @Test
    void isFlaggedOrphanedWhenThePassageIsGone() {
        int start = TEXT.indexOf("concert hall");
        TextAnchor anchor = TextAnchor.select(TEXT, start, start + 12, Optional.empty());
        assertThat(anchor.locate("Gunmen attacked a theatre near Moscow.").status()).isEqualTo(TextAnchor.Status.ORPHANED);
    }

    @Test
    void rejectsAPassageOutsideTheText() {
        assertThatThrownBy(() -> TextAnchor.select(TEXT, 100, 200, Optional.empty()))
                .isInstanceOf(Refusal.BadInput.class)
                .hasMessage("The selected passage 100-200 lies outside the article's text of " + TEXT.length() + " characters");
    }

    @Test
    void rejectsAnEmptySelection() {
        assertThatThrownBy(() -> TextAnchor.select(TEXT, 5, 5, Optional.empty()))
                .hasMessage("The selected passage is empty: select at least one character of the article");
    }

    @Test
    void rejectsAQuoteThatIsNotTheTextAtTheOffsets() {
        assertThatThrownBy(() -> TextAnchor.select(TEXT, 0, 6, Optional.of("Police")))
                .hasMessage("The quoted passage 'Police' is not the article's text at 0-6 ('Gunmen'); reload the page and select it again");
    }
}
