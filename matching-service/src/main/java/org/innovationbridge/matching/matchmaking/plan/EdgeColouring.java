package org.innovationbridge.matching.matchmaking.plan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Equitable edge colouring of a bipartite multigraph: {@code colours >= Δ} colours, no two edges of one colour at
 * a node, and afterwards no colour on more than {@code perColour} edges when {@code colours × perColour >= edges}.
 *
 * <p>Colouring (König): for an edge (u, v) take a colour a free at u and b free at v; if a is taken at v, swap
 * a and b along the a/b-alternating path that starts at v. In a bipartite graph that path never reaches u, so
 * afterwards a is free at both. Balancing: while some colour c has more than {@code perColour} edges, take the
 * smallest colour d; the edges coloured c or d form disjoint paths and even cycles, and a path with one more c
 * than d edge swaps to one more d than c edge. Swapping half the difference of such paths leaves |c| and |d|
 * at most one apart, and the sum of squared class sizes falls every round, so balancing ends.
 */
final class EdgeColouring {

    private EdgeColouring() {
    }

    /**
     * Colours the edges {@code (left[k], right[k])}, {@code left} in {@code 0..leftNodes-1} and {@code right} in
     * {@code 0..rightNodes-1}; returns each edge's colour.
     */
    static int[] colour(int[] left, int[] right, int leftNodes, int rightNodes, int colours, int perColour) {
        int edges = left.length;
        int nodes = leftNodes + rightNodes;
        int[] at = new int[nodes * colours];
        Arrays.fill(at, -1);
        int[] colour = new int[edges];
        int[] u = new int[edges];
        int[] v = new int[edges];
        for (int k = 0; k < edges; k++) {
            u[k] = left[k];
            v[k] = leftNodes + right[k];
        }
        List<Integer> path = new ArrayList<>();
        for (int k = 0; k < edges; k++) {
            int a = freeColour(at, u[k], colours);
            int b = freeColour(at, v[k], colours);
            if (at[v[k] * colours + a] >= 0) {
                path.clear();
                int node = v[k];
                int c = a;
                while (at[node * colours + c] >= 0) {
                    int edge = at[node * colours + c];
                    path.add(edge);
                    node = u[edge] == node ? v[edge] : u[edge];
                    c = c == a ? b : a;
                }
                recolour(path, a, b, at, colour, u, v, colours);
            }
            colour[k] = a;
            at[u[k] * colours + a] = k;
            at[v[k] * colours + a] = k;
        }
        balance(at, colour, u, v, nodes, colours, perColour);
        return colour;
    }

    private static int freeColour(int[] at, int node, int colours) {
        for (int c = 0; c < colours; c++) {
            if (at[node * colours + c] < 0) {
                return c;
            }
        }
        throw new IllegalStateException("node " + node + " has more edges than the " + colours + " colours");
    }

    /** Swaps colours a and b on the given edges, which form whole components of the a/b subgraph. */
    private static void recolour(List<Integer> edges, int a, int b, int[] at, int[] colour, int[] u, int[] v,
            int colours) {
        for (int edge : edges) {
            at[u[edge] * colours + colour[edge]] = -1;
            at[v[edge] * colours + colour[edge]] = -1;
        }
        for (int edge : edges) {
            colour[edge] = colour[edge] == a ? b : a;
            at[u[edge] * colours + colour[edge]] = edge;
            at[v[edge] * colours + colour[edge]] = edge;
        }
    }

    private static void balance(int[] at, int[] colour, int[] u, int[] v, int nodes, int colours, int perColour) {
        int[] size = new int[colours];
        for (int c : colour) {
            size[c]++;
        }
        List<Integer> swap = new ArrayList<>();
        List<Integer> path = new ArrayList<>();
        while (true) {
            int big = 0;
            int small = 0;
            for (int c = 1; c < colours; c++) {
                big = size[c] > size[big] ? c : big;
                small = size[c] < size[small] ? c : small;
            }
            if (size[big] <= perColour || size[big] - size[small] < 2) {
                return;
            }
            int wanted = (size[big] - size[small]) / 2;
            int found = 0;
            swap.clear();
            for (int start = 0; start < nodes && found < wanted; start++) {
                if (at[start * colours + big] < 0 || at[start * colours + small] >= 0) {
                    continue;
                }
                path.clear();
                int node = start;
                int c = big;
                while (at[node * colours + c] >= 0) {
                    int edge = at[node * colours + c];
                    path.add(edge);
                    node = u[edge] == node ? v[edge] : u[edge];
                    c = c == big ? small : big;
                }
                // An odd path starts and ends with the big colour; each is met from both ends, so take it from
                // its lower end only.
                if (path.size() % 2 == 1 && start < node) {
                    swap.addAll(path);
                    found++;
                }
            }
            recolour(swap, big, small, at, colour, u, v, colours);
            size[big] -= found;
            size[small] += found;
        }
    }
}
