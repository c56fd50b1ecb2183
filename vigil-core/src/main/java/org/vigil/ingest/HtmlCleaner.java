package org.vigil.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import net.dankito.readability4j.extended.Readability4JExtended;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A stage whose input is a web page's HTML and whose output is a {@link CleanedPage}: the article
 * body without navigation, scripts, share bars, cookie banners, related-story boxes and comment
 * widgets, plus the page's title, date, author and canonical URL.
 */
public final class HtmlCleaner {

    /** Elements that never hold article prose. */
    private static final String NEVER_PROSE =
            "script, style, noscript, template, nav, iframe, svg, canvas, button, input, select, textarea, dialog, menu, figcaption, figure";
    /** A paragraph this long is prose, not a link or a label. */
    private static final int PROSE_CHARS = 80;
    /** Class or id words that always mark page furniture (matched against each hyphen- or underscore-separated part). */
    private static final Pattern CHROME_NAME = Pattern.compile(
            "comment|comments|commentlist|wpdiscuz|disqus|respond|cookie|cookies|consent|gdpr");
    /** Class names that describe an element's state or contents rather than name it. */
    private static final Pattern MODIFIER = Pattern.compile("has|with|no|is|show|hide|without");
    /** Class or id words that usually mark page furniture, unless the element holds the prose itself. */
    private static final Pattern WEAK_CHROME_NAME = Pattern.compile(
            "related|share|sharing|sharedaddy|social|rating|ratings|newsletter|outbrain|taboola|breadcrumb|breadcrumbs|"
                    + "subscribe|subscription|promo|advert|advertisement|ads|sponsor|sponsored|recommended|popular|trending|"
                    + "paywall|signup|popup|toolbar|caption|credit|credits|byline|author|dateline|timestamp|date|time|tags|image|img|photo|picture");

    /**
     * Reads a page file ({@code .html}, {@code .htm}, optionally gzipped, in any declared charset) and cleans it.
     *
     * @throws UnreadablePage when the file is missing, unreadable, not gzip as named, empty or binary
     */
    public CleanedPage cleanFile(Path file) {
        TextDecoding.FileText loaded = TextDecoding.load(file);
        if (loaded.problem().isPresent()) throw new UnreadablePage(file, loaded.problem().get());
        return clean(loaded.text(), file.toAbsolutePath().toUri().toString());
    }

    /** Cleans {@code html}; {@code baseUri} resolves relative links (may be empty). */
    public CleanedPage clean(String html, String baseUri) {
        Document doc = Jsoup.parse(html, baseUri);
        // Metadata first: the JSON-LD and meta tags it reads are removed below.
        String title = PageMetadata.title(doc);
        var published = PageMetadata.published(doc);
        var author = PageMetadata.author(doc);
        var canonicalUrl = PageMetadata.canonicalUrl(doc);

        doc.select(NEVER_PROSE).remove();
        removeHidden(doc);
        removeChrome(doc);
        Element content = firstOfSeveralArticles(mainContent(doc, baseUri), title);
        List<String> paragraphs = BodyBlocks.keep(BlockText.blocks(content), title);
        String text = PageChrome.withoutTrailingWidgets(String.join("\n\n", paragraphs));
        return new CleanedPage(title, text, published, author, canonicalUrl);
    }

    /**
     * Readability's pick of the article element; when it finds nothing, or far less prose than the
     * densest block of paragraphs, that block instead; the whole body as the last resort.
     */
    private static Element mainContent(Document doc, String baseUri) {
        Element body = doc.body() == null ? doc : doc.body();
        Element densest = densestParagraphBlock(body);
        Element picked = null;
        try {
            picked = new Readability4JExtended(baseUri, doc.clone()).parse().getArticleContent();
        } catch (RuntimeException e) {
            // Readability fails on some broken pages; the fallbacks below cover them.
        }
        int pickedLength = picked == null ? 0 : picked.text().length();
        if (densest != null && pickedLength < proseLength(densest) / 2) return densest;
        if (picked != null && pickedLength > 0) return picked;
        return body;
    }

