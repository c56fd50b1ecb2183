/**
 * The {@code vigil bench} command: runs an incident extractor over a corpus on one thread and
 * measures articles and tokens per second per core (thread CPU time) and heap, then, in the same
 * JVM and on the same seeded sample of texts, measures the reference pipeline (Stanford CoreNLP
 * tokenize, ssplit, pos, lemma, ner), so the ratio between the two stays meaningful on a noisy,
 * shared machine. Tokens are counted once, up front, by one {@link org.vigil.bench.TokenCounter}
 * for both pipelines, so neither pipeline's own tokenizer decides its own score.
 */
package org.vigil.bench;
