/**
 * Incident extraction: from an article's annotated sentences to the incidents it states. The
 * {@link org.vigil.extract.Annotator} runs the analysis chain (sentences, triggers, dates, places,
 * groups, figures); {@link org.vigil.extract.PatternIncidentExtractor} decides, sentence by sentence,
 * whether a trigger starts a new incident or goes on about one already told, filters hypotheses,
 * aggregates, denials, military operations and aftermath, and fills each incident's fields from its
 * sentences and, where they are silent, from the article around them (dateline, headline, neighbours).
 */
package org.vigil.extract;
