package org.vigil.ingest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.vigil.ingest.BlockText.Block;

/**
 * Chooses which blocks of a page's main content are article body: drops the headline, bylines and
 * publication lines above the text, widget lines, blocks made mostly of links, and headings left
 * without a section.
 */
final class BodyBlocks {

    /** A block whose text is more than this share link text is navigation, not prose. */
    private static final double LINKS_ONLY = 0.8;
    /** A short block whose text is more than this share link text is a pointer to another page. */
    private static final double MOSTLY_LINKS = 0.5;
    /** Fewer words than this make a short block. */
    private static final int SHORT_WORDS = 12;
    /** The first block this long starts the article text; shorter blocks above it are its header. */
    private static final int PROSE_WORDS = 20;

    private static final Pattern BARE_URL = Pattern.compile("(https?://|www\\.)\\S+");
    private static final Pattern BYLINE = Pattern.compile("(by|from|von|por|par|di|door)\\s+\\p{Lu}.{0,80}", Pattern.CASE_INSENSITIVE);

    private BodyBlocks() {
    }

    /** The body paragraphs among {@code blocks}; {@code title} is the page's headline. */
    static List<String> keep(List<Block> blocks, String title) {
        List<Block> kept = new ArrayList<>();
        boolean inHeader = true;
        for (Block b : blocks) {
            String text = b.text();
            if (inHeader && words(text) >= PROSE_WORDS) inHeader = false;
            if (PageChrome.isWidgetLine(text)) continue;
            if (text.equals(title)) continue;
            if (isLinkBlock(b)) continue;
            if (Datelines.isDateline(text)) continue;
            if (inHeader && (BARE_URL.matcher(text).matches() || isByline(text) || isHeadline(text, title))) continue;
            kept.add(b);
        }
        dropOrphanHeadings(kept);
        dropTrailingChrome(kept);
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

    private static boolean isByline(String text) {
        return words(text) <= SHORT_WORDS && BYLINE.matcher(text).matches() && !text.endsWith(".");
    }

    /**
     * True when {@code heading} is the page's headline {@code title}, perhaps without the site name
     * the title adds ("Blast damages bus station - Daily Example"): its words are all in the title
     * and make at least half of it.
     */
    static boolean isHeadline(String heading, String title) {
        Set<String> words = wordSet(heading);
        Set<String> titleWords = wordSet(title);
        return !words.isEmpty() && titleWords.containsAll(words) && words.size() * 2 >= titleWords.size();
    }

    private static Set<String> wordSet(String text) {
        Set<String> words = new HashSet<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) words.add(w);
        }
        return words;
    }

    /** Removes the calls to action that follow the article ("Follow us on Twitter", "Sign up for our newsletter"). */
    private static void dropTrailingChrome(List<Block> kept) {
        while (!kept.isEmpty() && PageChrome.isCallToAction(kept.get(kept.size() - 1).text())) {
            kept.remove(kept.size() - 1);
        }
    }

    /** Removes headings whose section was dropped: those followed by nothing or by a heading of the same or a higher level. */
    private static void dropOrphanHeadings(List<Block> kept) {
        for (int i = kept.size() - 1; i >= 0; i--) {
            Block b = kept.get(i);
            if (!b.isHeading()) continue;
            boolean last = i == kept.size() - 1;
            if (last || kept.get(i + 1).isHeading() && kept.get(i + 1).tag().compareTo(b.tag()) <= 0) kept.remove(i);
        }
    }
}
