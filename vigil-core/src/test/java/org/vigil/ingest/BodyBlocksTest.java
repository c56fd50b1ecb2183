package org.vigil.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.ingest.BlockText.Block;

class BodyBlocksTest {

    static final String PROSE = "Police said two men were arrested on Tuesday after an explosion damaged a bus station "
            + "in the northern city, and the station will remain closed.";

    static Block p(String text) {
        return new Block(text, 0, "p");
    }

    static Block link(String text) {
        return new Block(text, text.replace(" ", "").length(), "li");
    }

    @Test
    void dropsHeadlineBylineAndUrlAboveTheText() {
        List<String> body = BodyBlocks.keep(List.of(
                p("Blast damages bus station!"), p("https://news.example.com/blast"), p("By Jane Reporter"), p(PROSE)),
                "Blast damages bus station");
        assertThat(body).containsExactly(PROSE);
    }

    @Test
    void keepsShortLinesBelowTheFirstParagraph() {
        List<String> body = BodyBlocks.keep(List.of(p(PROSE), p("By the end of the day"), p(PROSE)), "");
        assertThat(body).containsExactly(PROSE, "By the end of the day", PROSE);
    }

    @Test
    void dropsLinkListsAndTheirOrphanHeading() {
        List<String> body = BodyBlocks.keep(List.of(
                p(PROSE), new Block("More stories", 0, "h2"), link("Minister resigns over budget"), link("Storm hits coast")), "");
        assertThat(body).containsExactly(PROSE);
    }

    @Test
    void keepsHeadingFollowedByItsSection() {
        List<String> body = BodyBlocks.keep(List.of(
                p(PROSE), new Block("Plan A", 0, "h2"), new Block("Breakfast", 0, "h3"), p(PROSE)), "");
        assertThat(body).containsExactly(PROSE, "Plan A", "Breakfast", PROSE);
    }

    @Test
    void keepsLongParagraphWithAnInlineLink() {
        Block withLink = new Block(PROSE, PROSE.length() * 6 / 10, "p");
        assertThat(BodyBlocks.keep(List.of(withLink), "")).containsExactly(PROSE);
    }

    @Test
    void dropsTrailingCallToAction() {
        List<String> body = BodyBlocks.keep(List.of(p(PROSE), p("Follow us on Twitter @example and on Facebook.")), "");
        assertThat(body).containsExactly(PROSE);
    }

    @Test
    void recognizesHeadlineWithoutTheSiteNameOfTheTitle() {
        assertThat(BodyBlocks.isHeadline("Só quem se Ama…", "Só quem se Ama... — Mensagens de Reflexão")).isTrue();
        assertThat(BodyBlocks.isHeadline("Blast damages bus station", "Blast damages bus station")).isTrue();
        assertThat(BodyBlocks.isHeadline("Station", "Blast damages bus station - The Daily Example")).isFalse();
        assertThat(BodyBlocks.isHeadline("Storm hits coast", "Blast damages bus station")).isFalse();
        assertThat(BodyBlocks.isHeadline("Anything", "")).isFalse();
    }

    @Test
    void keepsNothingOfNothing() {
        assertThat(BodyBlocks.keep(List.of(), "Title")).isEmpty();
    }
}
