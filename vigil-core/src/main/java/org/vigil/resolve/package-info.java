/**
 * Resolution of names to things in the world: {@link org.vigil.resolve.Gazetteer} turns place names,
 * country names and demonyms in a text into countries, first-level regions and towns (an offline index
 * derived from GeoNames cities500, world-countries and country-region-data by
 * {@code data-tools/gazetteer/derive.py}), and {@link org.vigil.resolve.ActorRegistry} turns group names and
 * aliases into the canonical group names the gold files use. Both match a text by looking up its runs of one
 * to a few word tokens in a hash map, accent- and case-folded, with stricter rules for common words and for
 * all-upper-case wire text. {@link org.vigil.resolve.IncidentMerger} decides whether a new mention
 * reports a stored incident, from type, date, place distance and granularity, group, toll and the
 * {@link org.vigil.resolve.EvidenceSimilarity} of the evidence sentences (a MiniLM sentence model, or
 * lexical cosine) — reading the places a report names itself when the extractor gave its mention none
 * ({@link org.vigil.resolve.NamedPlaces}) — and says why; {@link org.vigil.resolve.CanonicalIncident} and {@link
 * org.vigil.resolve.FigureReport} give a merged incident its values and headline figures.
 */
package org.vigil.resolve;
