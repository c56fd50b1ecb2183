package org.vigil.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Response times of one endpoint, grouped by kind of request, printed as p50, p95 and max with the
 * machine's load average while they were taken, so figures from a busy machine can be told apart.
 */
final class Latencies {
    private final String endpoint;
    private final Map<String, List<Long>> byKind = new LinkedHashMap<>();
    private final List<Slow> slowest = new ArrayList<>();
    private final String loadBefore = loadAverage();

    private record Slow(String query, long nanos) { }

    Latencies(String endpoint, List<String> kinds) {
        this.endpoint = endpoint;
        byKind.put("all", new ArrayList<>());
        for (String kind : kinds) byKind.put(kind, new ArrayList<>());
    }

    void add(String query, List<String> kinds, long nanos) {
        slowest.add(new Slow(query, nanos));
        slowest.sort(java.util.Comparator.comparingLong(Slow::nanos).reversed());
        if (slowest.size() > 3) slowest.remove(3);
        byKind.computeIfAbsent("all", k -> new ArrayList<>()).add(nanos);
        for (String kind : kinds) byKind.computeIfAbsent(kind, k -> new ArrayList<>()).add(nanos);
    }

    void print(PrintWriter out) {
        out.printf("%s  (load average %s -> %s)%n", endpoint, loadBefore, loadAverage());
        for (Map.Entry<String, List<Long>> e : byKind.entrySet()) {
            if (e.getValue().isEmpty()) continue;
            long[] sorted = e.getValue().stream().mapToLong(Long::longValue).sorted().toArray();
            out.printf("  %-16s n=%-4d  p50 %6.1f ms  p95 %6.1f ms  max %6.1f ms%n", e.getKey(), sorted.length, percentile(sorted, 0.50),
                    percentile(sorted, 0.95), sorted[sorted.length - 1] / 1e6);
        }
        for (Slow s : slowest) out.printf("  slowest %6.1f ms  %s%n", s.nanos() / 1e6, s.query().isEmpty() ? "(no parameters)" : s.query());
        out.flush();
    }

    /** The nearest-rank percentile, in milliseconds. */
    static double percentile(long[] sorted, double fraction) {
        int rank = (int) Math.ceil(sorted.length * fraction);
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }

    /** The 1-minute load average over the number of cores, as {@code 5.02/2}; "?" where /proc/loadavg is missing. */
    static String loadAverage() {
        String cores = "/" + Runtime.getRuntime().availableProcessors();
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0] + cores;
        } catch (IOException | RuntimeException e) {
            return "?" + cores;
        }
    }
}
