package org.vigil.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A logistic model that tells a real, specific attack from the pattern matches that are not one —
 * combat between armies, a campaign summed up, a figure of speech, an old event recalled in passing:
 * the probability that a {@link Candidate} is an incident a coder would record. Security events
 * (arrests, foiled plots, warnings) have weights and a threshold of their own. The bundled weights are trained from the gold files by {@code vigil train-relevance}.
 */
public final class RelevanceModel {
    /** The bundled weights, on the classpath beside this class. */
    public static final String RESOURCE = "relevance-model.tsv";
    /** A model that keeps every candidate: the patterns alone, as used to gather training data. */
    public static final RelevanceModel KEEP_ALL = new RelevanceModel(Map.of(), 0.0, 0.0);

    private final Map<String, Double> weights;
    private final double bias;
    private final double threshold;
    private final double securityThreshold;

    public RelevanceModel(Map<String, Double> weights, double bias, double threshold, double securityThreshold) {
        this.weights = Map.copyOf(weights);
        this.bias = bias;
        this.threshold = threshold;
        this.securityThreshold = securityThreshold;
    }

    /** A model that holds attacks and security events to one threshold. */
    public RelevanceModel(Map<String, Double> weights, double bias, double threshold) {
        this(weights, bias, threshold, threshold);
    }

    /** This model with other thresholds for attacks and for security events. */
    public RelevanceModel withThresholds(double attack, double security) {
        return new RelevanceModel(weights, bias, attack, security);
    }

    /** The model shipped with Vigil; keeps everything if none is bundled. */
    public static RelevanceModel bundled() {
        try (InputStream in = RelevanceModel.class.getResourceAsStream(RESOURCE)) {
            return in == null ? KEEP_ALL : read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the bundled relevance model " + RESOURCE, e);
        }
    }

    /**
     * Reads weights written by {@link #write}: "#bias", "#threshold", "#security-threshold" (the attack
     * threshold when absent) and one "feature TAB weight" a line.
     */
    public static RelevanceModel read(InputStream in) throws IOException {
        Map<String, Double> weights = new HashMap<>();
        double bias = 0, threshold = 0;
        Double securityThreshold = null;
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        int number = 0;
        for (String line; (line = reader.readLine()) != null; ) {
            number++;
            if (line.isBlank()) continue;
            int tab = line.lastIndexOf('\t');
            if (tab <= 0) throw new IOException("Relevance model line " + number + ": expected 'feature<TAB>weight', got '" + line + "'");
            String key = line.substring(0, tab);
            double value;
            try {
                value = Double.parseDouble(line.substring(tab + 1));
            } catch (NumberFormatException e) {
                throw new IOException("Relevance model line " + number + ": weight is not a number: '" + line + "'");
            }
            switch (key) {
                case "#bias" -> bias = value;
                case "#threshold" -> threshold = value;
                case "#security-threshold" -> securityThreshold = value;
                default -> weights.put(key, value);
            }
        }
        return new RelevanceModel(weights, bias, threshold, securityThreshold == null ? threshold : securityThreshold);
    }

    /** Writes the model, heaviest weights first, so the file reads as what the model learnt. */
    public void write(Writer out) throws IOException {
        out.write("#bias\t" + String.format(Locale.ROOT, "%.6f", bias) + "\n");
        out.write("#threshold\t" + String.format(Locale.ROOT, "%.4f", threshold) + "\n");
        out.write("#security-threshold\t" + String.format(Locale.ROOT, "%.4f", securityThreshold) + "\n");
        TreeMap<String, Double> sorted = new TreeMap<>(weights);
        List<Map.Entry<String, Double>> entries = sorted.entrySet().stream()
                .filter(e -> Math.abs(e.getValue()) >= 0.02)
                .sorted((a, b) -> Double.compare(Math.abs(b.getValue()), Math.abs(a.getValue())))
                .toList();
        for (Map.Entry<String, Double> e : entries) {
            out.write(e.getKey() + "\t" + String.format(Locale.ROOT, "%.6f", e.getValue()) + "\n");
        }
    }

    /** The probability that the candidate with these features is a real incident. */
    public double probability(List<String> features) {
        double z = bias;
        for (String f : features) z += weights.getOrDefault(f, 0.0);
        return 1 / (1 + Math.exp(-z));
    }

    /** Whether to keep {@code c}: when probable enough for its family. */
    public boolean keeps(Candidate c) {
        return this == KEEP_ALL || keeps(c, probability(c.features()));
    }

    /** Whether a candidate of {@code c}'s family with this probability clears the family's threshold. */
    public boolean keeps(Candidate c, double probability) {
        boolean attack = c.mention().type().family() == IncidentType.Family.ATTACK;
        return probability >= (attack ? threshold : securityThreshold);
    }

    public double threshold() {
        return threshold;
    }

    public double securityThreshold() {
        return securityThreshold;
    }
}
