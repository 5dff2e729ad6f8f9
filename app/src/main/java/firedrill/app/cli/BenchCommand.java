package firedrill.app.cli;

import firedrill.engine.model.ModelSpec;
import firedrill.engine.scenario.InvalidInputException;
import firedrill.engine.scenario.ScenarioLoader;
import firedrill.engine.scenario.StrictJson;
import firedrill.engine.command.Command;
import firedrill.engine.sim.Playbooks;
import firedrill.engine.sim.Simulation;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;

import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bench}: measures the engine on this machine against the budgets in docs/architecture.md. Wall-clock timing lives here in
 * the app, never in the engine. Prints medians of repeated runs after a warm-up.
 */
@picocli.CommandLine.Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure engine throughput and full-scenario run time.")
public final class BenchCommand implements Callable<Integer> {
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--scenario", defaultValue = "openai-2024-12-11", paramLabel = "ID|PATH")
    String scenario;

    @Option(names = "--runs", defaultValue = "7", description = "Timed runs per measure (median reported).")
    int runs;

    @Option(names = "--monte-carlo", defaultValue = "100", description = "Runs in the parallel Monte Carlo batch.")
    int monteCarlo;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        ModelSpec model;
        try {
            model = new ModelSpec(ScenarioLoader.load(scenario));
        } catch (InvalidInputException e) {
            e.problems().forEach(p -> spec.commandLine().getErr().println(p));
            return Cli.BAD_INPUT;
        }
        List<Command> reference = Playbooks.commands(model.scenario().referencePlaybook(), model, "bench");
        int ticks = model.horizonTick();
        int clusters = model.layout().clusters();
        for (int i = 0; i < 3; i++) {
            Playbooks.run(model, 1000 + i, reference, ticks);
        }
        double[] fullMs = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            Playbooks.run(model, 1 + i, reference, ticks);
            fullMs[i] = (System.nanoTime() - t0) / 1e6;
        }
        double fullMedian = median(fullMs);
        double[] quietMs = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            Simulation sim = Simulation.start(model, 1 + i);
            sim.runToEnd();
            quietMs[i] = (System.nanoTime() - t0) / 1e6;
        }
        long t0 = System.nanoTime();
        IntStream.range(0, monteCarlo).parallel().forEach(i -> Playbooks.run(model, 5000 + i, reference, ticks));
        double mcMs = (System.nanoTime() - t0) / 1e6;

        Map<String, Object> m = new LinkedHashMap<>();
        m.put("scenario", model.scenario().id());
        m.put("clusters", clusters);
        m.put("ticks", ticks);
        m.put("clusterTicksPerSecond", Math.round(clusters * (double) ticks / (fullMedian / 1000)));
        m.put("fullScenarioMs", round1(fullMedian));
        m.put("fullScenarioNoActionsMs", round1(median(quietMs)));
        m.put("monteCarloRuns", monteCarlo);
        m.put("monteCarloMs", round1(mcMs));
        m.put("monteCarloRunsPerMinute", Math.round(monteCarlo / (mcMs / 60000)));
        m.put("cores", Runtime.getRuntime().availableProcessors());
        m.put("java", System.getProperty("java.version"));
        if (json) {
            out.print(StrictJson.write(m));
        } else {
            out.printf("%s: %d clusters × %d ticks%n", m.get("scenario"), clusters, ticks);
            out.printf("full scenario (reference playbook): %.1f ms median of %d → %,d cluster-ticks/s%n",
                    fullMedian, runs, (long) m.get("clusterTicksPerSecond"));
            out.printf("full scenario (nobody acts):        %.1f ms%n", median(quietMs));
            out.printf("Monte Carlo: %d runs in %.0f ms on %d cores → %,d runs/min%n", monteCarlo, mcMs,
                    m.get("cores"), (long) m.get("monteCarloRunsPerMinute"));
        }
        out.flush();
        return Cli.OK;
    }

    static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }

    private static double round1(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
