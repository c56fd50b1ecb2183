/**
 * Ingest: turns outside input into {@link org.vigil.ingest.Article} values. {@link
 * org.vigil.ingest.ArticleReader} reads plain-text files, HTML pages (also gzipped) and
 * gold-format JSON Lines, or folders of them; {@link org.vigil.ingest.HtmlCleaner} strips a page
 * down to its article body (paragraph by paragraph, without navigation, captions, bylines, link
 * lists or comment widgets) and metadata; {@link org.vigil.ingest.LanguageGuard} turns away
 * non-English text. Bad input is expected here: every input yields a {@link
 * org.vigil.ingest.ReadResult}, either an accepted article (with warnings for any guess, such as
 * a file time used as the publication date) or a rejection whose message names the input and what
 * is wrong with it, and one bad input never stops the others. Live sources: {@link
 * org.vigil.ingest.PageFetcher} fetches a URL under a {@link org.vigil.ingest.FetchPolicy} (time-outs,
 * size cap, redirect limit, robots.txt, per-host delay, no private addresses unless allowed, each host
 * resolved once and reached at the address checked), {@link
 * org.vigil.ingest.WebArticleReader} turns the page into an article, {@link org.vigil.ingest.FeedReader}
 * reads RSS and Atom with Rome, and {@link org.vigil.ingest.FeedPoller} polls the feeds of a {@link
 * org.vigil.ingest.FeedList} as they fall due; {@link org.vigil.ingest.FeedFollower} repeats that
 * until closed, in the caller's thread or a background one. {@link org.vigil.ingest.TextFingerprint} tells the same
 * story under another URL.
 */
package org.vigil.ingest;
