package firedrill.app.cli;

import firedrill.app.session.AtomicWrite;
import firedrill.engine.scenario.InvalidInputException;
import firedrill.engine.scenario.Scenario;
import firedrill.engine.scenario.ScenarioLoader;
import firedrill.engine.scenario.StrictJson;
import firedrill.engine.tuning.Fitter;
import firedrill.engine.tuning.Parameter;
import firedrill.engine.tuning.Residuals;
import firedrill.engine.tuning.ScenarioTree;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code calibrate}: fits the chosen parameters to the real milestones (docs/authoring.md) and prints
 * each milestone's residual before and after; {@code --out} writes the fitted scenario with an
 * assumption per fitted parameter. The elapsed time is measured here; the engine never reads the clock.
 */
@Command(name = "calibrate", mixinStandardHelpOptions = true,
        description = "Fit parameters (mechanism values, reference step times) to the real milestones over several seeds.")
public final class CalibrateCommand implements Callable<Integer> {
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--scenario", required = true, paramLabel = "FILE|ID", description = "A scenario file (or a shipped id).")
    String scenario;

    @Option(names = "--fit", required = true, arity = "1..*", paramLabel = "PATH[=LO..HI]",
            description = "A parameter path, e.g. mechanisms.dns.graceSeconds or referencePlaybook.actions[?action=unblock-admin-api].at"
                    + " (one free parameter per path; several values move together); optional search window.")
    List<String> fit;

    @Option(names = "--seeds", defaultValue = "4", description = "Runs per candidate (default ${DEFAULT-VALUE}).")
    int seeds;

    @Option(names = "--evaluations", defaultValue = "240", description = "Candidates the optimiser may try (default ${DEFAULT-VALUE}).")
    int evaluations;

    @Option(names = "--optimizer-seed", defaultValue = "1", description = "Seed of the optimiser's own draws (default ${DEFAULT-VALUE}).")
    long optimizerSeed;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the fitted scenario here (atomically).")
    Path out;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    private long cpuMs = -1;
    private String timing = "";

    @Override
    public Integer call() throws IOException {
        PrintWriter o = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Scenario sc;
        try {
            sc = ScenarioLoader.load(scenario);
        } catch (InvalidInputException e) {
            e.problems().forEach(err::println);
            return Cli.BAD_INPUT;
        }
        List<Parameter> params = new ArrayList<>();
        var tree = ScenarioTree.of(sc);
        for (String f : fit) {
            try {
                params.add(Parameter.parse(f, tree));
            } catch (IllegalArgumentException e) {
                err.println("firedrill: --fit: " + e.getMessage());
                return Cli.BAD_INPUT;
            }
        }
        Fitter.Options options;
        try {
            options = new Fitter.Options(seeds, 1, evaluations, optimizerSeed);
        } catch (IllegalArgumentException e) {
            err.println("firedrill: " + e.getMessage());
            return Cli.BAD_INPUT;
        }
        boolean console = !json && System.console() != null;
        Stopwatch watch = new Stopwatch();
        Fitter.Result r = Fitter.fit(sc, params, options, (done, total, best) -> {
            if (console) {
                err.printf(Locale.ROOT, "\rcalibrate: %d/%d candidates, best loss %.3f", done, total, best);
                err.flush();
            }
        }, () -> false);
        long elapsedMs = watch.elapsedMs();
        cpuMs = watch.cpuMs();
        timing = watch.describe();
        if (console) {
            err.println();
        }
        if (out != null) {
            AtomicWrite.write(out, StrictJson.write(r.fitted()).getBytes(StandardCharsets.UTF_8));
        }
        if (json) {
            o.print(StrictJson.write(toMap(sc, r, elapsedMs)));
        } else {
            printText(o, sc, r, elapsedMs);
        }
        o.flush();
        return Cli.OK;
    }

