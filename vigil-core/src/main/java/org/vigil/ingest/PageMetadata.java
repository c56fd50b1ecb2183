package org.vigil.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Reads what a page states about itself (headline, publication date, author, canonical URL) from its meta tags and JSON-LD. */
final class PageMetadata {

    /** Meta tags that carry a publication date, most specific first (matched on property, name or itemprop). */
    private static final List<String> DATE_KEYS = List.of(
            "article:published_time", "og:published_time", "datepublished", "parsely-pub-date",
            "sailthru.date", "pubdate", "publishdate", "publish-date", "publish_date", "dc.date.issued",
            "dcterms.issued", "dc.date", "dcterms.date", "dcterms.created", "date", "citation_publication_date",
            "article.published", "originalpublicationdate");
    private static final List<String> AUTHOR_KEYS = List.of("author", "article:author", "parsely-author", "sailthru.author", "dc.creator", "byl");
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})");
    private static final ObjectMapper JSON = new ObjectMapper();

    private PageMetadata() {
    }

    /**
     * The headline: the page's first {@code <h1>} when it is the stated title without the site name
     * ("Blast at station" for "Blast at station - Daily Example"), else the stated title
     * ({@code og:title}, {@code twitter:title}, {@code headline} meta), else the {@code <h1>},
     * else {@code <title>}.
     */
    static String title(Document doc) {
        Element h1 = doc.selectFirst("h1");
        String heading = h1 == null ? "" : h1.text().strip();
        for (String key : List.of("og:title", "twitter:title", "headline")) {
            Optional<String> v = meta(doc, key);
            if (v.isPresent()) return BodyBlocks.isHeadline(heading, v.get()) ? heading : v.get();
        }
        return heading.isEmpty() ? doc.title().strip() : heading;
    }

    static Optional<LocalDate> published(Document doc) {
        for (String key : DATE_KEYS) {
            Optional<LocalDate> d = meta(doc, key).flatMap(PageMetadata::parseDate);
            if (d.isPresent()) return d;
        }
        Optional<LocalDate> fromJsonLd = jsonLd(doc, "datePublished").flatMap(PageMetadata::parseDate);
        if (fromJsonLd.isPresent()) return fromJsonLd;
        for (Element parsely : doc.select("meta[name=parsely-page]")) {
            Optional<LocalDate> d = readJson(parsely.attr("content")).map(n -> n.path("pub_date").asText("")).flatMap(PageMetadata::parseDate);
            if (d.isPresent()) return d;
        }
        for (Element time : doc.select("time[datetime]")) {
            Optional<LocalDate> d = parseDate(time.attr("datetime"));
            if (d.isPresent()) return d;
        }
        return Optional.empty();
    }

    static Optional<String> author(Document doc) {
        for (String key : AUTHOR_KEYS) {
            Optional<String> v = meta(doc, key).filter(a -> !a.startsWith("http"));
            if (v.isPresent()) return v;
        }
        return jsonLd(doc, "author");
    }

    static Optional<String> canonicalUrl(Document doc) {
        Element link = doc.selectFirst("link[rel=canonical][href]");
        if (link != null && !link.absUrl("href").isBlank()) return Optional.of(link.absUrl("href"));
        return meta(doc, "og:url").filter(u -> u.startsWith("http"));
    }

    /** The first ISO-like date ({@code 2024-03-27}, {@code 2024/03/27T...}) in {@code value} that is a real calendar date. */
    static Optional<LocalDate> parseDate(String value) {
        Matcher m = ISO_DATE.matcher(value);
        if (!m.find()) return Optional.empty();
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> meta(Document doc, String key) {
        for (Element m : doc.select("meta[content]")) {
            for (String attr : List.of("property", "name", "itemprop")) {
                if (m.attr(attr).equalsIgnoreCase(key) && !m.attr("content").isBlank()) {
                    return Optional.of(m.attr("content").strip());
                }
            }
        }
        return Optional.empty();
    }

    /** The first value of {@code field} anywhere in the page's JSON-LD blocks; an object's {@code name} stands for the object. */
    private static Optional<String> jsonLd(Document doc, String field) {
        for (Element script : doc.select("script[type=application/ld+json]")) {
            Optional<String> v = readJson(script.data()).flatMap(n -> find(n, field));
            if (v.isPresent()) return v;
        }
        return Optional.empty();
    }

    private static Optional<String> find(JsonNode node, String field) {
        if (node.isObject()) {
            JsonNode v = node.get(field);
            if (v != null) {
                JsonNode first = v.isArray() && v.size() > 0 ? v.get(0) : v;
                String text = first.isObject() ? first.path("name").asText("") : first.asText("");
                if (!text.isBlank()) return Optional.of(text.strip());
            }
            for (JsonNode child : node) {
                Optional<String> found = find(child, field);
                if (found.isPresent()) return found;
            }
        } else if (node.isArray()) {
            for (JsonNode child : node) {
                Optional<String> found = find(child, field);
                if (found.isPresent()) return found;
            }
        }
        return Optional.empty();
    }

    private static Optional<JsonNode> readJson(String json) {
        try {
            return Optional.ofNullable(JSON.readTree(json.strip()));
        } catch (JsonProcessingException e) {
            return Optional.empty(); // a broken JSON-LD block is common and says nothing about the article
        }
    }
}
