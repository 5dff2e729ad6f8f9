package firedrill.engine.tuning;

import com.fasterxml.jackson.databind.node.ObjectNode;
import firedrill.engine.command.Command;
import firedrill.engine.model.ModelSpec;
import firedrill.engine.scenario.Scenario;
import firedrill.engine.score.Claim;
import firedrill.engine.score.RunOutcome;
import firedrill.engine.score.StrategySuite;
import firedrill.engine.sim.Playbooks;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;

/**
 * One-at-a-time sensitivity: each parameter moved by ±range (numbers × (1 ± range), times ± range
 * hours) while the rest stay as written, over the same seeds as the baseline. For each variant it
 * reports how far each real milestone's median run moves and in how many seeds each strategy claim
 * holds: a tornado table. A parameter that moves no milestone by a minute or more (the resolution
 * of a published timeline) is not pinned down by the timeline; if it flips a claim, only the
 * physics argues for its value (docs/model.md, "What the timeline pins down").
 */
public final class Sensitivity {
    /** A milestone move smaller than this is invisible in a timeline published to the minute. */
    public static final double PINNED_MINUTES = 1.0;

    public record Options(double range, int seeds, int strategySeeds, long firstSeed) {
        public static final Options DEFAULT = new Options(0.2, 4, 2, 1);

        public Options {
            if (!(range > 0 && range < 1)) {
                throw new IllegalArgumentException("expected a range between 0 and 1 (0.2 = ±20%), got " + range);
            }
            if (seeds < 1 || seeds > 1000 || strategySeeds < 0 || strategySeeds > 1000) {
                throw new IllegalArgumentException("expected 1 to 1000 seeds (0 to 1000 for strategies)");
            }
        }
    }

    /** Called as runs finish, from worker threads. */
    @FunctionalInterface
    public interface Progress {
        void update(int done, int total);
    }

    /** A claim of the suite: which strategy states it. */
    public record ClaimRef(String strategy, Claim claim) {}

    /**
     * One side of a parameter: its value, each milestone's median tick (-1 never), each claim's seeds
     * that hold; {@code problem} when the validator rejects the moved value.
     */
    public record Variant(String value, int[] medianTicks, int[] claimHolds, String problem) {
        public boolean valid() {
            return problem == null;
        }
    }

    public record Row(Parameter parameter, String baseValue, Variant low, Variant high, double maxShiftMinutes,
                      int claimsChanged) {
        /** Some milestone moves by at least a minute on one side. */
        public boolean pinnedByTimeline() {
            return maxShiftMinutes >= PINNED_MINUTES;
        }
    }

    public record Result(Options options, Residuals.Report baseline, int[] baselineTicks, List<ClaimRef> claims,
                         int[] baselineClaimHolds, List<Row> rows, int runs) {
        /** Milestone shift in minutes of a variant against the baseline; NaN when either never reaches it. */
        public double shiftMinutes(Variant v, int milestone) {
            int a = baselineTicks[milestone];
            int b = v.medianTicks()[milestone];
            return a < 0 || b < 0 ? Double.NaN : (b - a) / 60.0;
        }
    }

    private Sensitivity() {}

    /** A parameter every location of which is under {@code mechanisms.observation}. */
    static boolean observationOnly(Parameter p) {
        return p.expression().startsWith("$.mechanisms.observation.");
    }

