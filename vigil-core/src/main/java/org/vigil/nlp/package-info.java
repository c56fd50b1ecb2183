/**
 * Language analysis of article text: sentences, spans into the text, and the fast rule-based stages
 * that find what a sentence states about time and quantity, {@link org.vigil.nlp.DateResolver} (dates
 * resolved against the publication date, with their precision) and {@link org.vigil.nlp.NumberParser}
 * (counts in digits or words, with "at least" / "about" hedges); everything found points back into the
 * text with a {@link org.vigil.nlp.Span}.
 */
package org.vigil.nlp;
