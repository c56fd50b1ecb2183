package org.vigil.resolve;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Cosine similarity of two sentences' embeddings from all-MiniLM-L6-v2 (quantized ONNX, shipped in a
 * Maven jar; about 4 ms a sentence on one core after a 2 s load). Embeddings of recent sentences are
 * cached, since every new mention is compared with the same stored ones.
 */
public final class EmbeddingSimilarity implements EvidenceSimilarity {
    private static final int CACHE = 4096;

    private final EmbeddingModel model;
    private final Map<String, float[]> cache = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
            return size() > CACHE;
        }
    };

    private EmbeddingSimilarity(EmbeddingModel model) {
        this.model = model;
    }

    /** Loads the model (it unpacks the ONNX runtime's native library to the temp folder). */
    public static EmbeddingSimilarity load() {
        return new EmbeddingSimilarity(new AllMiniLmL6V2QuantizedEmbeddingModel());
    }

    @Override
    public synchronized double similarity(String a, String b) {
        float[] x = embed(a);
        float[] y = embed(b);
        double dot = 0;
        double nx = 0;
        double ny = 0;
        for (int i = 0; i < x.length; i++) {
            dot += x[i] * y[i];
            nx += x[i] * x[i];
            ny += y[i] * y[i];
        }
        return nx == 0 || ny == 0 ? 0 : dot / Math.sqrt(nx * ny);
    }

    @Override
    public double neutral() {
        return 0.35;
    }

    @Override
    public double strong() {
        return 0.7;
    }

    @Override
    public String name() {
        return "MiniLM";
    }

    private float[] embed(String text) {
        return cache.computeIfAbsent(text, t -> model.embed(t.isBlank() ? "." : t).content().vector());
    }
}
