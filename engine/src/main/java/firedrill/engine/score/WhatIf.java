package firedrill.engine.score;

import firedrill.engine.action.ActionKind;
import firedrill.engine.model.ModelSpec;
import firedrill.engine.scenario.ActionSpec;
import firedrill.engine.command.Command;
import firedrill.engine.sim.History;
import firedrill.engine.sim.RunRecord;
import firedrill.engine.sim.Simulation;
import firedrill.engine.sim.StateDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What-if forks of a recorded run, from any decision point (docs/scoring.md).
 * <p>{@link #of} re-runs the record once and keeps a {@link Simulation#fork() fork} just before each
 * decision tick (the tick of a command), so a counterfactual starts from a copy of the state at that
 * point instead of a replay from zero. A caller then takes decision {@code i}, keeps everything
 * before it, replaces, removes or adds commands from there on, and runs to the horizon (or any
 * earlier tick). Checkpoints are never stepped, only forked, so branches may run on several threads.
 * <p>Decisions are the record's commands in the order they were applied (stable by tick); decision
 * {@code i}'s checkpoint holds the state at the end of tick {@code tick(i) − 1}, before any command
 * of tick {@code tick(i)} applied.
 */
public final class WhatIf {
    /** A run (original or alternative): its commands, the simulation at its end, outcome and series. */
    public record Run(List<Command> commands, Simulation simulation, RunOutcome outcome) {
        /** True availability per service per minute: {@code [service][minute]}, minute i at tick 60·i. */
        public double[][] availability() {
            History h = simulation.history();
            double[][] out = new double[simulation.spec().layout().services()][];
            for (int k = 0; k < out.length; k++) {
                out[k] = h.availability(k);
            }
            return out;
        }

        /** Fingerprint of the final state (equal digests: the same run bit for bit). */
        public long digest() {
            return StateDigest.of(simulation);
        }
    }

    /** The original run and an alternative that branched from it at decision {@code fromDecision}. */
    public record Comparison(int fromDecision, int fromTick, Run original, Run alternative) {}

    private final ModelSpec spec;
    private final RunRecord record;
    private final List<Command> decisions;
    private final int[] effectiveTick;
    /** Distinct decision ticks, ascending, and the state just before each (index-aligned). */
    private final int[] checkpointTicks;
    private final Simulation[] checkpoints;
    private final Simulation start;
    private final Run original;

    private WhatIf(ModelSpec spec, RunRecord record) {
        this.spec = spec;
        this.record = record;
        int end = Math.min(record.ticks(), spec.horizonTick());
        List<Command> sorted = new ArrayList<>(record.commands());
        // The simulation applies commands in tick order, keeping log order within a tick (stable sort);
        // commands after the end of the run never apply and are not decisions.
        sorted.sort(Comparator.comparingInt(c -> Math.max(1, c.tick())));
        sorted.removeIf(c -> Math.max(1, c.tick()) > end);
        this.decisions = List.copyOf(sorted);
        this.effectiveTick = new int[decisions.size()];
        for (int i = 0; i < effectiveTick.length; i++) {
            effectiveTick[i] = Math.max(1, decisions.get(i).tick());
        }
        Simulation sim = Simulation.start(spec, record.seed());
        this.start = sim.fork();
        List<Integer> ticks = new ArrayList<>();
        List<Simulation> forks = new ArrayList<>();
        int i = 0;
        while (i < decisions.size()) {
            int t = effectiveTick[i];
            sim.runUntil(t - 1);
            ticks.add(t);
            forks.add(sim.fork());
            while (i < decisions.size() && effectiveTick[i] == t) {
                sim.submit(decisions.get(i));
                i++;
            }
        }
        sim.runUntil(end);
        this.checkpointTicks = ticks.stream().mapToInt(Integer::intValue).toArray();
        this.checkpoints = forks.toArray(new Simulation[0]);
        this.original = new Run(decisions, sim, RunOutcome.of(sim));
    }

    /**
     * Re-runs a record once, keeping a checkpoint before every decision tick.
     *
     * @throws IllegalArgumentException when the record was made with different scenario content
     */
    public static WhatIf of(ModelSpec spec, RunRecord record) {
        if (!record.matches(spec)) {
            record.replay(spec); // throws with the explanation
        }
        return new WhatIf(spec, record);
    }

    public ModelSpec spec() {
        return spec;
    }

    public RunRecord record() {
        return record;
    }

    /** The run as recorded (bit for bit the same as {@link RunRecord#replay}). */
    public Run original() {
        return original;
    }

    /** The decisions (commands) in the order the simulation applied them. */
    public List<Command> decisions() {
        return decisions;
    }

    /** The tick at which decision {@code i} applied. */
    public int tick(int decision) {
        return effectiveTick[decision];
    }

    /** Distinct decision ticks that have a checkpoint, ascending. */
    public int[] checkpointTicks() {
        return checkpointTicks.clone();
    }

    /**
     * A fresh, independent copy of the state just before decision {@code i}'s tick, with the
     * decisions of that tick that precede {@code i} already queued. Stepping it never changes the
     * checkpoint.
     */
    public Simulation checkpoint(int decision) {
        int t = effectiveTick[decision];
        Simulation sim = checkpointAt(t).fork();
        for (int j = 0; j < decision; j++) {
            if (effectiveTick[j] == t) {
                sim.submit(decisions.get(j));
            }
        }
        return sim;
    }

    /**
     * Keeps decisions before {@code decision}, replaces it and every later one with {@code from}, and
     * runs to {@code untilTick} (clipped to the horizon).
     *
     * @throws IllegalArgumentException when a replacement command is before the decision's tick
     */
    public Run branch(int decision, List<Command> from, int untilTick) {
        int t = effectiveTick[decision];
        for (Command c : from) {
            if (c.tick() < t) {
                throw new IllegalArgumentException("a what-if can only change the future: a command at "
                        + spec.timeOf(c.tick()) + " is before the decision point " + spec.timeOf(t));
            }
        }
        Simulation sim = checkpoint(decision);
        for (Command c : from) {
            sim.submit(c);
        }
        sim.runUntil(untilTick);
        return new Run(applied(sim), sim, RunOutcome.of(sim));
    }

    /** {@link #branch(int, List, int)} to the end of the recorded run, compared with the original. */
    public Comparison branch(int decision, List<Command> from) {
        return new Comparison(decision, effectiveTick[decision], original, branch(decision, from, end()));
    }

    /** The same decisions again from decision {@code i}'s checkpoint: equals the original run. */
    public Comparison same(int decision) {
        return branch(decision, decisions.subList(decision, decisions.size()));
    }

    /** Removes decision {@code i}, keeps everything else. */
    public Comparison without(int decision) {
        return branch(decision, decisions.subList(decision + 1, decisions.size()));
    }

    /**
     * Removes decision {@code i} the way the debrief judges it, to the end of the recorded run. An
     * action outside the Kubernetes API draws its hands-on time from the run's action stream when it
     * starts; removing it would shift every later action's draw and blur the comparison. So it is
     * replaced by an inert twin that draws the same way — the scenario's status update, at the same
     * tick — when there is one. API-bound actions (which draw nothing) and multi-step ones (which draw
     * once per step; no twin draws the same way) are simply removed; so is anything that is not an action.
     */
    public Comparison remove(int decision) {
        return new Comparison(decision, effectiveTick[decision], original, remove(decision, end()));
    }

    /** {@link #remove(int)} run only up to {@code untilTick}. */
    public Run remove(int decision, int untilTick) {
        Command cmd = decisions.get(decision);
        ActionSpec as = Command.ACTION.equals(cmd.type()) ? spec.action(cmd.action()) : null;
        ActionSpec twin = as == null || as.requiresApi() || !as.steps().isEmpty() ? null : inertTwin();
        List<Command> rest = decisions.subList(decision + 1, decisions.size());
        if (twin == null || twin.id().equals(as.id())) {
            return branch(decision, rest, untilTick);
        }
        List<Command> from = new ArrayList<>();
        from.add(Command.action(cmd.tick(), twin.id(), null, null, cmd.by()));
        from.addAll(rest);
        return branch(decision, from, untilTick);
    }

    private ActionSpec inertTwin() {
        for (ActionSpec a : spec.scenario().actions()) {
            if (a != null && ActionKind.STATUS_UPDATE.id().equals(a.kind()) && !a.requiresApi() && a.params().isEmpty()) {
                return a;
            }
        }
        return null;
    }

    /** {@link #without(int)} run only up to {@code untilTick} (cheaper, for local comparisons). */
    public Run without(int decision, int untilTick) {
        return branch(decision, decisions.subList(decision + 1, decisions.size()), untilTick);
    }

    /** Replaces decision {@code i} with {@code replacement} (at its tick or later), keeps the rest. */
    public Comparison replace(int decision, Command replacement) {
        List<Command> from = new ArrayList<>();
        from.add(replacement);
        from.addAll(decisions.subList(decision + 1, decisions.size()));
        return branch(decision, from);
    }

    /**
     * Adds a command at its tick, keeping every recorded decision. Starts from the latest checkpoint
     * at or before that tick (the scenario start when there is none).
     */
    public Comparison add(Command extra) {
        int t = Math.max(1, extra.tick());
        int k = checkpointTicks.length - 1;
        while (k >= 0 && checkpointTicks[k] > t) {
            k--;
        }
        Simulation sim = k < 0 ? start.fork() : checkpoints[k].fork();
        int fromTick = k < 0 ? 1 : checkpointTicks[k];
        int from = 0;
        while (from < decisions.size() && effectiveTick[from] < fromTick) {
            from++;
        }
        for (int j = from; j < decisions.size(); j++) {
            sim.submit(decisions.get(j));
        }
        // Queued after the recorded commands of the same tick, before later ones.
        sim.submit(extra);
        sim.runUntil(end());
        return new Comparison(from, fromTick, original, new Run(applied(sim), sim, RunOutcome.of(sim)));
    }

    private int end() {
        return Math.min(record.ticks(), spec.horizonTick());
    }

    private static List<Command> applied(Simulation sim) {
        List<Command> out = new ArrayList<>(sim.log());
        out.addAll(sim.pending());
        return List.copyOf(out);
    }

    private int checkpointIndex(int tick) {
        for (int k = 0; k < checkpointTicks.length; k++) {
            if (checkpointTicks[k] == tick) {
                return k;
            }
        }
        return -1;
    }

    private Simulation checkpointAt(int tick) {
        int k = checkpointIndex(tick);
        if (k < 0) {
            throw new IllegalArgumentException("no decision at " + spec.timeOf(tick) + " within the recorded run");
        }
        return checkpoints[k];
    }
}
