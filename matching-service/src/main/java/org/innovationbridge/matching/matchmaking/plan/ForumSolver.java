package org.innovationbridge.matching.matchmaking.plan;

import com.google.ortools.Loader;
import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.LinearArgument;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;
import java.util.ArrayList;
import java.util.List;

/**
 * The CP-SAT models of a forum schedule. One Boolean {@code x[m][s]} per meeting and slot it may take (tables are
 * interchangeable, so a slot only needs at most {@code tables} meetings; they get tables afterwards); each
 * participant at most one meeting per slot, {@code y[p][s]} whether it has one; over the slots the participant is
 * available in, {@code start[p][k] >= y[k] − y[k−1]} marks where a run of meetings begins, and its gaps are the
 * runs minus one ({@code Σ start − has}, {@code has} = it meets at all). Locked meetings are constants.
 */
final class ForumSolver {

    private static volatile Boolean loaded;

    private final ForumTimetable table;
    private final ForumProblem problem;
    private final int workers;
    private CpModel model;
    private BoolVar[][] x;
    private List<LinearArgument> gapsOf;
    private LinearExprBuilder weight;
    private LinearExprBuilder totalGaps;
    private long lockedWeight;

    /** The outcome of one solve: whether it found a schedule, proved it optimal, and the objective's bound. */
    record Outcome(boolean found, boolean optimal, long value, double bound) {
    }

    ForumSolver(ForumTimetable table, int workers) {
        this.table = table;
        this.problem = table.problem;
        this.workers = workers;
    }

    /** Whether the native library loads here (once per JVM). */
    static boolean available() {
        if (loaded == null) {
            synchronized (ForumSolver.class) {
                if (loaded == null) {
                    try {
                        Loader.loadNativeLibraries();
                        loaded = true;
                    } catch (LinkageError | RuntimeException e) {
                        loaded = false;
                    }
                }
            }
        }
        return loaded;
    }

    /** Phase 1: the most placed weight. */
    Outcome maximisePlacement(double seconds) {
        build(false);
        model.maximize(weight.build());
        return solve(seconds, true);
    }

    /** Phase 2: the fewest gaps among schedules placing at least {@code placedWeight}. */
    Outcome minimiseGaps(long placedWeight, double seconds) {
        build(placedWeight == allWeight());
        model.addGreaterOrEqual(weight.build(), placedWeight - lockedWeight);
        model.minimize(totalGaps.build());
        return solve(seconds, false);
    }

    /** Phase 3: the smallest most-gaps of one participant, keeping the weight and at most {@code gaps} gaps. */
    Outcome minimiseWorstGaps(long placedWeight, int gaps, double seconds) {
        build(placedWeight == allWeight());
        model.addGreaterOrEqual(weight.build(), placedWeight - lockedWeight);
        model.addLessOrEqual(totalGaps.build(), gaps);
        IntVar worst = model.newIntVar(0, problem.slots(), "worst");
        for (LinearArgument g : gapsOf) {
            model.addGreaterOrEqual(worst, g);
        }
        model.minimize(worst);
        return solve(seconds, false);
    }

    /** The weight of every meeting not in conflict with a locked one. */
    private long allWeight() {
        long w = 0;
        for (int m = 0; m < problem.meetings().size(); m++) {
            w += table.lockConflict[m] ? 0 : problem.meetings().get(m).weight();
        }
        return w;
    }

