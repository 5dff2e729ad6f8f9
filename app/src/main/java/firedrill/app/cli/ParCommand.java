package firedrill.app.cli;

import firedrill.engine.model.ModelSpec;
import firedrill.engine.scenario.InvalidInputException;
import firedrill.engine.scenario.Milestone;
import firedrill.engine.scenario.Playbook;
import firedrill.engine.scenario.ScenarioLoader;
import firedrill.engine.scenario.ScenarioTime;
import firedrill.engine.scenario.StrictJson;
import firedrill.engine.score.Milestones;
import firedrill.engine.score.Par;
import firedrill.engine.score.ParTempo;
import firedrill.engine.score.RunOutcome;
import firedrill.engine.sim.Playbooks;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code par}: runs the reference playbook (or another) over many seeds on every core and prints the
 * distribution of impact minutes and per-service recovery times (docs/scoring.md). By default each run
 * takes the decisions at its own times around the published ones ({@code --tempo default}); {@code
 * --tempo none} keeps the published times, so only chance varies. The wall-clock time it took is
 * measured here, in the app; the engine never reads the clock.
 */
@Command(name = "par", mixinStandardHelpOptions = true,
        description = "Monte Carlo par: the reference playbook over many seeds, decision times varied as a real"
                + " team's would be; spread of impact and recovery.")
public final class ParCommand implements Callable<Integer> {
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--scenario", required = true, paramLabel = "ID|PATH", description = "Shipped scenario id or a scenario file.")
    String scenario;

    @Option(names = "--runs", defaultValue = "100", description = "Number of runs (default ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--first-seed", defaultValue = "1", description = "Seed of the first run; runs use consecutive seeds (default ${DEFAULT-VALUE}).")
    long firstSeed;

    @Option(names = "--playbook", defaultValue = "reference", paramLabel = "PATH|reference",
            description = "Playbook to run (default: the scenario's reference playbook).")
    String playbook;

