package org.innovationbridge.matching.bench;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import org.innovationbridge.matching.matchmaking.plan.ForumMeeting;
import org.innovationbridge.matching.matchmaking.plan.ForumProblem;
import org.innovationbridge.matching.matchmaking.plan.ForumSchedule;
import org.innovationbridge.matching.matchmaking.plan.ForumScheduler;

/**
 * The forum part of deploy/bench-events: generated forum-like events (40–80 participants, any two may meet,
 * triangles, 10–22 slots split into morning and afternoon, 12–27 tables, some participants away for 1–3 slots,
 * some meetings restricted to a session), each scheduled by the heuristic and by CP-SAT; then the 2,000-participant
 * event of {@link EventPlanningBenchmark} as a forum. Usage: {@code ForumPlanningBenchmark [--limit SECONDS]
 * [--seed N] [--forums N] [--workers N]}.
 */
public final class ForumPlanningBenchmark {

    static final long MUST = 10_000;
    static final long REQUEST = 100;

    private ForumPlanningBenchmark() {
    }

    public static void main(String[] args) {
        Map<String, String> values = new HashMap<>();
        for (int k = 0; k + 1 < args.length; k += 2) {
            values.put(args[k].replaceFirst("^--", ""), args[k + 1]);
        }
        double limit = Double.parseDouble(values.getOrDefault("limit", "8"));
        long seed = Long.parseLong(values.getOrDefault("seed", "20261202"));
        int forums = Integer.parseInt(values.getOrDefault("forums", "8"));
        int workers = Integer.parseInt(values.getOrDefault("workers", "2"));
        ForumScheduler.Options options = new ForumScheduler.Options(Duration.ofMillis((long) (limit * 1000)), workers,
                1000);
        System.out.printf("Forums: CP-SAT %s, time limit %.1f s, %d workers; load average %.1f%n",
                ForumScheduler.solverAvailable() ? "loaded" : "ABSENT (heuristic only)", limit, workers,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        System.out.println("| forum | participants | meetings (triangles) | slots × tables | placed / requested"
                + " | slots used / bound | gaps: heuristic | gaps: solver / proven bound | fairness | status"
                + " | time (cpu) |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|---|");
        Random random = new Random(seed);
        for (int f = 1; f <= forums; f++) {
            Forum forum = forum(random);
            ForumSchedule heuristic = ForumScheduler.heuristic(forum.problem());
            Timed<ForumSchedule> solved = time(() -> ForumScheduler.schedule(forum.problem(), options));
            ForumSchedule s = solved.value();
            System.out.printf("| %d | %d | %d (%d) | %d × %d | %d / %d%s | %d / %d | %d | %d / %d | %d | %s | %s |%n",
                    f, forum.problem().participants(), forum.problem().meetings().size(), forum.triangles(),
                    forum.problem().slots(), forum.problem().tables(), s.placements().size(),
                    forum.problem().meetings().size(), s.placementOptimal() ? " (max)" : "", s.slotsUsed(),
                    s.lowerBound(), heuristic.totalGaps(), s.totalGaps(), s.gapLowerBound(), s.fairness(),
                    status(s), solved.text());
        }
        System.out.println();
        twoThousand(options);
    }

    private static String status(ForumSchedule s) {
        if (s.gapsOptimal()) {
            return "最优（已证明）";
        }
        return String.format("%s, gap %.0f %%", s.method() == ForumSchedule.Method.SOLVER ? "solver" : "heuristic",
                100 * s.remainingGap());
    }

    record Forum(ForumProblem problem, int triangles) {
    }

    /**
     * A forum: participants with an appeal (popular ones are asked more), meetings drawn by appeal up to a
     * participant's maximum, about a tenth of them in triangles of three participants who all meet.
     */
    static Forum forum(Random random) {
        int participants = 40 + random.nextInt(41);
        int slots = 10 + random.nextInt(13);
        int tables = 12 + random.nextInt(16);
        int target = Math.min(120 + random.nextInt(181), slots * tables * 9 / 10);
        int cap = Math.max(3, slots - 2);
        int[] degree = new int[participants];
        double[] appeal = new double[participants];
        for (int p = 0; p < participants; p++) {
            appeal[p] = 0.3 + random.nextDouble() * random.nextDouble() * 3;
        }
        Set<Long> seen = new HashSet<>();
        List<int[]> pairs = new ArrayList<>();
        int triangles = 0;
        int tries = 0;
        while (pairs.size() < target && tries++ < 100_000) {
            if (random.nextInt(30) == 0 && pairs.size() + 3 <= target) {
                int a = pick(random, appeal);
                int b = pick(random, appeal);
                int c = pick(random, appeal);
                if (a != b && b != c && a != c && degree[a] + 2 <= cap && degree[b] + 2 <= cap && degree[c] + 2 <= cap
                        && add(seen, pairs, degree, participants, a, b) & add(seen, pairs, degree, participants, b, c)
                        & add(seen, pairs, degree, participants, a, c)) {
                    triangles++;
                }
                continue;
            }
            int a = pick(random, appeal);
            int b = pick(random, appeal);
            if (a != b && degree[a] < cap && degree[b] < cap) {
                add(seen, pairs, degree, participants, a, b);
            }
        }
        int morning = slots / 2;
        Set<Integer> am = new HashSet<>();
        Set<Integer> pm = new HashSet<>();
        for (int s = 0; s < slots; s++) {
            (s < morning ? am : pm).add(s);
        }
        List<ForumMeeting> meetings = new ArrayList<>();
        for (int[] p : pairs) {
            int kind = random.nextInt(10);
            long weight = kind == 0 ? MUST : REQUEST;
            int window = random.nextInt(100);
            meetings.add(new ForumMeeting(p[0], p[1], weight, window < 8 ? am : window < 15 ? pm : Set.of()));
        }
        Map<Integer, Set<Integer>> off = new HashMap<>();
        for (int p = 0; p < participants; p++) {
            if (random.nextInt(5) == 0) {
                Set<Integer> away = new HashSet<>();
                int count = 1 + random.nextInt(3);
                while (away.size() < count) {
                    away.add(random.nextInt(slots));
                }
                off.put(p, away);
            }
        }
        return new Forum(ForumProblem.of(slots, tables, participants, meetings).withUnavailable(off), triangles);
    }

    private static boolean add(Set<Long> seen, List<int[]> pairs, int[] degree, int n, int a, int b) {
        if (!seen.add((long) Math.min(a, b) * n + Math.max(a, b))) {
            return false;
        }
        pairs.add(new int[] {a, b});
        degree[a]++;
        degree[b]++;
        return true;
    }

    private static int pick(Random random, double[] appeal) {
        double total = 0;
        for (double a : appeal) {
            total += a;
        }
        double r = random.nextDouble() * total;
        for (int p = 0; p < appeal.length; p++) {
            r -= appeal[p];
            if (r <= 0) {
                return p;
            }
        }
        return appeal.length - 1;
    }

    /** The scale case: the 2,000-participant event's meetings with 20 % away in 3 slots, scheduled as a forum. */
    private static void twoThousand(ForumScheduler.Options options) {
        ForumProblem problem = EventPlanningBenchmark.largeForum();
        Timed<ForumSchedule> run = time(() -> ForumScheduler.schedule(problem, options));
        ForumSchedule s = run.value();
        System.out.printf("2,000-participant event as a forum (%d meetings, %d slots × %d tables, 20 %% away in 3"
                        + " slots): %s, %d placed, %d unplaced, slots %d / %d, %d idle gaps, fairness %d, %s%n",
                problem.meetings().size(), problem.slots(), problem.tables(),
                s.method() == ForumSchedule.Method.SOLVER ? "solver" : "heuristic (larger than the solver's limit)",
                s.placements().size(), s.unplaced().size(), s.slotsUsed(), s.lowerBound(), s.totalGaps(), s.fairness(),
                run.text());
    }

    record Timed<T>(T value, double wallMillis, double cpuMillis) {
        String text() {
            return String.format("%.2f s (%.2f)", wallMillis / 1000, cpuMillis / 1000);
        }
    }

    /** One run (the solver's time dominates and it has a limit); wall-clock and the whole process's CPU time. */
    static <T> Timed<T> time(Supplier<T> task) {
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpuStart = os.getProcessCpuTime();
        long start = System.nanoTime();
        T value = task.get();
        return new Timed<>(value, (System.nanoTime() - start) / 1e6, (os.getProcessCpuTime() - cpuStart) / 1e6);
    }
}
