package org.vigil.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class AssignmentTest {
    @Test
    void prefersTheLargestTotalOverTheGreedyFirstChoice() {
        // Greedy would pair row 0 with column 0 (9) and leave row 1 with 1; the optimum is 8 + 8.
        long[][] weight = {{9, 8}, {8, 1}};

        assertThat(Assignment.maximize(weight)).containsExactly(1, 0);
    }

    @Test
    void leavesExtraRowsUnpairedWhenThereAreMoreRowsThanColumns() {
        long[][] weight = {{1}, {5}, {3}};

        assertThat(Assignment.maximize(weight)).containsExactly(-1, 0, -1);
    }

    @Test
    void pairsRowsWithTheBestOfManyColumns() {
        long[][] weight = {{0, 2, 7, 0}, {6, 0, 7, 0}};

        assertThat(Assignment.maximize(weight)).containsExactly(2, 0);
    }

    @Test
    void neverPairsThroughAZeroWeight() {
        long[][] weight = {{0, 0}, {0, 4}};

        assertThat(Assignment.maximize(weight)).containsExactly(-1, 1);
    }

    @Test
    void pairsNothingInAnEmptyMatrix() {
        assertThat(Assignment.maximize(new long[0][0])).isEmpty();
        assertThat(Assignment.maximize(new long[2][0])).containsExactly(-1, -1);
    }

    @Test
    void findsTheSameTotalAsTryingEveryPairingOnRandomMatrices() {
        Random random = new Random(42);
        for (int run = 0; run < 500; run++) {
            long[][] weight = new long[1 + random.nextInt(5)][1 + random.nextInt(5)];
            for (long[] row : weight) for (int j = 0; j < row.length; j++) row[j] = random.nextInt(3) == 0 ? 0 : random.nextInt(25);

            int[] pairs = Assignment.maximize(weight);

            long total = 0;
            boolean[] used = new boolean[weight[0].length];
            for (int i = 0; i < pairs.length; i++) {
                if (pairs[i] < 0) continue;
                assertThat(used[pairs[i]]).isFalse();
                used[pairs[i]] = true;
                total += weight[i][pairs[i]];
            }
            assertThat(total).isEqualTo(best(weight, 0, new boolean[weight[0].length]));
        }
    }

    private static long best(long[][] weight, int row, boolean[] used) {
        if (row == weight.length) return 0;
        long best = best(weight, row + 1, used);
        for (int j = 0; j < used.length; j++) {
            if (used[j] || weight[row][j] == 0) continue;
            used[j] = true;
            best = Math.max(best, weight[row][j] + best(weight, row + 1, used));
            used[j] = false;
        }
        return best;
    }
}
