package firedrill.app.cli;

import firedrill.engine.model.ModelSpec;
import firedrill.engine.scenario.InvalidInputException;
import firedrill.engine.scenario.Playbook;
import firedrill.engine.scenario.Scenario;
import firedrill.engine.scenario.ScenarioLoader;
import firedrill.engine.scenario.ScenarioTime;
import firedrill.engine.scenario.StrictJson;
import firedrill.engine.score.MilestoneResult;
import firedrill.engine.score.OutcomeJson;
import firedrill.engine.score.RunOutcome;
import firedrill.engine.score.Score;
import firedrill.engine.score.ServiceOutcome;
import firedrill.engine.sim.Playbooks;
import firedrill.engine.sim.Simulation;
import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code simulate}: runs a scenario headless to its horizon and prints the outcome. */
@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = "Run a scenario headless and print the outcome (with no playbook, nobody acts).")
public final class SimulateCommand implements Callable<Integer> {
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--scenario", required = true, paramLabel = "ID|PATH", description = "Shipped scenario id or a scenario file.")
    String scenario;

    @Option(names = "--playbook", paramLabel = "PATH|reference", description = "A playbook file, or 'reference' for the scenario's own.")
    String playbook;

    @Option(names = "--seed", defaultValue = "1", description = "Run seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--until", paramLabel = "HH:MM[+D]", description = "Stop at this local time instead of the horizon.")
    String until;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Option(names = "--save", paramLabel = "PATH", description = "Also save the run as a session record (firedrill/session@1).")
    java.nio.file.Path save;

    @Option(names = "--series", paramLabel = "FILE.csv",
            description = "Also write per-minute fleet and per-cluster series (columns in docs/model.md).")
    java.nio.file.Path series;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Scenario sc;
        Playbook pb;
        try {
            sc = ScenarioLoader.load(scenario);
            pb = Playbooks.resolve(playbook, sc);
        } catch (InvalidInputException e) {
            e.problems().forEach(p -> err.println(p));
            return Cli.BAD_INPUT;
        }
        ModelSpec model = new ModelSpec(sc);
        int end = model.horizonTick();
        if (until != null) {
            if (!ScenarioTime.isTime(until)) {
                err.println("firedrill: --until: expected HH:MM or HH:MM+D, got \"" + until + "\"");
                return Cli.BAD_INPUT;
            }
            end = Math.min(end, model.tickOf(until));
            if (end <= 0) {
                err.println("firedrill: --until: expected a time after the scenario start " + sc.meta().start());
                return Cli.BAD_INPUT;
            }
        }
        Simulation sim;
        if (series == null) {
            sim = Playbooks.run(model, seed, Playbooks.commands(pb, model, "playbook"), end);
        } else {
            sim = Simulation.start(model, seed);
            for (firedrill.engine.command.Command c : Playbooks.commands(pb, model, "playbook")) {
                sim.submit(c);
            }
            Simulation running = sim;
            int last = end;
            try {
                // Streamed while the run advances: a day of 300 clusters is tens of megabytes.
                firedrill.app.session.AtomicWrite.write(series, o -> {
                    java.io.Writer w = new java.io.BufferedWriter(new java.io.OutputStreamWriter(o, java.nio.charset.StandardCharsets.UTF_8));
                    firedrill.engine.sim.Series.of(model).run(running, last, w);
                    w.flush();
                });
            } catch (java.io.IOException | java.io.UncheckedIOException e) {
                err.println("firedrill: cannot write " + series + ": " + e.getMessage());
                return Cli.RUN_FAILED;
            }
        }
        RunOutcome outcome = RunOutcome.of(sim);
        Score score = Score.of(outcome, model);
        if (save != null) {
            try {
                firedrill.app.session.AtomicWrite.write(save,
                        firedrill.app.session.Sessions.of(sim, null, "simulate", 0, java.util.List.of(), true).toBytes());
            } catch (java.io.IOException e) {
                err.println("firedrill: cannot write " + save + ": " + e.getMessage());
                return Cli.RUN_FAILED;
            }
        }
        if (json) {
            out.print(StrictJson.write(OutcomeJson.of(outcome, model, score)));
        } else {
            printText(out, sc, model, outcome, score);
        }
        out.flush();
        return Cli.OK;
    }

    private void printText(PrintWriter out, Scenario sc, ModelSpec model, RunOutcome o, Score score) {
        out.printf("%s — %s (seed %d, %s)%n", sc.id(), sc.meta().title(), o.seed(),
                playbook == null ? "nobody acts" : "playbook " + playbook);
        out.printf("first alert %s · clusters failed %d · first recovered %s · all recovered %s%n",
                t(model, o.firstAlert()), o.clustersFailed(), t(model, o.firstClusterRecovered()),
                t(model, o.allClustersRecovered()));
        out.printf("%-10s %8s %8s %8s %10s %10s %10s%n", "service", "impact", "peak", "lowest", "recovery", "full", "impact-min");
        for (Map.Entry<String, ServiceOutcome> e : o.services().entrySet()) {
            ServiceOutcome s = e.getValue();
            out.printf("%-10s %8s %8s %8.3f %10s %10s %10.1f%n", e.getKey(), t(model, s.impactStart()), t(model, s.peak()),
                    s.lowest(), t(model, s.recoveryStart()), t(model, s.fullRecovery()), s.impactMinutes());
        }
        out.println("versus the real timeline:");
        for (MilestoneResult m : score.milestones()) {
            // Times to the second and the exact difference: 15:13 against 15:13:40 is "+40 s", not "+1 min".
            out.printf("  %-24s real %-8s run %-8s %s%n", m.measure(), exact(model, m.realTick()), exact(model, m.runTick()),
                    m.runTick() < 0 ? "never" : delta(m.runTick() - m.realTick()) + (m.withinTolerance() ? ""
                            : "  (" + m.standing().label() + ")"));
        }
        out.printf("impact minutes (all services): %.1f%n", score.impactMinutes());
    }

    /** HH:MM, or HH:MM:SS when the seconds are not zero; "—" for never. */
    static String exact(ModelSpec model, int tick) {
        if (tick < 0) {
            return "—";
        }
        String c = model.clockOf(tick);
        return c.length() < 8 || c.startsWith(":00", 5) ? model.timeOf(tick) : c;
    }

    /** A difference in seconds, exactly: "±0 s", "+40 s", "−3 min", "+3 min 20 s". */
    static String delta(int seconds) {
        if (seconds == 0) {
            return "±0 s";
        }
        String sign = seconds > 0 ? "+" : "−";
        int a = Math.abs(seconds);
        int m = a / 60;
        int s = a % 60;
        return sign + (m == 0 ? s + " s" : s == 0 ? m + " min" : m + " min " + s + " s");
    }

    private static String t(ModelSpec model, int tick) {
        return tick < 0 ? "—" : model.timeOf(tick);
    }
}