    private Map<String, Object> toMap(Scenario sc, Fitter.Result r, long elapsedMs) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("scenario", sc.id());
        m.put("seeds", r.beforeReport().runs());
        m.put("evaluations", r.evaluations());
        m.put("budgetSpent", r.budgetSpent());
        m.put("runs", r.simulations());
        m.put("cores", Runtime.getRuntime().availableProcessors());
        m.put("elapsedMs", elapsedMs);
        m.put("cpuMs", cpuMs);
        List<Object> ps = new ArrayList<>();
        for (int i = 0; i < r.params().size(); i++) {
            Parameter p = r.params().get(i);
            Map<String, Object> pm = new LinkedHashMap<>();
            pm.put("path", p.expression());
            pm.put("unit", p.unit());
            pm.put("values", p.locations().size());
            pm.put("before", p.describe(r.before()[i]));
            pm.put("fitted", p.describe(r.after()[i]));
            pm.put("window", List.of(p.describe(p.lo()), p.describe(p.hi())));
            ps.add(pm);
        }
        m.put("parameters", ps);
        List<Object> ms = new ArrayList<>();
        for (Residuals.Row b : r.beforeReport().rows()) {
            Residuals.Row a = r.afterReport().row(b.id());
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", b.id());
            row.put("measure", b.measure());
            row.put("toleranceMinutes", b.toleranceSeconds() / 60.0);
            row.put("before", residual(b));
            row.put("after", residual(a));
            ms.add(row);
        }
        m.put("milestones", ms);
        m.put("lossBefore", r.beforeReport().loss());
        m.put("lossAfter", r.afterReport().loss());
        m.put("inToleranceBefore", r.beforeReport().inTolerance());
        m.put("inToleranceAfter", r.afterReport().inTolerance());
        m.put("inToleranceEverySeedBefore", r.beforeReport().inToleranceEverySeed());
        m.put("inToleranceEverySeedAfter", r.afterReport().inToleranceEverySeed());
        m.put("out", out == null ? null : out.toString());
        return m;
    }

    private static Map<String, Object> residual(Residuals.Row r) {
        Map<String, Object> m = new LinkedHashMap<>();
        double d = r.medianDeltaMinutes();
        m.put("medianMinutes", Double.isNaN(d) ? null : Math.round(d * 10) / 10.0);
        m.put("within", r.within());
        m.put("runs", r.runs());
        return m;
    }

    private void printText(PrintWriter o, Scenario sc, Fitter.Result r, long elapsedMs) {
        Residuals.Report b = r.beforeReport();
        Residuals.Report a = r.afterReport();
        o.printf(Locale.ROOT, "%s: fitted %d parameter%s to %d milestones over %d seeds: %d candidates, %d runs, %s%n",
                sc.id(), r.params().size(), r.params().size() == 1 ? "" : "s", b.rows().size(), b.runs(), r.evaluations(),
                r.simulations(), timing);
        o.printf("%-60s %-14s %-14s %s%n", "parameter", "before", "fitted", "window");
        for (int i = 0; i < r.params().size(); i++) {
            Parameter p = r.params().get(i);
            o.printf("%-60s %-14s %-14s %s..%s%n", p.expression() + (p.locations().size() > 1 ? " (" + p.unit() + ")" : ""),
                    p.describe(r.before()[i]), p.describe(r.after()[i]), p.describe(p.lo()), p.describe(p.hi()));
        }
        o.printf("%-18s %-8s %-6s %-22s %-22s%n", "milestone", "real", "tol", "before (median, runs in tol)", "after");
        for (Residuals.Row rb : b.rows()) {
            Residuals.Row ra = a.row(rb.id());
            o.printf("%-18s %-8s %-6s %-22s %-22s%n", rb.id(), real(sc, rb),
                    "±" + rb.toleranceSeconds() / 60, cell(rb), cell(ra));
        }
        o.printf(Locale.ROOT, "within tolerance (median run): before %d/%d, after %d/%d; in every seed: before %d/%d, after %d/%d%n",
                b.inTolerance(), b.rows().size(), a.inTolerance(), a.rows().size(), b.inToleranceEverySeed(), b.rows().size(),
                a.inToleranceEverySeed(), a.rows().size());
        o.printf(Locale.ROOT, "loss (sum of mean squared residuals in tolerances): before %.3f, after %.3f (%s)%n", b.loss(), a.loss(),
                r.budgetSpent() ? "the budget of " + evaluations + " candidates ended the search" : "the optimiser converged");
        if (out != null) {
            o.println("wrote " + out);
        }
    }

    private static String real(Scenario sc, Residuals.Row r) {
        return sc.realTimeline().stream().filter(m -> m != null && r.id().equals(m.id())).map(m -> m.at()).findFirst().orElse("?");
    }

    private static String cell(Residuals.Row r) {
        String d = Double.isNaN(r.medianDeltaMinutes()) ? "never" : String.format(Locale.ROOT, "%+.1f min", r.medianDeltaMinutes());
        return String.format(Locale.ROOT, "%s %s %d/%d", r.inTolerance() ? "✓" : "✗", d, r.within(), r.runs());
    }
}
