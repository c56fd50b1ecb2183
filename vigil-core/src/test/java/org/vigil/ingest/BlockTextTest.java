package org.vigil.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.vigil.ingest.BlockText.Block;

class BlockTextTest {

    private static List<Block> blocks(String html) {
        return BlockText.blocks(Jsoup.parse(html).body());
    }

    @Test
    void splitsBlocksAndNamesTheElementHoldingEach() {
        List<Block> blocks = blocks("<div>Intro text<h2>Heading</h2><p>First   paragraph.</p><ul><li>Item</li></ul></div>");
        assertThat(blocks).extracting(Block::text).containsExactly("Intro text", "Heading", "First paragraph.", "Item");
        assertThat(blocks).extracting(Block::tag).containsExactly("div", "h2", "p", "li");
        assertThat(blocks.get(1).isHeading()).isTrue();
        assertThat(blocks.get(2).isHeading()).isFalse();
    }

    @Test
    void countsLinkTextOfEachBlock() {
        List<Block> blocks = blocks("<p>Read <a href='/x'>this story</a> now.</p><p><a href='/y'>All link</a></p>");
        assertThat(blocks.get(0).linkChars()).isEqualTo("thisstory".length());
        assertThat(blocks.get(1).linkDensity()).isEqualTo(1.0);
        assertThat(blocks.get(0).linkDensity()).isBetween(0.4, 0.6);
    }

    @Test
    void keepsLineBreaksInsideBlock() {
        assertThat(blocks("<p>Line one<br>  <br>Line two</p>")).extracting(Block::text).containsExactly("Line one\nLine two");
    }

    @Test
    void findsNoBlockInEmptyElement() {
        assertThat(blocks("")).isEmpty();
        assertThat(blocks("<div> <p>  </p> </div>")).isEmpty();
    }
}