    /**
     * The first of the {@code <article>} elements inside {@code content} when it holds several
     * with prose, as a post page followed by teasers of other posts does, and the first is the
     * page's own: it bears the headline or holds more prose than all the others. Else {@code content}.
     */
    private static Element firstOfSeveralArticles(Element content, String title) {
        List<Element> articles = new ArrayList<>();
        for (Element a : content.select("article")) {
            if (a != content && a.parent() != null && a.parent().closest("article") == closestArticleOf(content) && proseLength(a) > 0) articles.add(a);
        }
        if (articles.size() < 2) return content;
        Element first = articles.get(0);
        int others = articles.stream().skip(1).mapToInt(HtmlCleaner::proseLength).sum();
        boolean bearsHeadline = !title.isBlank() && first.select("h1, h2, h3").stream().anyMatch(h -> BodyBlocks.isHeadline(h.text(), title));
        return bearsHeadline || proseLength(first) > others ? first : content;
    }

    private static Element closestArticleOf(Element content) {
        return content.closest("article");
    }

    /** The element whose child paragraphs hold the most prose (grandchildren count half). */
    private static Element densestParagraphBlock(Element body) {
        java.util.Map<Element, Double> scores = new java.util.HashMap<>();
        for (Element p : body.select("p, pre, blockquote")) {
            int length = p.text().length();
            if (length < PROSE_CHARS / 2 || p.parent() == null) continue;
            scores.merge(p.parent(), (double) length, Double::sum);
            if (p.parent().parent() != null) scores.merge(p.parent().parent(), length / 2.0, Double::sum);
        }
        return scores.entrySet().stream().max(java.util.Map.Entry.comparingByValue()).map(java.util.Map.Entry::getKey).orElse(null);
    }

    private static int proseLength(Element e) {
        int total = 0;
        for (Element p : e.select("p, pre, blockquote")) {
            if (p.text().length() >= PROSE_CHARS / 2) total += p.text().length();
        }
        return total;
    }

    /** Elements a browser would not show: the {@code hidden} attribute or an inline {@code display: none}. */
    private static void removeHidden(Document doc) {
        for (Element e : doc.select("[hidden], [style]")) {
            if (e.parent() == null) continue;
            String style = e.attr("style").toLowerCase(Locale.ROOT).replace(" ", "");
            if (e.hasAttr("hidden") || style.contains("display:none") || style.contains("visibility:hidden")) e.remove();
        }
    }

    private static void removeChrome(Document doc) {
        Element body = doc.body();
        if (body == null) return;
        for (Element e : body.select("[class], [id], [role], [aria-hidden=true]")) {
            if (e.parent() == null || e == body) continue; // already removed with an ancestor
            boolean remove = isChrome(e, CHROME_NAME)
                    ? !holdsArticle(e)
                    : (isChrome(e, WEAK_CHROME_NAME) || isLandmarkOrHidden(e)) && !holdsProse(e);
            if (remove) e.remove();
        }
    }

    /** Three or more long paragraphs: an article body, whatever its class name says. */
    private static boolean holdsProse(Element e) {
        int long_ = 0;
        for (Element p : e.select("p")) {
            if (p.text().length() >= PROSE_CHARS && ++long_ >= 3) return true;
        }
        return false;
    }

    /** The article's own markers: comment boxes never contain them. */
    private static boolean holdsArticle(Element e) {
        return !e.select("article, h1, [itemprop=articleBody]").isEmpty() || e.is("article, main");
    }

    private static boolean isChrome(Element e, Pattern names) {
        if (e.is("article, main")) return false;
        // "article-byline", "article_byline" and "articleByline" all name a byline; "has-image" and
        // "no-comments" describe the element instead of naming it.
        for (String token : (e.className() + " " + e.id()).split("\\s+")) {
            String words = token.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
            boolean modified = false;
            for (String part : words.split("[\\s_\\-]+")) {
                if (!modified && !part.isEmpty() && names.matcher(part).matches()) return true;
                modified = MODIFIER.matcher(part).matches();
            }
        }
        return false;
    }

    private static boolean isLandmarkOrHidden(Element e) {
        String role = e.attr("role").toLowerCase(Locale.ROOT);
        return Set.of("navigation", "banner", "complementary", "dialog", "contentinfo").contains(role) || e.attr("aria-hidden").equals("true");
    }
}
