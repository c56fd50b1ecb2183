package org.vigil.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FeedReaderTest {
    static final String RSS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0"><channel><title>World news</title><link>https://news.example/</link><description>d</description>
            <item><title>Blast in Kabul</title><link>https://news.example/kabul</link><pubDate>Thu, 13 Feb 2025 10:00:00 GMT</pubDate></item>
            <item><title>Relative</title><link>/quetta</link></item>
            <item><title>No link</title><description>x</description></item>
            </channel></rss>
            """;

    static final String ATOM = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom"><title>Wire</title><id>urn:wire</id><updated>2024-03-22T20:00:00Z</updated>
            <entry><title>Concert hall attack</title><link href="https://wire.example/crocus"/><id>urn:1</id>
            <updated>2024-03-22T19:30:00Z</updated></entry>
            </feed>
            """;

    private final FeedReader reader = new FeedReader();

    @Test
    void readsRss2ItemsResolvingRelativeLinksAndSkippingItemsWithoutOne() {
        FeedReader.ParsedFeed feed = reader.read(RSS.getBytes(StandardCharsets.UTF_8), URI.create("https://news.example/rss.xml"));

        assertThat(feed.title()).isEqualTo("World news");
        assertThat(feed.items()).containsExactly(
                new FeedItem("https://news.example/kabul", "Blast in Kabul", Optional.of(LocalDate.of(2025, 2, 13))),
                new FeedItem("https://news.example/quetta", "Relative", Optional.empty()));
    }

    @Test
    void readsAtomEntries() {
        FeedReader.ParsedFeed feed = reader.read(ATOM.getBytes(StandardCharsets.UTF_8), URI.create("https://wire.example/atom"));

        assertThat(feed.title()).isEqualTo("Wire");
        assertThat(feed.items()).containsExactly(
                new FeedItem("https://wire.example/crocus", "Concert hall attack", Optional.of(LocalDate.of(2024, 3, 22))));
    }

    @Test
    void rejectsAPageThatIsNotAFeedNamingTheAddress() {
        assertThatThrownBy(() -> reader.read("<html><body>hello</body></html>".getBytes(StandardCharsets.UTF_8),
                URI.create("https://news.example/page")))
                .isInstanceOf(InvalidFeed.class)
                .hasMessageStartingWith("https://news.example/page is not an RSS or Atom feed: ");
    }

    @Test
    void rejectsEmptyAndGarbageInput() {
        assertThatThrownBy(() -> reader.read(new byte[0], URI.create("https://a.example/f"))).isInstanceOf(InvalidFeed.class);
        assertThatThrownBy(() -> reader.read(new byte[] {0, 1, 2, (byte) 0xff}, URI.create("https://a.example/f"))).isInstanceOf(InvalidFeed.class);
    }
}