    @Option(names = "--tempo", defaultValue = "default", paramLabel = "none|default",
            description = "Decision times: 'default' varies them around the published ones as a real team's would"
                    + " (docs/scoring.md); 'none' keeps them exact (default ${DEFAULT-VALUE}).")
    String tempo;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (runs < 1 || runs > 100_000) {
            err.println("firedrill: --runs: expected 1 to 100000, got " + runs);
            return Cli.BAD_INPUT;
        }
        ParTempo parTempo;
        try {
            parTempo = ParTempo.of(tempo);
        } catch (IllegalArgumentException e) {
            err.println("firedrill: --tempo: " + e.getMessage());
            return Cli.BAD_INPUT;
        }
        ModelSpec model;
        Playbook pb;
        try {
            model = new ModelSpec(ScenarioLoader.load(scenario));
            pb = Playbooks.resolve(playbook, model.scenario());
        } catch (InvalidInputException e) {
            e.problems().forEach(err::println);
            return Cli.BAD_INPUT;
        }
        boolean console = !json && System.console() != null;
        long t0 = System.nanoTime();
        Par.Result par = Par.run(model, Playbooks.commands(pb, model, "par"), parTempo, firstSeed, runs, (done, total) -> {
            if (console && (done % 10 == 0 || done == total)) {
                synchronized (err) {
                    err.print("\rpar: " + done + "/" + total + " runs");
                    err.flush();
                }
            }
        }, () -> false);
        long elapsedMs = Math.round((System.nanoTime() - t0) / 1e6);
        if (console) {
            err.println();
        }
        Map<String, Object> m = toMap(model, par, elapsedMs);
        if (json) {
            out.print(StrictJson.write(m));
        } else {
            printText(out, model, par, elapsedMs);
        }
        out.flush();
        return Cli.OK;
    }

    Map<String, Object> toMap(ModelSpec model, Par.Result par, long elapsedMs) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("scenario", model.scenario().id());
        m.put("playbook", playbook);
        m.put("tempo", par.tempo().id());
        m.put("runs", par.runs());
        m.put("firstSeed", par.firstSeed());
        m.put("cores", Runtime.getRuntime().availableProcessors());
        m.put("elapsedMs", elapsedMs);
        m.put("impactMinutes", spread(par.impact()));
        Map<String, Object> services = new LinkedHashMap<>();
        for (Par.ServicePar s : par.services().values()) {
            Map<String, Object> sm = new LinkedHashMap<>();
            sm.put("impactMinutes", spread(s.impactMinutes()));
            Map<String, Object> full = new LinkedHashMap<>();
            full.put("p10", time(model, s.fullRecoveryPercentile(10)));
            full.put("p50", time(model, s.fullRecoveryPercentile(50)));
            full.put("p90", time(model, s.fullRecoveryPercentile(90)));
            sm.put("fullRecovery", full);
            sm.put("recovered", s.recovered());
            services.put(s.id(), sm);
        }
        m.put("services", services);
        m.put("milestones", milestones(model, par));
        return m;
    }

    /** Each real milestone: its time, the runs' p10/p50/p90, and how many runs landed within tolerance. */
    private static List<Object> milestones(ModelSpec model, Par.Result par) {
        List<Object> out = new ArrayList<>();
        for (Milestone ms : model.scenario().realTimeline()) {
            if (ms == null || ms.measure() == null) {
                continue;
            }
            int tol = ms.tolerance() == null ? 0 : ScenarioTime.seconds(ms.tolerance());
            int real = model.tickOf(ms.at());
            int[] ticks = new int[par.runs()];
            int within = 0;
            for (int i = 0; i < ticks.length; i++) {
                RunOutcome o = par.outcomes().get(i);
                int t = Milestones.measure(o, ms.measure());
                ticks[i] = t < 0 ? Integer.MAX_VALUE : t;
                if (t >= 0 && Math.abs(t - real) <= tol) {
                    within++;
                }
            }
            Arrays.sort(ticks);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", ms.id());
            row.put("measure", ms.measure());
            row.put("real", ms.at());
            row.put("p10", time(model, pct(ticks, 10)));
            row.put("p50", time(model, pct(ticks, 50)));
            row.put("p90", time(model, pct(ticks, 90)));
            row.put("withinTolerance", within);
            out.add(row);
        }
        return out;
    }

    private static int pct(int[] sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        int v = sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
        return v == Integer.MAX_VALUE ? -1 : v;
    }

    private static Map<String, Object> spread(Par.Spread s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("p10", s.p10());
        m.put("p25", s.p25());
        m.put("p50", s.p50());
        m.put("p75", s.p75());
        m.put("p90", s.p90());
        m.put("min", s.min());
        m.put("max", s.max());
        return m;
    }

    private static String time(ModelSpec model, int tick) {
        return tick < 0 ? null : model.timeOf(tick);
    }

    private void printText(PrintWriter out, ModelSpec model, Par.Result par, long elapsedMs) {
        Par.Spread s = par.impact();
        out.printf(Locale.ROOT, "%s — par of the %s playbook over %d seeds (%d–%d), tempo %s, %d ms on %d cores%n",
                model.scenario().id(), playbook, par.runs(), par.firstSeed(), par.firstSeed() + par.runs() - 1,
                par.tempo().id(), elapsedMs, Runtime.getRuntime().availableProcessors());
        out.printf(Locale.ROOT, "impact minutes (all services): p10 %.1f  p25 %.1f  p50 %.1f  p75 %.1f  p90 %.1f%n",
                s.p10(), s.p25(), s.p50(), s.p75(), s.p90());
        out.printf("%-10s %10s %10s %10s %10s %10s%n", "service", "impact p50", "full p10", "full p50", "full p90", "recovered");
        for (Par.ServicePar sp : par.services().values()) {
            out.printf(Locale.ROOT, "%-10s %10.1f %10s %10s %10s %6d/%d%n", sp.id(), sp.impactMinutes().p50(),
                    orNever(model, sp.fullRecoveryPercentile(10)), orNever(model, sp.fullRecoveryPercentile(50)),
                    orNever(model, sp.fullRecoveryPercentile(90)), sp.recovered(), par.runs());
        }
    }

    private static String orNever(ModelSpec model, int tick) {
        return tick < 0 ? "never" : model.timeOf(tick);
    }
}