    /**
     * Builds the model; {@code everyMeeting} when all meetings are to be placed: then each takes exactly one slot
     * and a participant with a meeting surely meets, which makes the gap bound much tighter.
     */
    private void build(boolean everyMeeting) {
        model = new CpModel();
        int slots = problem.slots();
        int meetings = problem.meetings().size();
        x = new BoolVar[meetings][slots];
        weight = LinearExpr.newBuilder();
        totalGaps = LinearExpr.newBuilder();
        gapsOf = new ArrayList<>();
        lockedWeight = 0;
        int[] lockedIn = new int[slots];
        List<List<List<BoolVar>>> at = new ArrayList<>();
        for (int p = 0; p < problem.participants(); p++) {
            List<List<BoolVar>> perSlot = new ArrayList<>();
            for (int s = 0; s < slots; s++) {
                perSlot.add(new ArrayList<>());
            }
            at.add(perSlot);
        }
        for (int m = 0; m < meetings; m++) {
            ForumMeeting meeting = problem.meetings().get(m);
            if (table.locked[m]) {
                if (table.slotOf[m] >= 0) {
                    lockedIn[table.slotOf[m]]++;
                    lockedWeight += meeting.weight();
                }
                continue;
            }
            List<BoolVar> options = new ArrayList<>();
            for (int s = 0; s < slots; s++) {
                if (problem.allowed(m, s)) {
                    BoolVar v = model.newBoolVar("x" + m + "_" + s);
                    x[m][s] = v;
                    options.add(v);
                    at.get(meeting.a()).get(s).add(v);
                    at.get(meeting.b()).get(s).add(v);
                    weight.addTerm(v, meeting.weight());
                    model.addHint(v, table.slotOf[m] == s);
                }
            }
            if (everyMeeting) {
                model.addExactlyOne(options.toArray(new BoolVar[0]));
            } else if (options.size() > 1) {
                model.addAtMostOne(options.toArray(new BoolVar[0]));
            }
        }
        for (int s = 0; s < slots; s++) {
            LinearExprBuilder inSlot = LinearExpr.newBuilder();
            int count = 0;
            for (int m = 0; m < meetings; m++) {
                if (x[m][s] != null) {
                    inSlot.add(x[m][s]);
                    count++;
                }
            }
            if (count > problem.tables() - lockedIn[s]) {
                model.addLessOrEqual(inSlot.build(), problem.tables() - lockedIn[s]);
            }
        }
        for (int p = 0; p < problem.participants(); p++) {
            LinearExprBuilder starts = LinearExpr.newBuilder();
            LinearExprBuilder any = LinearExpr.newBuilder();
            boolean meets = false;
            boolean surelyMeets = false;
            LinearArgument previous = null;
            for (int s = 0; s < slots; s++) {
                if (!problem.available(p, s)) {
                    continue;
                }
                List<BoolVar> here = at.get(p).get(s);
                boolean lockedHere = !table.free(p, s) && table.locked[table.meetingAt(p, s)];
                LinearArgument y;
                if (lockedHere) {
                    for (BoolVar v : here) {
                        model.addEquality(v, 0);
                    }
                    y = LinearExpr.constant(1);
                    surelyMeets = true;
                } else if (here.isEmpty()) {
                    y = null;
                } else {
                    if (here.size() > 1) {
                        model.addAtMostOne(here.toArray(new BoolVar[0]));
                    }
                    BoolVar busy = model.newBoolVar("y" + p + "_" + s);
                    model.addEquality(busy, LinearExpr.sum(here.toArray(new BoolVar[0])));
                    y = busy;
                }
                if (y != null) {
                    meets = true;
                    BoolVar start = model.newBoolVar("st" + p + "_" + s);
                    LinearExprBuilder rise = LinearExpr.newBuilder().add(start).addTerm(y, -1);
                    if (previous != null) {
                        rise.add(previous);
                    }
                    model.addGreaterOrEqual(rise.build(), 0);
                    // a run starts only at a meeting that follows a free slot: exact, so it propagates
                    if (y instanceof BoolVar meeting) {
                        model.addImplication(start, meeting);
                    }
                    if (previous instanceof BoolVar before) {
                        model.addImplication(start, before.not());
                    } else if (previous != null) {
                        model.addEquality(start, 0);
                    }
                    starts.add(start);
                    any.add(y);
                }
                previous = y;
            }
            if (!meets) {
                continue;
            }
            LinearArgument has;
            if (surelyMeets || (everyMeeting && meetsAtAll(p))) {
                has = LinearExpr.constant(1);
            } else {
                BoolVar h = model.newBoolVar("has" + p);
                model.addLessOrEqual(h, any.build());
                has = h;
            }
            LinearExpr gaps = starts.addTerm(has, -1).build();
            gapsOf.add(gaps);
            totalGaps.add(gaps);
        }
    }

    private boolean meetsAtAll(int p) {
        for (ForumMeeting m : problem.meetings()) {
            if (m.involves(p)) {
                return true;
            }
        }
        return false;
    }

    private Outcome solve(double seconds, boolean maximise) {
        CpSolver solver = new CpSolver();
        solver.getParameters().setMaxTimeInSeconds(Math.max(0.05, seconds)).setNumWorkers(workers)
                .setRandomSeed(1);
        CpSolverStatus status = solver.solve(model);
        boolean found = status == CpSolverStatus.OPTIMAL || status == CpSolverStatus.FEASIBLE;
        if (!found) {
            return new Outcome(false, false, 0, maximise ? Double.MAX_VALUE : 0);
        }
        for (int m = 0; m < x.length; m++) {
            if (!table.locked[m] && table.slotOf[m] >= 0) {
                table.remove(m);
            }
        }
        for (int m = 0; m < x.length; m++) {
            for (int s = 0; s < x[m].length; s++) {
                if (x[m][s] != null && solver.booleanValue(x[m][s])) {
                    table.put(m, s);
                }
            }
        }
        long value = Math.round(solver.objectiveValue()) + (maximise ? lockedWeight : 0);
        double bound = solver.bestObjectiveBound() + (maximise ? lockedWeight : 0);
        return new Outcome(true, status == CpSolverStatus.OPTIMAL, value, bound);
    }
}
