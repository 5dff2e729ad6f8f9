package firedrill.engine.score;

import firedrill.engine.model.ModelSpec;
import firedrill.engine.command.Command;
import firedrill.engine.sim.Playbooks;
import firedrill.engine.sim.Simulation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Runs a command log (usually the reference playbook) over many seeds and compares every run with
 * the real timeline: per milestone, the spread of the run's times and the share within tolerance.
 * Runs are independent, so they go in parallel; results are ordered by seed, so output is stable.
 */
public final class Calibration {
    /** Per-milestone spread over the runs, in ticks. */
    public record MilestoneStats(String id, String measure, int realTick, int toleranceSeconds, int reached,
                                 int within, int p10, int p50, int p90) {}

    public record Result(int runs, int runsAllWithin, List<MilestoneStats> milestones, List<RunOutcome> outcomes) {
        public double shareAllWithin() {
            return runs == 0 ? 0 : (double) runsAllWithin / runs;
        }
    }

    private Calibration() {}

    public static Result run(ModelSpec spec, List<Command> commands, long firstSeed, int runs) {
        RunOutcome[] outcomes = new RunOutcome[runs];
        IntStream.range(0, runs).parallel().forEach(i -> {
            Simulation sim = Playbooks.run(spec, firstSeed + i, commands, spec.horizonTick());
            outcomes[i] = RunOutcome.of(sim);
        });
        List<RunOutcome> list = List.of(outcomes);
        Map<String, List<Integer>> ticks = new LinkedHashMap<>();
        int allWithin = 0;
        List<MilestoneResult> template = Milestones.compare(outcomes[0], spec);
        int[] withinCount = new int[template.size()];
        for (RunOutcome o : outcomes) {
            List<MilestoneResult> ms = Milestones.compare(o, spec);
            boolean all = true;
            for (int k = 0; k < ms.size(); k++) {
                MilestoneResult m = ms.get(k);
                ticks.computeIfAbsent(m.id(), x -> new ArrayList<>()).add(m.runTick());
                if (m.withinTolerance()) {
                    withinCount[k]++;
                } else {
                    all = false;
                }
            }
            if (all) {
                allWithin++;
            }
        }
        List<MilestoneStats> stats = new ArrayList<>();
        for (int k = 0; k < template.size(); k++) {
            MilestoneResult m = template.get(k);
            int[] reached = ticks.get(m.id()).stream().mapToInt(Integer::intValue).filter(t -> t >= 0).sorted().toArray();
            stats.add(new MilestoneStats(m.id(), m.measure(), m.realTick(), m.toleranceSeconds(), reached.length,
                    withinCount[k], pct(reached, 10), pct(reached, 50), pct(reached, 90)));
        }
        return new Result(runs, allWithin, List.copyOf(stats), list);
    }

    /** Nearest-rank percentile of sorted values, -1 when empty. */
    static int pct(int[] sorted, int p) {
        if (sorted.length == 0) {
            return -1;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    static String describe(int[] a) {
        return Arrays.toString(a);
    }
}
