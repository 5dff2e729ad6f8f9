package firedrill.engine.tuning;

import com.fasterxml.jackson.databind.node.ObjectNode;
import firedrill.engine.model.ModelSpec;
import firedrill.engine.scenario.Assumption;
import firedrill.engine.scenario.Scenario;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.apache.commons.math3.exception.TooManyEvaluationsException;
import org.apache.commons.math3.exception.TooManyIterationsException;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.MaxIter;
import org.apache.commons.math3.optim.SimpleBounds;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.CMAESOptimizer;
import org.apache.commons.math3.random.MersenneTwister;

/**
 * Fits parameters to the real milestones: CMA-ES (commons-math3) minimises {@link Residuals}' loss
 * over a fixed set of seeds, each parameter mapped onto [0, 1] over its window (log scale for wide
 * positive windows). Derivative-free and rank-based, so the loss may be flat in places and jump
 * where a milestone crosses a tick. Deterministic: the optimiser draws from a seeded generator and
 * every candidate runs the same seeds, so the same inputs give the same fit
 * (docs/decisions/0040-calibrate-with-cma-es.md).
 */
public final class Fitter {
    /** Loss of a candidate the validator rejects: worse than any run. */
    static final double INFEASIBLE = 1e12;
    static final double SIGMA = 0.25;
    static final int MAX_ITERATIONS = 10_000;

    /** seeds: runs per candidate; maxEvaluations: candidates the optimiser may try; optimizerSeed: its own draws. */
    public record Options(int seeds, long firstSeed, int maxEvaluations, long optimizerSeed) {
        public static final Options DEFAULT = new Options(4, 1, 240, 1);

        public Options {
            if (seeds < 1 || seeds > 1000) {
                throw new IllegalArgumentException("expected 1 to 1000 seeds, got " + seeds);
            }
            if (maxEvaluations < 2 || maxEvaluations > 100_000) {
                throw new IllegalArgumentException("expected 2 to 100000 evaluations, got " + maxEvaluations);
            }
        }
    }

    /** Called after each candidate (on the fitting thread). */
    @FunctionalInterface
    public interface Progress {
        void update(int evaluations, int maxEvaluations, double bestLoss);
    }

    /**
     * Before and after, per parameter ({@code u}) and per milestone; {@code fitted} carries the new values
     * and assumptions; {@code budgetSpent} when the candidate budget, not the optimiser's own criteria, ended it.
     */
    public record Result(List<Parameter> params, double[] before, double[] after, Residuals.Report beforeReport,
                         Residuals.Report afterReport, int evaluations, int simulations, Scenario fitted, boolean budgetSpent) {}

    private Fitter() {}

    public static Result fit(Scenario scenario, List<Parameter> params, Options options, Progress progress,
                             BooleanSupplier cancelled) {
        if (params.isEmpty()) {
            throw new IllegalArgumentException("expected at least one parameter to fit");
        }
        ObjectNode base = ScenarioTree.of(scenario);
        String name = scenario.id() == null ? "scenario" : scenario.id();
        Search search = new Search(base, params, options, progress, cancelled, name);
        int d = params.size();
        double[] u0 = new double[d];
        double[] z0 = new double[d];
        double[] lo = new double[d];
        double[] hi = new double[d];
        double[] sigma = new double[d];
        for (int i = 0; i < d; i++) {
            u0[i] = params.get(i).base();
            z0[i] = params.get(i).toUnit(u0[i]);
            hi[i] = 1;
            sigma[i] = SIGMA;
        }
        Residuals.Report before = search.report(u0);
        if (before == null) {
            throw new IllegalArgumentException("the scenario as written is not valid, so it cannot be fitted");
        }
        int population = Math.max(6, 4 + (int) Math.floor(3 * Math.log(d)));
        CMAESOptimizer cmaes = new CMAESOptimizer(MAX_ITERATIONS, 0, true, 0, 0, new MersenneTwister(options.optimizerSeed()),
                false, null);
        boolean budgetSpent = false;
        try {
            cmaes.optimize(new MaxEval(options.maxEvaluations()), new MaxIter(MAX_ITERATIONS), GoalType.MINIMIZE,
                    new ObjectiveFunction(z -> search.loss(fromUnit(params, z))), new InitialGuess(z0),
                    new SimpleBounds(lo, hi), new CMAESOptimizer.Sigma(sigma), new CMAESOptimizer.PopulationSize(population));
        } catch (TooManyEvaluationsException | TooManyIterationsException e) {
            // The budget is the usual way a fit ends; the best candidate so far is the answer.
            budgetSpent = true;
        }
        double[] best = search.bestU.clone();
        for (int i = 0; i < d; i++) {
            best[i] = params.get(i).snap(best[i]);
        }
        Residuals.Report after = search.report(best);
        Scenario fitted = withAssumptions(ScenarioTree.apply(base, params, best, name).scenario(), params, u0, best, after);
        return new Result(List.copyOf(params), u0, best.clone(), before, after, search.evaluations, search.simulations, fitted,
                budgetSpent);
    }

