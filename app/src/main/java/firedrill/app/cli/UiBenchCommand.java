package firedrill.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import firedrill.app.practice.Speed;
import firedrill.engine.scenario.InvalidInputException;
import firedrill.engine.scenario.Scenario;
import firedrill.engine.scenario.ScenarioLoader;
import firedrill.engine.scenario.StrictJson;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ui-bench}: opens the incident console on a generated fleet of N clusters at 300× and prints
 * frame-time percentiles and dropped frames (the budget: 60 fps with 1,000 clusters, docs/architecture.md). Unlike the
 * other subcommands it starts JavaFX, so it needs a display (use xvfb-run on a server).
 */
@Command(name = "ui-bench", mixinStandardHelpOptions = true,
        description = "Open the incident console on a generated fleet at 300x and measure frame times (needs a display).")
public final class UiBenchCommand implements Callable<Integer> {
    static final String BASE_SCENARIO = "openai-2024-12-11";

    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--clusters", defaultValue = "1000", description = "Clusters in the fleet (default ${DEFAULT-VALUE}).")
    int clusters;

    @Option(names = "--seconds", defaultValue = "10", description = "Seconds to measure (default ${DEFAULT-VALUE}).")
    double seconds;

    @Option(names = "--warmup", defaultValue = "2", description = "Seconds to run before measuring (default ${DEFAULT-VALUE}).")
    double warmup;

    @Option(names = "--width", defaultValue = "1600", description = "Window width (default ${DEFAULT-VALUE}).")
    int width;

    @Option(names = "--height", defaultValue = "900", description = "Window height (default ${DEFAULT-VALUE}).")
    int height;

    @Option(names = "--json", description = "Print one JSON object: frames, p50Ms, p99Ms, dropped.")
    boolean json;

    @Option(names = "--prism", defaultValue = "sw", paramLabel = "ORDER",
            description = "JavaFX rendering pipeline (default ${DEFAULT-VALUE}, the software renderer: the same on every"
                    + " machine and under Xvfb); 'default' leaves JavaFX's own choice. -Dprism.order wins.")
    String prism;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (clusters < 1 || clusters > 20_000 || seconds <= 0 || seconds > 600) {
            err.println("firedrill: ui-bench: expected 1 ≤ --clusters ≤ 20000 and 0 < --seconds ≤ 600");
            return Cli.BAD_INPUT;
        }
        Scenario scenario;
        try {
            scenario = withClusters(ScenarioLoader.loadShipped(BASE_SCENARIO), clusters);
        } catch (InvalidInputException e) {
            e.problems().forEach(err::println);
            return Cli.BAD_INPUT;
        }
        if (!"default".equals(prism) && System.getProperty("prism.order") == null) {
            System.setProperty("prism.order", prism);
        }
        UiBench.Result r;
        try {
            r = UiBench.run(scenario, seconds, warmup, width, height, Speed.X300);
        } catch (UnsupportedOperationException e) {
            err.println("firedrill: ui-bench needs a display (" + e.getMessage() + "); on a server use xvfb-run");
            return Cli.RUN_FAILED;
        }
        if (json) {
            out.printf(Locale.ROOT, "{\"frames\": %d, \"p50Ms\": %.2f, \"p99Ms\": %.2f, \"dropped\": %d}%n",
                    r.frames(), r.p50Ms(), r.p99Ms(), r.dropped());
        } else {
            out.printf(Locale.ROOT, "ui-bench: %d clusters at 300x, %s -> %s (%d ticks), %d frames, prism.order=%s%n",
                    r.clusters(), r.from(), r.to(), r.ticks(), r.frames(), System.getProperty("prism.order", "default"));
            out.printf(Locale.ROOT, "frame time p50 %.2f ms, p99 %.2f ms, dropped %d (over %.1f ms)%n", r.p50Ms(),
                    r.p99Ms(), r.dropped(), 2 * 1000.0 / 60);
            out.printf(Locale.ROOT, "our frame code p50 %.2f ms, p99 %.2f ms, max %.2f ms%n", r.workP50Ms(),
                    r.workP99Ms(), r.workMaxMs());
        }
        out.flush();
        return Cli.OK;
    }

    /**
     * The shipped scenario with its fleet scaled to {@code total} clusters: the explicitly described
     * large clusters stay, the generator makes the rest. Edited as JSON, then loaded and validated
     * like any scenario file.
     */
    static Scenario withClusters(Scenario base, int total) throws InvalidInputException {
        try {
            ObjectMapper mapper = new ObjectMapper();
            ObjectNode root = (ObjectNode) mapper.readTree(StrictJson.write(base));
            ObjectNode fleet = (ObjectNode) root.get("fleet");
            int explicit = fleet.has("clusters") ? fleet.get("clusters").size() : 0;
            ObjectNode generator = (ObjectNode) fleet.get("generator");
            generator.put("clusters", Math.max(1, total - explicit));
            byte[] json = mapper.writeValueAsString(root).getBytes(StandardCharsets.UTF_8);
            return ScenarioLoader.parse("ui-bench-" + total + ".json", json);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot rewrite the scenario", e);
        }
    }
}
