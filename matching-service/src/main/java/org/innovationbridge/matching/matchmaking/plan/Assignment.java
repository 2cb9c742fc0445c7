package org.innovationbridge.matching.matchmaking.plan;

import java.util.Arrays;

/** Maximum-weight assignment of rows to columns (Hungarian method with potentials, O(n³)). */
final class Assignment {

    private Assignment() {
    }

    /**
     * Assigns each row at most one column and each column at most one row so that the total weight is maximal;
     * returns for each row its column or {@code -1}.
     */
    static int[] maximise(long[][] weight, int columns) {
        int rows = weight.length;
        int n = Math.max(rows, columns);
        // 1-based arrays of the classic formulation on an n × n cost matrix, cost = -weight, padding costs 0.
        long[] rowPotential = new long[n + 1];
        long[] columnPotential = new long[n + 1];
        int[] rowOfColumn = new int[n + 1];
        int[] way = new int[n + 1];
        long[] min = new long[n + 1];
        boolean[] used = new boolean[n + 1];
        for (int row = 1; row <= n; row++) {
            rowOfColumn[0] = row;
            int column = 0;
            Arrays.fill(min, Long.MAX_VALUE);
            Arrays.fill(used, false);
            do {
                used[column] = true;
                int r = rowOfColumn[column];
                long delta = Long.MAX_VALUE;
                int next = 0;
                for (int j = 1; j <= n; j++) {
                    if (!used[j]) {
                        long cost = (r <= rows && j <= columns ? -weight[r - 1][j - 1] : 0)
                                - rowPotential[r] - columnPotential[j];
                        if (cost < min[j]) {
                            min[j] = cost;
                            way[j] = column;
                        }
                        if (min[j] < delta) {
                            delta = min[j];
                            next = j;
                        }
                    }
                }
                for (int j = 0; j <= n; j++) {
                    if (used[j]) {
                        rowPotential[rowOfColumn[j]] += delta;
                        columnPotential[j] -= delta;
                    } else {
                        min[j] -= delta;
                    }
                }
                column = next;
            } while (rowOfColumn[column] != 0);
            do {
                int previous = way[column];
                rowOfColumn[column] = rowOfColumn[previous];
                column = previous;
            } while (column != 0);
        }
        int[] columnOfRow = new int[rows];
        Arrays.fill(columnOfRow, -1);
        for (int j = 1; j <= columns; j++) {
            if (rowOfColumn[j] >= 1 && rowOfColumn[j] <= rows) {
                columnOfRow[rowOfColumn[j] - 1] = j - 1;
            }
        }
        return columnOfRow;
    }
}
