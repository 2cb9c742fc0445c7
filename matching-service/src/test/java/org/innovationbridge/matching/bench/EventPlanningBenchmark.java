package org.innovationbridge.matching.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import org.innovationbridge.matching.matchmaking.plan.Candidate;
import org.innovationbridge.matching.matchmaking.plan.MeetingLimits;
import org.innovationbridge.matching.matchmaking.plan.MeetingSource;
import org.innovationbridge.matching.matchmaking.plan.Pair;
import org.innovationbridge.matching.matchmaking.plan.PairedMeeting;
import org.innovationbridge.matching.matchmaking.plan.Pairing;
import org.innovationbridge.matching.matchmaking.plan.PairingProblem;
import org.innovationbridge.matching.matchmaking.plan.PairingResult;
import org.innovationbridge.matching.matchmaking.plan.Placement;
import org.innovationbridge.matching.matchmaking.plan.Schedule;
import org.innovationbridge.matching.matchmaking.plan.ScheduleProblem;
import org.innovationbridge.matching.matchmaking.plan.Scheduler;
import org.innovationbridge.matching.matchmaking.plan.UnplacedMeeting;
import org.innovationbridge.matching.matchmaking.plan.UnplacedReason;

/**
 * The event-planning benchmark command (deploy/bench-events): pairing and scheduling of one generated event,
 * optimal beside the greedy baselines, without and with availability limits (the given share unavailable in 3
 * slots, and 60% unavailable in half the slots), then two re-plans. Pure
 * computation, no stack. Usage: {@code EventPlanningBenchmark [--enterprises N] [--institutions N]
 * [--candidates N] [--slots N] [--tables N] [--unavailable SHARE] [--seed N]}.
 */
public final class EventPlanningBenchmark {

    private static final int RUNS = 5;
    /** The harder availability scenario: this share of participants unavailable in half the slots. */
    private static final double HARSH_SHARE = 0.6;

    record Options(int enterprises, int institutions, int candidates, int slots, int tables, double unavailable,
            long seed) {

        static Options parse(String[] args) {
            Map<String, String> values = new HashMap<>();
            for (int k = 0; k < args.length; k++) {
                if (!args[k].startsWith("--") || k + 1 >= args.length) {
                    throw new IllegalArgumentException("expected --option value, got '" + args[k] + "'");
                }
                values.put(args[k].substring(2), args[++k]);
            }
            Options options = new Options(number(values, "enterprises", 1200), number(values, "institutions", 800),
                    number(values, "candidates", 10_000), number(values, "slots", 12), number(values, "tables", 150),
                    Double.parseDouble(values.getOrDefault("unavailable", "0.2")), number(values, "seed", 20_261_201));
            values.keySet().removeAll(Set.of("enterprises", "institutions", "candidates", "slots", "tables",
                    "unavailable", "seed"));
            if (!values.isEmpty()) {
                throw new IllegalArgumentException("unknown options " + values.keySet());
            }
            return options;
        }

        private static int number(Map<String, String> values, String name, int fallback) {
            int n = Integer.parseInt(values.getOrDefault(name, String.valueOf(fallback)).replace("_", ""));
            if (n <= 0) {
                throw new IllegalArgumentException("--" + name + " needs a positive number");
            }
            return n;
        }
    }