    static double[] fromUnit(List<Parameter> params, double[] z) {
        double[] u = new double[z.length];
        for (int i = 0; i < z.length; i++) {
            u[i] = params.get(i).fromUnit(z[i]);
        }
        return u;
    }

    /** The fitted scenario's assumptions: one per parameter saying it was fitted, to what, and what it was. */
    static Scenario withAssumptions(Scenario s, List<Parameter> params, double[] before, double[] after, Residuals.Report report) {
        String milestones = report.rows().stream().map(Residuals.Row::id).collect(Collectors.joining(", "));
        List<Assumption> list = new ArrayList<>(s.assumptions());
        for (int i = 0; i < params.size(); i++) {
            Parameter p = params.get(i);
            String sentence = "Fitted to milestones " + milestones + " (reference playbook, " + report.runs()
                    + " seeds, firedrill calibrate): " + p.describe(before[i]) + " before, " + p.describe(after[i]) + " fitted.";
            boolean found = false;
            for (int k = 0; k < list.size(); k++) {
                Assumption a = list.get(k);
                if (a != null && p.expression().equals(a.path())) {
                    list.set(k, new Assumption(a.path(), amend(a.reason(), sentence)));
                    found = true;
                }
            }
            if (!found) {
                list.add(new Assumption(p.expression(), sentence));
            }
        }
        return new Scenario(s.format(), s.meta(), s.fleet(), s.mechanisms(), s.timeline(), s.alerts(), s.actions(), s.team(),
                s.realTimeline(), s.referencePlaybook(), s.discussion(), List.copyOf(list));
    }

    /** An earlier fit's sentence is replaced, not stacked. */
    private static String amend(String reason, String sentence) {
        if (reason == null || reason.isBlank()) {
            return sentence;
        }
        int at = reason.indexOf("Fitted to milestones");
        String kept = (at < 0 ? reason : reason.substring(0, at)).strip();
        return kept.isEmpty() ? sentence : kept + " " + sentence;
    }

    /** The objective with its cache, best-so-far and counters. */
    private static final class Search {
        private final ObjectNode base;
        private final List<Parameter> params;
        private final Options options;
        private final Progress progress;
        private final BooleanSupplier cancelled;
        private final String name;
        private final Map<String, Residuals.Report> cache = new HashMap<>();
        int evaluations;
        int simulations;
        double bestLoss = Double.POSITIVE_INFINITY;
        double[] bestU;

        Search(ObjectNode base, List<Parameter> params, Options options, Progress progress, BooleanSupplier cancelled, String name) {
            this.base = base;
            this.params = params;
            this.options = options;
            this.progress = progress;
            this.cancelled = cancelled;
            this.name = name;
        }

        double loss(double[] u) {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("fit cancelled");
            }
            Residuals.Report r = report(u);
            double loss = r == null ? INFEASIBLE : r.loss();
            evaluations++;
            if (loss < bestLoss) {
                bestLoss = loss;
                bestU = u.clone();
            }
            progress.update(evaluations, options.maxEvaluations(), bestLoss);
            return loss;
        }

        /** Residuals for {@code u}, or null when the validator rejects the candidate; cached by the values written. */
        Residuals.Report report(double[] u) {
            String key = key(u);
            if (cache.containsKey(key)) {
                return cache.get(key);
            }
            ScenarioTree.Built built = ScenarioTree.apply(base, params, u, name);
            Residuals.Report r = null;
            if (built.valid()) {
                r = Residuals.of(new ModelSpec(built.scenario()), options.seeds(), options.firstSeed());
                simulations += options.seeds();
            }
            cache.put(key, r);
            if (bestU == null && r != null) {
                bestU = u.clone();
                bestLoss = r.loss();
            }
            return r;
        }

        private String key(double[] u) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < u.length; i++) {
                for (Parameter.Location l : params.get(i).locations()) {
                    sb.append(params.get(i).valueAt(l, u[i])).append(',');
                }
            }
            return sb.toString();
        }
    }
}
