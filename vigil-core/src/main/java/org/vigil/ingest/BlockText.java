package org.vigil.ingest;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/** Renders an HTML element to its blocks of text: one per block element, whitespace collapsed inside each. */
final class BlockText {

    private static final Set<String> BLOCKS = Set.of(
            "p", "div", "section", "article", "main", "header", "footer", "aside", "blockquote", "pre",
            "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "table", "tr", "td", "th",
            "caption", "figure", "figcaption", "hr", "address", "details", "summary", "center", "body");

    /**
     * One block of text.
     *
     * @param text the block's text, trimmed and non-empty; lines from {@code <br>} are kept
     * @param linkChars how many of its non-space characters are inside links
     * @param tag the block element that holds the text ({@code p}, {@code li}, {@code h2}, ...)
     */
    record Block(String text, int linkChars, String tag) {
        /** The share of the block's non-space characters that are link text, from 0 to 1. */
        double linkDensity() {
            int chars = (int) text.chars().filter(c -> !Character.isWhitespace(c)).count();
            return chars == 0 ? 0 : Math.min(1.0, linkChars / (double) chars);
        }

        boolean isHeading() {
            return tag.length() == 2 && tag.charAt(0) == 'h' && Character.isDigit(tag.charAt(1));
        }
    }

    private BlockText() {
    }

    /** The texts of the blocks of {@code root}, in document order. */
    static List<String> paragraphs(Element root) {
        return blocks(root).stream().map(Block::text).toList();
    }

    /** The blocks of {@code root}, in document order. */
    static List<Block> blocks(Element root) {
        List<Block> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int[] linkChars = {0};
        int[] inLink = {0};
        Deque<String> open = new ArrayDeque<>();
        open.push(root.normalName());
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    int added = appendCollapsed(current, t.getWholeText());
                    if (inLink[0] > 0) linkChars[0] += added;
                } else if (node instanceof Element e) {
                    String name = e.normalName();
                    if (name.equals("br")) {
                        current.append('\n');
                    } else if (name.equals("a")) {
                        inLink[0]++;
                    } else if (BLOCKS.contains(name) && e != root) {
                        flush(current, linkChars, open.peek(), out);
                        open.push(name);
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e) {
                    String name = e.normalName();
                    if (name.equals("a")) {
                        inLink[0]--;
                    } else if (BLOCKS.contains(name) && e != root) {
                        flush(current, linkChars, open.peek(), out);
                        open.pop();
                    }
                }
            }
        }, root);
        flush(current, linkChars, open.peek(), out);
        return out;
    }

    /** Appends {@code text} with its whitespace collapsed; returns how many non-space characters it added. */
    private static int appendCollapsed(StringBuilder sb, String text) {
        int added = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00a0') {
                if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ' ' && sb.charAt(sb.length() - 1) != '\n') sb.append(' ');
            } else {
                sb.append(c);
                added++;
            }
        }
        return added;
    }

    private static void flush(StringBuilder current, int[] linkChars, String tag, List<Block> out) {
        // Lines from <br> stay inside the block, but never as blank lines: those separate blocks.
        String text = current.toString().replaceAll(" *\n[ \n]*", "\n").strip();
        if (!text.isEmpty()) out.add(new Block(text, linkChars[0], tag));
        current.setLength(0);
        linkChars[0] = 0;
    }
}
