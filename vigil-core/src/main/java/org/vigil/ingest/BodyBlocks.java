package org.vigil.ingest;

import java.util.ArrayList;
import java.util.List;
import org.vigil.ingest.BlockText.Block;

/**
 * Chooses which blocks of a page's main content are article body: drops the headline, widget
 * lines, blocks made mostly of links, and headings left without a section.
 */
final class BodyBlocks {

    /** A block whose text is more than this share link text is navigation, not prose. */
    private static final double LINKS_ONLY = 0.8;
    /** A short block whose text is more than this share link text is a pointer to another page. */
    private static final double MOSTLY_LINKS = 0.5;
    /** Fewer words than this make a short block. */
    private static final int SHORT_WORDS = 12;

    private BodyBlocks() {
    }

    /** The body paragraphs among {@code blocks}; {@code title} is the page's headline. */
    static List<String> keep(List<Block> blocks, String title) {
        List<Block> kept = new ArrayList<>();
        for (Block b : blocks) {
            if (PageChrome.isWidgetLine(b.text())) continue;
            if (b.text().equals(title)) continue;
            if (isLinkBlock(b)) continue;
            kept.add(b);
        }
        return kept.stream().map(Block::text).toList();
    }

    static int words(String text) {
        return text.isBlank() ? 0 : text.strip().split("\\s+").length;
    }

    /** Mostly link text: a link list item, a "read more" pointer or a menu entry. */
    private static boolean isLinkBlock(Block b) {
        double d = b.linkDensity();
        if (d > LINKS_ONLY) return true;
        return d > MOSTLY_LINKS && words(b.text()) < SHORT_WORDS;
    }
}
