package org.vigil.eval;

import java.util.Arrays;

/**
 * The Hungarian method (Kuhn–Munkres, O(n³)): from a rows × columns matrix of non-negative weights,
 * the one-to-one pairing of rows to columns with the largest total weight.
 */
final class Assignment {
    private Assignment() {
    }

    /**
     * Pairs rows with columns to maximise the summed weight.
     *
     * @return for each row the column it is paired with, or -1 when it is paired with none or only
     *     through a zero weight (a zero weight means "may not be paired")
     */
    static int[] maximize(long[][] weight) {
        int rows = weight.length;
        int cols = rows == 0 ? 0 : weight[0].length;
        int[] result = new int[rows];
        Arrays.fill(result, -1);
        if (rows == 0 || cols == 0) return result;
        int n = Math.max(rows, cols);
        long max = 0;
        for (long[] row : weight) for (long w : row) max = Math.max(max, w);
        // Square cost matrix, 1-based as in the classic formulation; padding cells cost as much as a zero weight.
        long[][] cost = new long[n + 1][n + 1];
        for (int i = 1; i <= n; i++) {
            for (int j = 1; j <= n; j++) {
                long w = i <= rows && j <= cols ? weight[i - 1][j - 1] : 0;
                cost[i][j] = max - w;
            }
        }
        long[] u = new long[n + 1];
        long[] v = new long[n + 1];
        int[] p = new int[n + 1];
        int[] way = new int[n + 1];
        for (int i = 1; i <= n; i++) {
            p[0] = i;
            int j0 = 0;
            long[] minv = new long[n + 1];
            Arrays.fill(minv, Long.MAX_VALUE);
            boolean[] used = new boolean[n + 1];
            do {
                used[j0] = true;
                int i0 = p[j0];
                int j1 = 0;
                long delta = Long.MAX_VALUE;
                for (int j = 1; j <= n; j++) {
                    if (used[j]) continue;
                    long cur = cost[i0][j] - u[i0] - v[j];
                    if (cur < minv[j]) {
                        minv[j] = cur;
                        way[j] = j0;
                    }
                    if (minv[j] < delta) {
                        delta = minv[j];
                        j1 = j;
                    }
                }
                for (int j = 0; j <= n; j++) {
                    if (used[j]) {
                        u[p[j]] += delta;
                        v[j] -= delta;
                    } else {
                        minv[j] -= delta;
                    }
                }
                j0 = j1;
            } while (p[j0] != 0);
            do {
                int j1 = way[j0];
                p[j0] = p[j1];
                j0 = j1;
            } while (j0 != 0);
        }
        for (int j = 1; j <= n; j++) {
            int i = p[j];
            if (i >= 1 && i <= rows && j <= cols && weight[i - 1][j - 1] > 0) result[i - 1] = j - 1;
        }
        return result;
    }
}