    public static void main(String[] args) {
        Options o;
        try {
            o = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        Random random = new Random(o.seed());
        PairingProblem pairing = pairingProblem(o, random);
        System.out.printf("Event: %d enterprises + %d institutions, %d candidate pairs, %d must-meets, %d requests,"
                + " %d blocks, %d slots x %d tables = %d places%n", o.enterprises(), o.institutions(),
                pairing.candidates().size(), pairing.mustMeets().size(), pairing.requests().size(),
                pairing.blocked().size(), o.slots(), o.tables(), pairing.capacity());

        Timed<PairingResult> optimal = time(() -> Pairing.optimal(pairing));
        Timed<PairingResult> greedy = time(() -> Pairing.greedy(pairing));
        System.out.println();
        System.out.printf("Machine: %d processors, load average %.1f; times are medians of %d runs%n",
                Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), RUNS);
        System.out.println("Pairing                 time                 meetings  total score  must/req"
                + "  below min  unhonoured");
        printPairing("optimal (min-cost flow)", optimal);
        printPairing("greedy baseline", greedy);
        PairingProblem scoreOnly = PairingProblem.ranked(pairing.enterprises().stream()
                .map(l -> new MeetingLimits(0, l.max())).toList(), pairing.institutions().stream()
                .map(l -> new MeetingLimits(0, l.max())).toList(), pairing.candidates(), o.slots(), o.tables());
        System.out.println("Score only (same candidates and maximums; no minimums, must-meets, requests, blocks):");
        printPairing("optimal (min-cost flow)", time(() -> Pairing.optimal(scoreOnly)));
        printPairing("greedy baseline", time(() -> Pairing.greedy(scoreOnly)));

        List<Pair> meetings = optimal.value().meetings().stream().map(PairedMeeting::pair).toList();
        ScheduleProblem plain = ScheduleProblem.of(o.slots(), o.tables(), o.enterprises(), o.institutions(), meetings);
        ScheduleProblem limited = plain.withUnavailable(unavailable(random, o.enterprises(), o.unavailable(), 3, o),
                unavailable(random, o.institutions(), o.unavailable(), 3, o));
        ScheduleProblem harsh = plain.withUnavailable(unavailable(random, o.enterprises(), HARSH_SHARE, o.slots() / 2, o),
                unavailable(random, o.institutions(), HARSH_SHARE, o.slots() / 2, o));
        System.out.println();
        System.out.printf("Scheduling %d meetings, lower bound max(delta, ceil(E/T)) = %d slots%n", meetings.size(),
                plain.lowerBound());
        System.out.println("                                   time                placed  unplaced  slots used  "
                + "same table");
        Timed<Schedule> exact = time(() -> Scheduler.schedule(plain));
        printSchedule("no limits: equitable colouring", exact, plain);
        printSchedule("no limits: greedy first-fit", time(() -> Scheduler.greedy(plain)), plain);
        System.out.printf("With %.0f%% of participants unavailable in 3 random slots:%n", 100 * o.unavailable());
        Timed<Schedule> heuristic = time(() -> Scheduler.schedule(limited));
        printSchedule("limits: colouring + repair", heuristic, limited);
        printSchedule("limits: greedy first-fit", time(() -> Scheduler.greedy(limited)), limited);
        printReasons(heuristic.value());
        System.out.printf("With %.0f%% of participants unavailable in %d random slots:%n", 100 * HARSH_SHARE,
                o.slots() / 2);
        Timed<Schedule> harshRun = time(() -> Scheduler.schedule(harsh));
        printSchedule("harsh: colouring + repair", harshRun, harsh);
        printSchedule("harsh: greedy first-fit", time(() -> Scheduler.greedy(harsh)), harsh);
        printReasons(harshRun.value());

        replan(exact.value(), plain, random);
        replan(heuristic.value(), limited, random);
    }

    /**
     * The default event's optimal pairing with 20 % of participants away in 3 slots, as a forum: enterprises
     * {@code 0..E-1}, institutions after them.
     */
    static org.innovationbridge.matching.matchmaking.plan.ForumProblem largeForum() {
        Options o = Options.parse(new String[0]);
        Random random = new Random(o.seed());
        PairingProblem pairing = pairingProblem(o, random);
        List<Pair> meetings = Pairing.optimal(pairing).meetings().stream().map(PairedMeeting::pair).toList();
        Map<Integer, Set<Integer>> off = new HashMap<>(unavailable(random, o.enterprises(), o.unavailable(), 3, o));
        unavailable(random, o.institutions(), o.unavailable(), 3, o).forEach((i, s) -> off.put(o.enterprises() + i, s));
        List<org.innovationbridge.matching.matchmaking.plan.ForumMeeting> forum = meetings.stream()
                .map(m -> org.innovationbridge.matching.matchmaking.plan.ForumMeeting.of(m.enterprise(),
                        o.enterprises() + m.institution())).toList();
        return org.innovationbridge.matching.matchmaking.plan.ForumProblem.of(o.slots(), o.tables(),
                o.enterprises() + o.institutions(), forum).withUnavailable(off);
    }

