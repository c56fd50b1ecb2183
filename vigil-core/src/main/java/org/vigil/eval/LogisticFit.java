package org.vigil.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.vigil.extract.RelevanceModel;

/**
 * Fits a logistic model over sparse string features by stochastic gradient descent with AdaGrad
 * steps and L2 shrinkage: small, dependency-free, and deterministic for a given seed.
 */
public final class LogisticFit {
    /** One training example: its features, its label, and how much it counts. */
    public record Example(List<String> features, boolean positive, double weight) {}

    private final double l2;
    private final int epochs;
    private final double rate;
    private final long seed;

    public LogisticFit(double l2, int epochs, double rate, long seed) {
        if (l2 < 0 || epochs < 1 || rate <= 0) {
            throw new IllegalArgumentException("LogisticFit needs l2 >= 0, epochs >= 1 and rate > 0, got " + l2 + ", " + epochs + ", " + rate);
        }
        this.l2 = l2;
        this.epochs = epochs;
        this.rate = rate;
        this.seed = seed;
    }

    /** The model fitted to {@code examples}, with the given decision threshold. */
    public RelevanceModel fit(List<Example> examples, double threshold) {
        Map<String, double[]> w = new HashMap<>(); // weight, sum of squared gradients
        double[] bias = {0, 0};
        List<Example> order = new ArrayList<>(examples);
        Random random = new Random(seed);
        for (int epoch = 0; epoch < epochs; epoch++) {
            Collections.shuffle(order, random);
            for (Example e : order) {
                double z = bias[0];
                for (String f : e.features()) {
                    double[] v = w.get(f);
                    if (v != null) z += v[0];
                }
                double p = 1 / (1 + Math.exp(-z));
                double g = (p - (e.positive() ? 1 : 0)) * e.weight();
                bias[1] += g * g;
                bias[0] -= rate * g / Math.sqrt(bias[1] + 1e-8);
                for (String f : e.features()) {
                    double[] v = w.computeIfAbsent(f, k -> new double[2]);
                    double grad = g + l2 * v[0];
                    v[1] += grad * grad;
                    v[0] -= rate * grad / Math.sqrt(v[1] + 1e-8);
                }
            }
        }
        Map<String, Double> weights = new HashMap<>();
        w.forEach((f, v) -> weights.put(f, v[0]));
        return new RelevanceModel(weights, bias[0], threshold);
    }
}
