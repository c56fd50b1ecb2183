package org.vigil.ingest;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;

/**
 * A reader whose input is the bytes of an RSS (0.9x, 1.0, 2.0) or Atom document and whose output is
 * its title and items, newest as the feed orders them; parsing is Rome's. Items without a link are
 * skipped; relative links are resolved against the feed's address.
 */
public final class FeedReader {

    /** A feed's title and items. */
    public record ParsedFeed(String title, List<FeedItem> items) {
        public ParsedFeed {
            items = List.copyOf(items);
        }
    }

    /**
     * @throws InvalidFeed when the bytes are not a feed Rome can read
     */
    public ParsedFeed read(byte[] body, URI feedUri) {
        SyndFeed feed;
        try {
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false);
            feed = input.build(new XmlReader(new ByteArrayInputStream(body)));
        } catch (FeedException | IOException | IllegalArgumentException e) {
            throw new InvalidFeed(feedUri + " is not an RSS or Atom feed: " + e.getMessage(), e);
        }
        List<FeedItem> items = new ArrayList<>();
        for (SyndEntry entry : feed.getEntries()) {
            String link = entry.getLink();
            if ((link == null || link.isBlank()) && entry.getUri() != null && entry.getUri().startsWith("http")) link = entry.getUri();
            if (link == null || link.isBlank()) continue;
            String resolved;
            try {
                resolved = feedUri.resolve(link.strip()).toString();
            } catch (IllegalArgumentException e) {
                continue;
            }
            Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
            items.add(new FeedItem(resolved, entry.getTitle() == null ? "" : entry.getTitle().strip(),
                    Optional.ofNullable(date).map(d -> LocalDate.ofInstant(d.toInstant(), ZoneOffset.UTC))));
        }
        return new ParsedFeed(feed.getTitle() == null ? "" : feed.getTitle().strip(), items);
    }
}
