/**
 * Evaluation against gold files: {@link org.vigil.eval.GoldFile} reads the hand-coded articles and
 * incidents that {@code ../shared/eval/SCHEMA.md} defines and reads or writes the predictions of
 * {@code vigil extract}; {@link org.vigil.eval.Scorer} matches predicted incidents one-to-one to
 * gold incidents and turns the pairs into an {@link org.vigil.eval.EvalReport} with incident
 * detection precision, recall and F1, per-field accuracy, a combined slot micro-F1 and a listing of
 * every mistake. {@link org.vigil.eval.BoilerplateBenchmark} scores an article-body extractor on
 * the article-extraction benchmark of {@code ../shared/boilerplate/} with that benchmark's own
 * metric. Nothing here runs the extractor; the CLI feeds it predictions. The exception is
 * {@link org.vigil.eval.ClusterScorer}, which measures incident merging: it runs a given extractor,
 * a temporary store and the merger over a cluster gold file and reports pairwise precision, recall
 * and F1 in a {@link org.vigil.eval.ClusterReport}.
 */
package org.vigil.eval;
