/**
 * Vigil's web server: {@link org.vigil.web.Routes} registers every page and REST endpoint on one
 * Javalin server. Pages are rendered on the server as escaped HTML (article text is untrusted), with
 * small plain JavaScript files that draw the dashboard's timeline and map from the JSON API; every
 * script, style and the map's country shapes are served from the jar, under a strict
 * Content-Security-Policy. Filters live in the URL ({@link org.vigil.web.SearchParams}), so a view can
 * be shared, and {@link org.vigil.web.ErrorMapping} alone turns failures into statuses and messages.
 */
package org.vigil.web;
