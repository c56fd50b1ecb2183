package org.vigil.ingest;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A fingerprint whose input is an article's text and whose output is a 64-bit simhash of its word
 * 3-shingles after normalization (case, accents, punctuation, numbers kept), plus the exact shingle
 * overlap for confirming a near match. The same story under another URL, or wire copy with a changed
 * sentence or byline, lies a few bits away; a different story about the same event lies far away.
 */
public final class TextFingerprint {
    /** Texts this many bits apart or fewer are checked by shingle overlap. */
    public static final int NEAR_BITS = 20;
    /** Jaccard overlap of shingles two texts must reach to be one story. */
    public static final double SAME_STORY_OVERLAP = 0.6;

    private static final int SHINGLE = 3;

    private TextFingerprint() {
    }

    /** The simhash of {@code text} as 16 lower-case hex digits. */
    public static String of(String text) {
        int[] weights = new int[64];
        for (String shingle : shingles(text)) {
            long h = hash(shingle);
            for (int bit = 0; bit < 64; bit++) weights[bit] += ((h >>> bit) & 1) == 1 ? 1 : -1;
        }
        long fingerprint = 0;
        for (int bit = 0; bit < 64; bit++) if (weights[bit] > 0) fingerprint |= 1L << bit;
        return String.format("%016x", fingerprint);
    }

    /** How many bits two fingerprints differ in. */
    public static int distance(String a, String b) {
        return Long.bitCount(Long.parseUnsignedLong(a, 16) ^ Long.parseUnsignedLong(b, 16));
    }

    /**
     * Whether two texts tell the same story: fingerprints near and most shingles shared. A longer
     * version that adds paragraphs (a new toll) is not the same story: its news must reach the incidents.
     */
    public static boolean sameStory(String a, String b) {
        if (distance(of(a), of(b)) > NEAR_BITS) return false;
        return jaccard(a, b) >= SAME_STORY_OVERLAP;
    }

    /** Shared shingles over all shingles of both texts, in [0, 1]. */
    public static double jaccard(String a, String b) {
        Set<String> x = new HashSet<>(shingles(a));
        Set<String> y = new HashSet<>(shingles(b));
        if (x.isEmpty() || y.isEmpty()) return 0;
        long shared = x.stream().filter(y::contains).count();
        return (double) shared / (x.size() + y.size() - shared);
    }

    static List<String> shingles(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        String[] words = folded.split("[^\\p{L}\\p{N}]+");
        List<String> tokens = new ArrayList<>();
        for (String w : words) if (!w.isEmpty()) tokens.add(w);
        List<String> shingles = new ArrayList<>();
        if (tokens.size() < SHINGLE) {
            if (!tokens.isEmpty()) shingles.add(String.join(" ", tokens));
            return shingles;
        }
        for (int i = 0; i + SHINGLE <= tokens.size(); i++) shingles.add(String.join(" ", tokens.subList(i, i + SHINGLE)));
        return shingles;
    }

    /** 64-bit FNV-1a, then a final mix so neighbouring shingles spread over all bits. */
    private static long hash(String s) {
        long h = 0xcbf29ce484222325L;
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return h;
    }
}
