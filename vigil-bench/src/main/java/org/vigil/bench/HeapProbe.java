package org.vigil.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;

/** Reads the JVM's heap: resets and sums the peak usage of the heap pools, and measures heap in use after a GC. */
final class HeapProbe {

    private final List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP)
            .toList();

    /** Starts a new peak: from now on {@link #peakBytes()} reports the highest usage since this call. */
    void resetPeaks() {
        heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** Sum over heap pools of each pool's peak since {@link #resetPeaks()}; an upper bound of the true peak. */
    long peakBytes() {
        return heapPools.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
    }

    /** Heap in use after asking for full collections until the figure settles (System.gc is only a hint). */
    long usedAfterGc() {
        long previous = Long.MAX_VALUE;
        long used = used();
        for (int i = 0; i < 5 && used < previous; i++) {
            previous = used;
            System.gc();
            used = used();
        }
        return Math.min(used, previous);
    }

    private static long used() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
