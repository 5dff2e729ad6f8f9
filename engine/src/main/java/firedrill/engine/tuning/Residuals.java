package firedrill.engine.tuning;

import firedrill.engine.command.Command;
import firedrill.engine.model.ModelSpec;
import firedrill.engine.score.Calibration;
import firedrill.engine.score.MilestoneResult;
import firedrill.engine.score.Milestones;
import firedrill.engine.score.RunOutcome;
import firedrill.engine.sim.Playbooks;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * How far the reference playbook's runs land from each real milestone, over the same seeds for every
 * candidate (common random numbers, ADR 0022), so two candidates differ only by their parameters.
 * The loss a fit minimises is the sum over milestones of the mean squared residual in units of the
 * milestone's tolerance; a milestone never reached counts as reached an hour after the horizon.
 */
public final class Residuals {
    /** Residual scale for a milestone without tolerance: one minute. */
    static final int MIN_SCALE_SECONDS = 60;
    static final int NEVER_PAST_HORIZON_SECONDS = 3600;

    /** One milestone over the runs: median tick (-1 when the median run never reaches it) and how many runs landed within tolerance. */
    public record Row(String id, String label, String measure, int realTick, int toleranceSeconds, int runs, int within,
                      int medianTick, double meanSquare) {
        /** Median run minus real, in minutes; NaN when the median run never reaches it. */
        public double medianDeltaMinutes() {
            return medianTick < 0 ? Double.NaN : (medianTick - realTick) / 60.0;
        }

        /** The median run lands within tolerance. */
        public boolean inTolerance() {
            return medianTick >= 0 && Math.abs(medianTick - realTick) <= toleranceSeconds;
        }

        public boolean inToleranceEverySeed() {
            return within == runs;
        }
    }

    public record Report(List<Row> rows, double loss, int runs, long firstSeed) {
        public long inTolerance() {
            return rows.stream().filter(Row::inTolerance).count();
        }

        public long inToleranceEverySeed() {
            return rows.stream().filter(Row::inToleranceEverySeed).count();
        }

        public Row row(String id) {
            return rows.stream().filter(r -> r.id().equals(id)).findFirst().orElse(null);
        }
    }

    private Residuals() {}

    /** Runs the reference playbook over {@code seeds} seeds from {@code firstSeed} (in parallel) and compares. */
    public static Report of(ModelSpec spec, int seeds, long firstSeed) {
        List<Command> commands = spec.scenario().referencePlaybook() == null ? List.of()
                : Playbooks.commands(spec.scenario().referencePlaybook(), spec, "reference");
        Calibration.Result r = Calibration.run(spec, commands, firstSeed, seeds);
        return of(spec, r.outcomes(), firstSeed);
    }

    public static Report of(ModelSpec spec, List<RunOutcome> outcomes, long firstSeed) {
        List<List<MilestoneResult>> perRun = new ArrayList<>();
        for (RunOutcome o : outcomes) {
            perRun.add(Milestones.compare(o, spec));
        }
        List<Row> rows = new ArrayList<>();
        double loss = 0;
        int milestones = perRun.isEmpty() ? 0 : perRun.get(0).size();
        int never = spec.horizonTick() + NEVER_PAST_HORIZON_SECONDS;
        for (int k = 0; k < milestones; k++) {
            MilestoneResult first = perRun.get(0).get(k);
            int[] ticks = new int[perRun.size()];
            int within = 0;
            double sq = 0;
            double scale = Math.max(MIN_SCALE_SECONDS, first.toleranceSeconds());
            for (int i = 0; i < perRun.size(); i++) {
                MilestoneResult m = perRun.get(i).get(k);
                int t = m.runTick() < 0 ? never : m.runTick();
                ticks[i] = m.runTick() < 0 ? Integer.MAX_VALUE : m.runTick();
                if (m.withinTolerance()) {
                    within++;
                }
                double e = (t - m.realTick()) / scale;
                sq += e * e;
            }
            Arrays.sort(ticks);
            int median = ticks[(ticks.length - 1) / 2];
            double meanSquare = sq / perRun.size();
            loss += meanSquare;
            rows.add(new Row(first.id(), first.label(), first.measure(), first.realTick(), first.toleranceSeconds(),
                    perRun.size(), within, median == Integer.MAX_VALUE ? -1 : median, meanSquare));
        }
        return new Report(List.copyOf(rows), loss, perRun.size(), firstSeed);
    }
}