    public static Result run(Scenario scenario, List<Parameter> params, StrategySuite suite, Options o, Progress progress,
                             BooleanSupplier cancelled) {
        ObjectNode tree = ScenarioTree.of(scenario);
        String name = scenario.id() == null ? "scenario" : scenario.id();
        List<ClaimRef> claims = new ArrayList<>();
        for (StrategySuite.Strategy s : suite.strategies()) {
            for (Claim c : s.expect()) {
                claims.add(new ClaimRef(s.name(), c));
            }
        }
        // Variant 0 is the baseline; then low and high of each parameter.
        int n = 1 + 2 * params.size();
        ModelSpec[] specs = new ModelSpec[n];
        String[] values = new String[n];
        String[] problems = new String[n];
        specs[0] = new ModelSpec(scenario);
        // Building and validating each variant is independent work: in parallel, by index.
        IntStream.range(0, 2 * params.size()).parallel().forEach(j -> {
            Parameter p = params.get(j / 2);
            int side = j % 2;
            int v = 1 + j;
            double u = moved(p, o.range(), side == 0 ? -1 : 1);
            values[v] = p.describe(u);
            ScenarioTree.Built b = ScenarioTree.apply(tree, List.of(p), new double[] {u}, name);
            if (b.valid()) {
                specs[v] = new ModelSpec(b.scenario());
            } else {
                problems[v] = b.problems().get(0).path() + ": " + b.problems().get(0).message();
            }
        });
        // What the team observes never feeds back into the fleet (its gaps draw from their own stream),
        // so a variant that only moves an observation parameter runs its strategies exactly as the
        // baseline does: those runs are skipped and the baseline's claim results reused.
        boolean[] observationOnly = new boolean[n];
        for (int i = 0; i < params.size(); i++) {
            boolean obs = observationOnly(params.get(i));
            observationOnly[1 + 2 * i] = obs;
            observationOnly[2 + 2 * i] = obs;
        }
        int strategies = suite.strategies().size();
        int perVariant = o.seeds() + strategies * o.strategySeeds();
        int total = n * perVariant;
        RunOutcome[][] reference = new RunOutcome[n][o.seeds()];
        boolean[][][] holds = new boolean[n][claims.size()][o.strategySeeds()];
        AtomicInteger done = new AtomicInteger();
        List<List<List<Command>>> commands = new ArrayList<>();
        for (int v = 0; v < n; v++) {
            List<List<Command>> cs = new ArrayList<>();
            if (specs[v] != null) {
                ModelSpec spec = specs[v];
                cs.add(scenario.referencePlaybook() == null ? List.of()
                        : Playbooks.commands(spec.scenario().referencePlaybook(), spec, "reference"));
                for (StrategySuite.Strategy s : suite.strategies()) {
                    cs.add(Playbooks.commands(s.playbook(), spec, "strategy"));
                }
            }
            commands.add(cs);
        }
        IntStream.range(0, total).parallel().forEach(task -> {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("sensitivity cancelled");
            }
            // Variant-minor order: every stretch of tasks mixes all variants' runs, so the two halves a
            // parallel split makes hold similar work (results do not depend on the order).
            int v = task % n;
            int k = task / n;
            ModelSpec spec = specs[v];
            if (spec != null) {
                if (k < o.seeds()) {
                    reference[v][k] = RunOutcome.of(Playbooks.run(spec, o.firstSeed() + k, commands.get(v).get(0), spec.horizonTick()));
                } else if (!observationOnly[v]) {
                    int s = (k - o.seeds()) / o.strategySeeds();
                    int seed = (k - o.seeds()) % o.strategySeeds();
                    RunOutcome out = RunOutcome.of(Playbooks.run(spec, o.firstSeed() + seed, commands.get(v).get(1 + s),
                            spec.horizonTick()));
                    String strategy = suite.strategies().get(s).name();
                    for (int c = 0; c < claims.size(); c++) {
                        if (claims.get(c).strategy().equals(strategy)) {
                            holds[v][c][seed] = claims.get(c).claim().check(out, spec) == null;
                        }
                    }
                }
            }
            progress.update(done.incrementAndGet(), total);
        });
        for (int v = 1; v < n; v++) {
            if (observationOnly[v] && specs[v] != null) {
                for (int c = 0; c < claims.size(); c++) {
                    holds[v][c] = holds[0][c].clone();
                }
            }
        }
        Residuals.Report baseline = Residuals.of(specs[0], List.of(reference[0]), o.firstSeed());
        Variant[] variants = new Variant[n];
        for (int v = 0; v < n; v++) {
            if (specs[v] == null) {
                variants[v] = new Variant(values[v], new int[0], new int[0], problems[v]);
                continue;
            }
            Residuals.Report r = Residuals.of(specs[v], List.of(reference[v]), o.firstSeed());
            int[] ticks = r.rows().stream().mapToInt(Residuals.Row::medianTick).toArray();
            int[] h = new int[claims.size()];
            for (int c = 0; c < claims.size(); c++) {
                for (boolean b : holds[v][c]) {
                    h[c] += b ? 1 : 0;
                }
            }
            variants[v] = new Variant(values[v], ticks, h, null);
        }
        int[] baseTicks = variants[0].medianTicks();
        int[] baseHolds = variants[0].claimHolds();
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < params.size(); i++) {
            Variant lo = variants[1 + 2 * i];
            Variant hi = variants[2 + 2 * i];
            double max = Math.max(maxShift(baseTicks, lo), maxShift(baseTicks, hi));
            int changed = 0;
            for (int c = 0; c < claims.size(); c++) {
                boolean base = baseHolds[c] == o.strategySeeds();
                if ((lo.valid() && (lo.claimHolds()[c] == o.strategySeeds()) != base)
                        || (hi.valid() && (hi.claimHolds()[c] == o.strategySeeds()) != base)) {
                    changed++;
                }
            }
            rows.add(new Row(params.get(i), params.get(i).describe(params.get(i).base()), lo, hi, max, changed));
        }
        rows.sort(Comparator.comparingDouble(Row::maxShiftMinutes).reversed()
                .thenComparing(Comparator.comparingInt(Row::claimsChanged).reversed())
                .thenComparing(r -> r.parameter().expression()));
        int runs = 0;
        for (int v = 0; v < n; v++) {
            runs += specs[v] == null ? 0 : observationOnly[v] ? o.seeds() : perVariant;
        }
        return new Result(o, baseline, baseTicks, List.copyOf(claims), baseHolds, List.copyOf(rows), runs);
    }

    /** The moved {@code u}: numbers × (1 ± range), a factor 1 ± range, times ± range hours. */
    static double moved(Parameter p, double range, int sign) {
        switch (p.kind()) {
            case VALUE:
                return p.base() * (1 + sign * range);
            case SCALE:
                return 1 + sign * range;
            default:
                return sign * range * 3600;
        }
    }

    /** Largest milestone move in minutes; a milestone reached on one side only counts as infinite. */
    private static double maxShift(int[] base, Variant v) {
        if (!v.valid()) {
            return 0;
        }
        double max = 0;
        for (int m = 0; m < base.length; m++) {
            int a = base[m];
            int b = v.medianTicks()[m];
            if ((a < 0) != (b < 0)) {
                return Double.POSITIVE_INFINITY;
            }
            if (a >= 0) {
                max = Math.max(max, Math.abs(b - a) / 60.0);
            }
        }
        return max;
    }
}
