package org.innovationbridge.matching.matchmaking.plan;

import java.util.Arrays;

/**
 * Successive shortest paths on a directed graph with integer capacities and {@code long} costs, for a
 * <em>minimum-cost</em> flow of any value: it stops at the first augmenting path whose cost is not negative
 * (the cost of a min-cost flow is convex in its value, so no larger flow is cheaper) or at a given flow limit.
 *
 * <p>Paths are found by Dijkstra over reduced costs. The caller's graph must be free of negative cycles and the
 * initial potentials must make every reduced cost of an arc with capacity non-negative; {@link #initialPotentials}
 * computes them for a graph whose arcs run from lower to higher node numbers (a DAG in node order).
 */
final class MinCostFlow {

    private final int nodes;
    private int arcs;
    private int[] head;
    private int[] next;
    private int[] to;
    private int[] cap;
    private long[] cost;
    private int[] start;
    private int[] twin;
    private int[] position;

    MinCostFlow(int nodes, int expectedArcs) {
        this.nodes = nodes;
        head = new int[nodes];
        Arrays.fill(head, -1);
        int size = Math.max(2, 2 * expectedArcs);
        next = new int[size];
        to = new int[size];
        cap = new int[size];
        cost = new long[size];
    }

    /** Adds an arc and its residual twin; returns the arc's id (the twin is {@code id ^ 1}). */
    int addArc(int from, int target, int capacity, long arcCost) {
        if (position != null) {
            throw new IllegalStateException("arcs cannot be added after the flow ran");
        }
        if (arcs + 2 > to.length) {
            int size = to.length * 2;
            next = Arrays.copyOf(next, size);
            to = Arrays.copyOf(to, size);
            cap = Arrays.copyOf(cap, size);
            cost = Arrays.copyOf(cost, size);
        }
        int id = arcs;
        link(id, from, target, capacity, arcCost);
        link(id + 1, target, from, 0, -arcCost);
        arcs += 2;
        return id;
    }

    private void link(int id, int from, int target, int capacity, long arcCost) {
        to[id] = target;
        cap[id] = capacity;
        cost[id] = arcCost;
        next[id] = head[from];
        head[from] = id;
    }

    /** Flow on an arc returned by {@link #addArc}. */
    int flow(int arc) {
        return position == null ? cap[arc ^ 1] : cap[twin[position[arc]]];
    }

    /**
     * Lays the arcs out by tail node (compressed adjacency), so that a search reads each node's arcs from
     * consecutive memory; afterwards {@code start[v]..start[v+1]-1} are v's arcs and {@code twin} pairs them.
     */
    private void freeze() {
        start = new int[nodes + 1];
        int[] tail = new int[arcs];
        for (int v = 0; v < nodes; v++) {
            for (int a = head[v]; a >= 0; a = next[a]) {
                tail[a] = v;
                start[v + 1]++;
            }
        }
        for (int v = 0; v < nodes; v++) {
            start[v + 1] += start[v];
        }
        position = new int[arcs];
        int[] fill = Arrays.copyOf(start, nodes);
        for (int a = 0; a < arcs; a++) {
            position[a] = fill[tail[a]]++;
        }
        int[] newTo = new int[arcs];
        int[] newCap = new int[arcs];
        long[] newCost = new long[arcs];
        twin = new int[arcs];
        for (int a = 0; a < arcs; a++) {
            int p = position[a];
            newTo[p] = to[a];
            newCap[p] = cap[a];
            newCost[p] = cost[a];
            twin[p] = position[a ^ 1];
        }
        to = newTo;
        cap = newCap;
        cost = newCost;
    }

    /**
     * Shortest distances from {@code source} over arcs with capacity, for a graph whose arcs with capacity all
     * run from a lower to a higher node number; unreachable nodes get {@link Long#MAX_VALUE}.
     */
    long[] initialPotentials(int source) {
        long[] dist = new long[nodes];
        Arrays.fill(dist, Long.MAX_VALUE);
        dist[source] = 0;
        for (int v = source; v < nodes; v++) {
            if (dist[v] == Long.MAX_VALUE) {
                continue;
            }
            for (int a = head[v]; a >= 0; a = next[a]) {
                if (cap[a] > 0) {
                    if (to[a] <= v) {
                        throw new IllegalStateException("arc " + v + "->" + to[a] + " breaks the node order");
                    }
                    dist[to[a]] = Math.min(dist[to[a]], dist[v] + cost[a]);
                }
            }
        }
        return dist;
    }

