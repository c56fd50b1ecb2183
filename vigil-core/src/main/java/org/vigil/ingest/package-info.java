/**
 * Ingest: turns outside input into {@link org.vigil.ingest.Article} values. {@link
 * org.vigil.ingest.ArticleReader} reads plain-text files, HTML pages (also gzipped) and
 * gold-format JSON Lines, or folders of them; {@link org.vigil.ingest.HtmlCleaner} strips a page
 * down to its article body (paragraph by paragraph, without navigation, captions, bylines, link
 * lists or comment widgets) and metadata; {@link org.vigil.ingest.LanguageGuard} turns away
 * non-English text. Bad input is expected here: every input yields a {@link
 * org.vigil.ingest.ReadResult}, either an accepted article (with warnings for any guess, such as
 * a file time used as the publication date) or a rejection whose message names the input and what
 * is wrong with it, and one bad input never stops the others.
 */
package org.vigil.ingest;
