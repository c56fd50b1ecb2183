package org.vigil.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/** Renders an HTML element to its paragraphs of text: one per block element, whitespace collapsed inside each. */
final class BlockText {

    private static final Set<String> BLOCKS = Set.of(
            "p", "div", "section", "article", "main", "header", "footer", "aside", "blockquote", "pre",
            "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "table", "tr", "td", "th",
            "caption", "figure", "figcaption", "hr", "address", "details", "summary", "center", "body");

    private BlockText() {
    }

    /** The paragraphs of {@code root}, trimmed and non-empty, in document order. */
    static List<String> paragraphs(Element root) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    appendCollapsed(current, t.getWholeText());
                } else if (node instanceof Element e) {
                    if (e.normalName().equals("br")) {
                        current.append('\n');
                    } else if (BLOCKS.contains(e.normalName())) {
                        flush(current, out);
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    flush(current, out);
                }
            }
        }, root);
        flush(current, out);
        return out;
    }

    private static void appendCollapsed(StringBuilder sb, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00a0') {
                if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ' ' && sb.charAt(sb.length() - 1) != '\n') sb.append(' ');
            } else {
                sb.append(c);
            }
        }
    }

    private static void flush(StringBuilder current, List<String> out) {
        // Lines from <br> stay inside the paragraph, but never as blank lines: those separate paragraphs.
        String para = current.toString().replaceAll(" *\n[ \n]*", "\n").strip();
        current.setLength(0);
        if (!para.isEmpty()) out.add(para);
    }
}
