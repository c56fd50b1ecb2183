package org.vigil.ingest;

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
            "script, style, noscript, template, nav, form, iframe, svg, canvas, button, input, select, textarea, dialog, menu";
    /** Class or id words that mark page furniture (matched against each hyphen- or underscore-separated part). */
    private static final Pattern CHROME_NAME = Pattern.compile(
            "share|sharing|social|cookie|cookies|consent|gdpr|related|comment|comments|wpdiscuz|disqus|rating|ratings|"
                    + "newsletter|subscribe|subscription|promo|advert|advertisement|ads|sponsor|sponsored|breadcrumb|breadcrumbs|"
                    + "outbrain|taboola|recommended|popular|trending|paywall|signup|banner|modal|popup|toolbar");

    /** Cleans {@code html}; {@code baseUri} resolves relative links (may be empty). */
    public CleanedPage clean(String html, String baseUri) {
        Document doc = Jsoup.parse(html, baseUri);
        String title = PageMetadata.title(doc);
        CleanedPage meta = new CleanedPage(title, "", PageMetadata.published(doc), PageMetadata.author(doc), PageMetadata.canonicalUrl(doc));

        Document body = doc.clone();
        body.select(NEVER_PROSE).remove();
        removeChrome(body);
        Element content = mainContent(body, baseUri);
        List<String> paragraphs = new ArrayList<>();
        for (String p : BlockText.paragraphs(content)) {
            if (PageChrome.isWidgetLine(p)) continue;
            // The headline often opens the body too; the article keeps it once, as its title.
            if (paragraphs.isEmpty() && p.equals(title)) continue;
            paragraphs.add(p);
        }
        String text = PageChrome.withoutTrailingWidgets(String.join("\n\n", paragraphs));
        return new CleanedPage(meta.title(), text, meta.published(), meta.author(), meta.canonicalUrl());
    }

    /** Readability's pick of the article element, or the whole body when it finds none. */
    private static Element mainContent(Document doc, String baseUri) {
        Element body = doc.body();
        try {
            Element picked = new Readability4JExtended(baseUri, doc.clone()).parse().getArticleContent();
            if (picked != null && !picked.text().isBlank()) return picked;
        } catch (RuntimeException e) {
            // Readability fails on some broken pages; the pre-cleaned body is the fallback.
        }
        return body == null ? doc : body;
    }

    private static void removeChrome(Document doc) {
        Element body = doc.body();
        if (body == null) return;
        int bodyLength = body.text().length();
        for (Element e : body.select("[class], [id], [role], [aria-hidden=true]")) {
            if (e.parent() == null || e == body) continue; // already removed with an ancestor
            if (isChrome(e) && e.text().length() < bodyLength / 2) e.remove();
        }
    }

    private static boolean isChrome(Element e) {
        String role = e.attr("role").toLowerCase(Locale.ROOT);
        if (role.equals("navigation") || role.equals("banner") || role.equals("complementary") || role.equals("dialog")) return true;
        if (e.attr("aria-hidden").equals("true")) return true;
        if (Set.of("article", "main").contains(e.normalName())) return false;
        String names = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
        for (String part : names.split("[\\s_\\-]+")) {
            if (!part.isEmpty() && CHROME_NAME.matcher(part).matches()) return true;
        }
        return false;
    }
}