    /**
     * Augments from {@code source} to {@code sink} along cheapest paths while a path of negative cost exists
     * and the flow is below {@code limit}; returns the flow value reached. Runs once per instance: arcs are
     * laid out for the search and no more can be added.
     */
    long run(int source, int sink, long limit) {
        if (position != null) {
            throw new IllegalStateException("a flow instance runs once");
        }
        long[] potential = initialPotentials(source);
        freeze();
        long[] dist = new long[nodes];
        int[] via = new int[nodes];
        boolean[] done = new boolean[nodes];
        Heap heap = new Heap(nodes);
        long flow = 0;
        while (flow < limit) {
            Arrays.fill(dist, Long.MAX_VALUE);
            Arrays.fill(done, false);
            dist[source] = 0;
            heap.push(source, 0);
            while (!heap.isEmpty()) {
                int v = heap.pop();
                if (done[v]) {
                    continue;
                }
                done[v] = true;
                if (v == sink) {
                    break;
                }
                long base = dist[v] + potential[v];
                for (int a = start[v], end = start[v + 1]; a < end; a++) {
                    int w = to[a];
                    if (cap[a] == 0 || done[w] || potential[w] == Long.MAX_VALUE) {
                        continue;
                    }
                    long d = base + cost[a] - potential[w];
                    if (d < dist[w]) {
                        dist[w] = d;
                        via[w] = a;
                        heap.push(w, d);
                    }
                }
            }
            if (dist[sink] == Long.MAX_VALUE || dist[sink] + potential[sink] - potential[source] >= 0) {
                return flow;
            }
            // The search stops at the sink; nodes not settled by then are at least as far, and raising their
            // potential by the sink's distance only keeps every reduced cost non-negative.
            long reach = dist[sink];
            for (int v = 0; v < nodes; v++) {
                if (potential[v] != Long.MAX_VALUE) {
                    potential[v] += done[v] ? dist[v] : reach;
                }
            }
            heap.clear();
            long push = limit - flow;
            for (int v = sink; v != source; v = to[twin[via[v]]]) {
                push = Math.min(push, cap[via[v]]);
            }
            for (int v = sink; v != source; v = to[twin[via[v]]]) {
                cap[via[v]] -= (int) push;
                cap[twin[via[v]]] += (int) push;
            }
            flow += push;
        }
        return flow;
    }

    /** Binary min-heap of (node, key) entries with lazy deletion. */
    private static final class Heap {
        private int[] node;
        private long[] key;
        private int size;

        Heap(int capacity) {
            node = new int[Math.max(16, capacity)];
            key = new long[node.length];
        }

        void clear() {
            size = 0;
        }

        boolean isEmpty() {
            return size == 0;
        }

        void push(int v, long k) {
            if (size == node.length) {
                node = Arrays.copyOf(node, size * 2);
                key = Arrays.copyOf(key, size * 2);
            }
            int i = size++;
            while (i > 0) {
                int parent = (i - 1) >>> 1;
                if (key[parent] <= k) {
                    break;
                }
                node[i] = node[parent];
                key[i] = key[parent];
                i = parent;
            }
            node[i] = v;
            key[i] = k;
        }

        int pop() {
            int top = node[0];
            size--;
            if (size > 0) {
                int v = node[size];
                long k = key[size];
                int i = 0;
                while (true) {
                    int child = 2 * i + 1;
                    if (child >= size) {
                        break;
                    }
                    if (child + 1 < size && key[child + 1] < key[child]) {
                        child++;
                    }
                    if (key[child] >= k) {
                        break;
                    }
                    node[i] = node[child];
                    key[i] = key[child];
                    i = child;
                }
                node[i] = v;
                key[i] = k;
            }
            return top;
        }
    }
}