    /** Scores skewed by participant "attractiveness", so greedy crowds the attractive ones out of the others' way. */
    private static PairingProblem pairingProblem(Options o, Random random) {
        double[] appealE = new double[o.enterprises()];
        double[] appealI = new double[o.institutions()];
        Arrays.setAll(appealE, k -> 0.2 + random.nextDouble());
        Arrays.setAll(appealI, k -> 0.2 + random.nextDouble());
        List<MeetingLimits> enterprises = new ArrayList<>();
        for (int e = 0; e < o.enterprises(); e++) {
            enterprises.add(new MeetingLimits(1, 2 + random.nextInt(3)));
        }
        List<MeetingLimits> institutions = new ArrayList<>();
        for (int i = 0; i < o.institutions(); i++) {
            institutions.add(new MeetingLimits(2, 4 + random.nextInt(5)));
        }
        Set<Pair> seen = new HashSet<>();
        List<Candidate> candidates = new ArrayList<>();
        long maxPairs = (long) o.enterprises() * o.institutions();
        while (candidates.size() < Math.min(o.candidates(), maxPairs)) {
            Pair p = new Pair(random.nextInt(o.enterprises()), random.nextInt(o.institutions()));
            if (seen.add(p)) {
                double score = appealE[p.enterprise()] * appealI[p.institution()] * (0.5 + random.nextDouble());
                candidates.add(new Candidate(p.enterprise(), p.institution(), Math.round(score * 1e4) / 1e4));
            }
        }
        List<Pair> mustMeets = new ArrayList<>();
        List<Pair> requests = new ArrayList<>();
        List<Pair> blocked = new ArrayList<>();
        for (int k = 0; k < o.enterprises() / 24; k++) {
            mustMeets.add(new Pair(random.nextInt(o.enterprises()), random.nextInt(o.institutions())));
        }
        for (int k = 0; k < o.enterprises() / 6; k++) {
            requests.add(candidates.get(random.nextInt(candidates.size())).pair());
        }
        for (int k = 0; k < o.enterprises() / 12; k++) {
            blocked.add(candidates.get(random.nextInt(candidates.size())).pair());
        }
        return new PairingProblem(enterprises, institutions, candidates, mustMeets, requests, blocked, o.slots(),
                o.tables());
    }

    private static Map<Integer, Set<Integer>> unavailable(Random random, int participants, double share, int count,
            Options o) {
        Map<Integer, Set<Integer>> off = new HashMap<>();
        for (int p = 0; p < participants; p++) {
            if (random.nextDouble() < share) {
                Set<Integer> slots = new HashSet<>();
                while (slots.size() < Math.min(count, o.slots())) {
                    slots.add(random.nextInt(o.slots()));
                }
                off.put(p, slots);
            }
        }
        return off;
    }

    /** Cancels the enterprise with the most meetings, then adds ten late meetings, each as a re-plan. */
    private static void replan(Schedule schedule, ScheduleProblem problem, Random random) {
        int[] perEnterprise = new int[problem.enterprises()];
        problem.meetings().forEach(m -> perEnterprise[m.enterprise()]++);
        int cancelled = 0;
        for (int e = 1; e < perEnterprise.length; e++) {
            cancelled = perEnterprise[e] > perEnterprise[cancelled] ? e : cancelled;
        }
        List<Pair> kept = new ArrayList<>();
        Map<Integer, Placement> previous = new HashMap<>();
        for (int m = 0; m < problem.meetings().size(); m++) {
            if (problem.meetings().get(m).enterprise() != cancelled) {
                schedule.placement(m).ifPresent(p -> previous.put(kept.size(), p));
                kept.add(problem.meetings().get(m));
            }
        }
        ScheduleProblem afterCancel = new ScheduleProblem(problem.slots(), problem.tables(), problem.enterprises(),
                problem.institutions(), kept, problem.enterpriseUnavailable(), problem.institutionUnavailable(),
                Map.of(), Map.of(), previous);
        Timed<Schedule> cancel = time(() -> Scheduler.schedule(afterCancel));
        System.out.printf("Re-plan%s after cancelling enterprise %d (%d meetings): %d moved, %d placed (was %d),"
                + " %s%n", problem.hasAvailabilityLimits() ? " (limits)" : "", cancelled, perEnterprise[cancelled],
                cancel.value().moved(), cancel.value().placements().size(), previous.size(), cancel.millis());

        List<Pair> more = new ArrayList<>(kept);
        Set<Pair> present = new HashSet<>(kept);
        while (more.size() < kept.size() + 10) {
            Pair p = new Pair(random.nextInt(problem.enterprises()), random.nextInt(problem.institutions()));
            if (present.add(p)) {
                more.add(p);
            }
        }
        Map<Integer, Placement> previousAll = new HashMap<>(cancel.value().placements());
        ScheduleProblem afterAdd = new ScheduleProblem(problem.slots(), problem.tables(), problem.enterprises(),
                problem.institutions(), more, problem.enterpriseUnavailable(), problem.institutionUnavailable(),
                Map.of(), Map.of(), previousAll);
        Timed<Schedule> add = time(() -> Scheduler.schedule(afterAdd));
        long newPlaced = add.value().placements().keySet().stream().filter(m -> m >= kept.size()).count();
        System.out.printf("Re-plan%s after 10 late meetings: %d of them placed, %d moved, %s%n",
                problem.hasAvailabilityLimits() ? " (limits)" : "", newPlaced, add.value().moved(), add.millis());
        printReasons(add.value());
    }

