package org.vigil.ingest;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/** The outcome of fetching one URL: a page, a "not modified" answer to a conditional request, or a failure that says why. */
public sealed interface FetchResult permits FetchResult.Fetched, FetchResult.NotModified, FetchResult.Failed {

    /** The URL that was asked for. */
    URI requested();

    /**
     * A page as the server sent it.
     *
     * @param finalUri where it was found after redirects
     * @param mediaType the content type without parameters, lower case ("text/html")
     * @param charset the charset the Content-Type header declares, if any
     * @param body the bytes, at most the policy's size cap
     * @param etag the ETag header, for the next conditional request
     * @param lastModified the Last-Modified header, for the next conditional request
     */
    record Fetched(URI requested, URI finalUri, String mediaType, Optional<String> charset, byte[] body,
                   Optional<String> etag, Optional<String> lastModified) implements FetchResult {
        public Fetched {
            Objects.requireNonNull(requested, "requested");
            Objects.requireNonNull(finalUri, "finalUri");
            Objects.requireNonNull(mediaType, "mediaType");
            Objects.requireNonNull(charset, "charset");
            Objects.requireNonNull(body, "body");
            Objects.requireNonNull(etag, "etag");
            Objects.requireNonNull(lastModified, "lastModified");
        }

        public boolean isHtml() {
            return mediaType.equals("text/html") || mediaType.equals("application/xhtml+xml");
        }

        /** The body as text in the declared charset; when that is missing or wrong, sniffed as for files (with a warning). */
        public PageText text() {
            return PageText.decode(body, charset, isHtml());
        }
    }

    /** The server answered 304: nothing changed since the ETag or Last-Modified given. */
    record NotModified(URI requested) implements FetchResult {
        public NotModified {
            Objects.requireNonNull(requested, "requested");
        }
    }

    /**
     * A fetch that failed.
     *
     * @param problem what went wrong, as a sentence fragment following the URL
     */
    record Failed(URI requested, String problem) implements FetchResult {
        public Failed {
            Objects.requireNonNull(requested, "requested");
            Objects.requireNonNull(problem, "problem");
        }

        /** The URL and its problem, as {@code "<url>: <problem>"}. */
        public String message() {
            return requested + ": " + problem;
        }
    }
}