    private static void printPairing(String label, Timed<PairingResult> r) {
        PairingResult p = r.value();
        System.out.printf("%-23s %-20s %8d  %11.2f  %3d/%-4d  %9d  %10d%n", label, r.millis(), p.meetings().size(),
                p.totalScore(), p.count(MeetingSource.MUST_MEET), p.count(MeetingSource.REQUEST),
                p.shortfalls().size(), p.unhonoured().size());
    }

    private static void printSchedule(String label, Timed<Schedule> r, ScheduleProblem problem) {
        Schedule s = r.value();
        System.out.printf("  %-32s %-19s %6d  %8d  %5d / %-3d  %9.1f%%%n", label, r.millis(), s.placements().size(),
                s.unplaced().size(), s.slotsUsed(), s.lowerBound(), 100 * sameTableShare(s, problem));
    }

    /** Share of placed meetings at their enterprise's most used table. */
    private static double sameTableShare(Schedule s, ScheduleProblem problem) {
        Map<Integer, Map<Integer, Integer>> tablesOf = new HashMap<>();
        s.placements().forEach((m, p) -> tablesOf.computeIfAbsent(problem.meetings().get(m).enterprise(),
                e -> new HashMap<>()).merge(p.table(), 1, Integer::sum));
        long home = tablesOf.values().stream().mapToLong(t -> t.values().stream().max(Integer::compare).orElse(0)).sum();
        return s.placements().isEmpty() ? 1 : (double) home / s.placements().size();
    }

    private static void printReasons(Schedule s) {
        Map<UnplacedReason, Integer> reasons = new EnumMap<>(UnplacedReason.class);
        for (UnplacedMeeting u : s.unplaced()) {
            reasons.merge(u.reason(), 1, Integer::sum);
        }
        System.out.println("    unplaced by reason: " + reasons);
    }

    /** A result with the median wall-clock time and the median CPU time of its thread. */
    record Timed<T>(T value, double wallMillis, double cpuMillis) {
        String millis() {
            return String.format("%.0f ms (cpu %.0f)", wallMillis, cpuMillis);
        }
    }

    /**
     * Runs once to warm up, then {@link #RUNS} times; reports the last result and the median times. CPU time is
     * shown beside wall-clock time because on a shared machine the two differ by the load.
     */
    private static <T> Timed<T> time(Supplier<T> task) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        T value = task.get();
        double[] wall = new double[RUNS];
        double[] cpu = new double[RUNS];
        for (int k = 0; k < RUNS; k++) {
            long cpuStart = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            value = task.get();
            wall[k] = (System.nanoTime() - start) / 1e6;
            cpu[k] = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6;
        }
        Arrays.sort(wall);
        Arrays.sort(cpu);
        return new Timed<>(value, wall[RUNS / 2], cpu[RUNS / 2]);
    }
}
