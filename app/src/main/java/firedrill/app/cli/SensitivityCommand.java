package firedrill.app.cli;

import firedrill.engine.scenario.InvalidInputException;
import firedrill.engine.scenario.Scenario;
import firedrill.engine.scenario.ScenarioLoader;
import firedrill.engine.scenario.StrictJson;
import firedrill.engine.score.StrategySuite;
import firedrill.engine.tuning.Parameter;
import firedrill.engine.tuning.Residuals;
import firedrill.engine.tuning.ScenarioTree;
import firedrill.engine.tuning.Sensitivity;
import java.io.PrintWriter;
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
 * {@code sensitivity}: moves each parameter by ±range and prints how far each real milestone of the
 * reference moves and which strategy-suite claims stop (or start) holding: a tornado table, largest
 * effect first (docs/model.md, "What the timeline pins down"). {@code --markdown} prints the table
 * that docs/model.md embeds.
 */
@Command(name = "sensitivity", mixinStandardHelpOptions = true,
        description = "Vary each parameter by ±range: effect on the reference's milestones and on the strategy suite's claims.")
public final class SensitivityCommand implements Callable<Integer> {
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--scenario", required = true, paramLabel = "ID|FILE", description = "Shipped scenario id or a scenario file.")
    String scenario;

    @Option(names = "--params", arity = "1..*", paramLabel = "PATH",
            description = "Parameter paths (default: every number under mechanisms).")
    List<String> params;

    @Option(names = "--range", defaultValue = "0.2", description = "Relative move each way (default ${DEFAULT-VALUE} = ±20%%).")
    double range;

    @Option(names = "--seeds", defaultValue = "4", description = "Reference runs per variant (default ${DEFAULT-VALUE}).")
    int seeds;

    @Option(names = "--strategy-seeds", defaultValue = "2", description = "Runs per strategy and variant (default ${DEFAULT-VALUE}; 0 skips the suite).")
    int strategySeeds;

    @Option(names = "--strategies", paramLabel = "DIR",
            description = "A strategy suite folder (claims.json and playbooks); default: the shipped suite of the scenario, if any.")
    Path strategies;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Option(names = "--markdown", description = "Print the tornado table as Markdown (as in docs/model.md).")
    boolean markdown;

    private long cpuMs = -1;
    private String timing = "";

    @Override
    public Integer call() {
        PrintWriter o = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Scenario sc;
        StrategySuite suite;
        Sensitivity.Options options;
        List<Parameter> ps = new ArrayList<>();
        try {
            options = new Sensitivity.Options(range, seeds, strategySeeds, 1);
            sc = ScenarioLoader.load(scenario);
            suite = strategySeeds == 0 ? new StrategySuite(sc.id(), List.of())
                    : strategies != null ? StrategySuite.load(strategies, sc) : StrategySuite.shipped(sc);
            var tree = ScenarioTree.of(sc);
            if (params == null || params.isEmpty()) {
                ps.addAll(Parameter.mechanisms(tree));
            } else {
                for (String p : params) {
                    ps.add(Parameter.parse(p, tree));
                }
            }
        } catch (InvalidInputException e) {
            e.problems().forEach(err::println);
            return Cli.BAD_INPUT;
        } catch (IllegalArgumentException e) {
            err.println("firedrill: " + e.getMessage());
            return Cli.BAD_INPUT;
        }
        boolean console = !json && !markdown && System.console() != null;
        Stopwatch watch = new Stopwatch();
        Sensitivity.Result r = Sensitivity.run(sc, ps, suite, options, (done, total) -> {
            if (console && (done % 50 == 0 || done == total)) {
                synchronized (err) {
                    err.print("\rsensitivity: " + done + "/" + total + " runs");
                    err.flush();
                }
            }
        }, () -> false);
        long elapsedMs = watch.elapsedMs();
        cpuMs = watch.cpuMs();
        timing = watch.describe();
        if (console) {
            err.println();
        }
        if (json) {
            o.print(StrictJson.write(toMap(sc, r, suite, elapsedMs)));
        } else if (markdown) {
            printMarkdown(o, sc, r, suite, elapsedMs);
        } else {
            printText(o, sc, r, suite, elapsedMs);
        }
        o.flush();
        return Cli.OK;
    }

    private static String verdict(Sensitivity.Row row) {
        if (row.pinnedByTimeline()) {
            return "timeline";
        }
        return row.claimsChanged() > 0 ? "physics only" : "neither";
    }

    /** "api-impact +6.0 min" for the milestone that moves most, "—" when none moves. */
    private static String largest(Sensitivity.Result r, Sensitivity.Variant v) {
        if (!v.valid()) {
            return "invalid: " + v.problem();
        }
        String best = null;
        double bestAbs = -1;
        List<Residuals.Row> ms = r.baseline().rows();
        for (int m = 0; m < ms.size(); m++) {
            double s = r.shiftMinutes(v, m);
            double abs = Double.isNaN(s) ? ((r.baselineTicks()[m] < 0) != (v.medianTicks()[m] < 0) ? Double.POSITIVE_INFINITY : 0)
                    : Math.abs(s);
            if (abs > bestAbs) {
                bestAbs = abs;
                best = Double.isNaN(s) ? ms.get(m).id() + (v.medianTicks()[m] < 0 ? " never" : " reached")
                        : String.format(Locale.ROOT, "%s %+.1f min", ms.get(m).id(), s);
            }
        }
        return bestAbs < 0.5 / 60 || best == null ? "—" : best;
    }

    private static List<String> flipped(Sensitivity.Result r, Sensitivity.Row row) {
        List<String> out = new ArrayList<>();
        int all = r.options().strategySeeds();
        for (int c = 0; c < r.claims().size(); c++) {
            boolean base = r.baselineClaimHolds()[c] == all;
            for (Sensitivity.Variant v : new Sensitivity.Variant[] {row.low(), row.high()}) {
                if (v.valid() && (v.claimHolds()[c] == all) != base) {
                    out.add(r.claims().get(c).strategy().replace(".json", "") + " " + r.claims().get(c).claim()
                            + (base ? " fails" : " holds") + " at " + v.value());
                }
            }
        }
        return out;
    }

    private void printText(PrintWriter o, Scenario sc, Sensitivity.Result r, StrategySuite suite, long elapsedMs) {
        header(o, sc, r, suite, elapsedMs, "");
        o.printf("%-52s %-12s %-34s %-34s %-8s %s%n", "parameter", "as written", "-" + pct() + ": largest milestone move",
                "+" + pct() + ": largest milestone move", "claims", "pinned by");
        for (Sensitivity.Row row : r.rows()) {
            o.printf("%-52s %-12s %-34s %-34s %-8s %s%n", row.parameter().expression(), row.baseValue(),
                    row.low().value() + ": " + largest(r, row.low()), row.high().value() + ": " + largest(r, row.high()),
                    row.claimsChanged() + "/" + r.claims().size(), verdict(row));
            for (String f : flipped(r, row)) {
                o.println("    claim " + f);
            }
        }
    }

    private void header(PrintWriter o, Scenario sc, Sensitivity.Result r, StrategySuite suite, long elapsedMs, String prefix) {
        o.printf(Locale.ROOT, "%s%s: ±%s on %d parameters; reference over %d seeds, %d strategies (%d claims) over %d seeds;"
                        + " %d runs in %s%n", prefix, sc.id(), pct(), r.rows().size(), r.options().seeds(),
                suite.strategies().size(), r.claims().size(), r.options().strategySeeds(), r.runs(), timing);
    }

    private String pct() {
        return Math.round(range * 100) + "%";
    }

    private void printMarkdown(PrintWriter o, Scenario sc, Sensitivity.Result r, StrategySuite suite, long elapsedMs) {
        o.printf("| Parameter | As written | −%s: largest milestone move | +%s: largest milestone move | Claims flipped | Pinned down by |%n",
                pct(), pct());
        o.println("|---|---|---|---|---|---|");
        for (Sensitivity.Row row : r.rows()) {
            List<String> f = flipped(r, row);
            String claims = f.isEmpty() ? "—" : f.size() + ": " + String.join("; ", f.subList(0, Math.min(2, f.size())))
                    + (f.size() > 2 ? "; …" : "");
            o.printf("| `%s` | %s | %s: %s | %s: %s | %s | %s |%n", row.parameter().expression().replace("$.mechanisms.", ""),
                    row.baseValue(), row.low().value(), largest(r, row.low()), row.high().value(), largest(r, row.high()),
                    claims.replace("|", "\\|"), verdict(row));
        }
        o.println();
        o.printf(Locale.ROOT, "_Generated by `firedrill sensitivity --scenario %s --markdown`: reference over %d seeds, %d strategy"
                        + " claims over %d seeds, %d runs (%s)._%n", sc.id(), r.options().seeds(), r.claims().size(),
                r.options().strategySeeds(), r.runs(), timing);
    }

    private Map<String, Object> toMap(Scenario sc, Sensitivity.Result r, StrategySuite suite, long elapsedMs) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("scenario", sc.id());
        m.put("range", range);
        m.put("seeds", r.options().seeds());
        m.put("strategySeeds", r.options().strategySeeds());
        m.put("runs", r.runs());
        m.put("cores", Runtime.getRuntime().availableProcessors());
        m.put("elapsedMs", elapsedMs);
        m.put("cpuMs", cpuMs);
        List<Object> ms = new ArrayList<>();
        for (Residuals.Row row : r.baseline().rows()) {
            Map<String, Object> mm = new LinkedHashMap<>();
            mm.put("id", row.id());
            mm.put("measure", row.measure());
            double d = row.medianDeltaMinutes();
            mm.put("residualMinutes", Double.isNaN(d) ? null : d);
            ms.add(mm);
        }
        m.put("milestones", ms);
        List<Object> cs = new ArrayList<>();
        for (int c = 0; c < r.claims().size(); c++) {
            Map<String, Object> cm = new LinkedHashMap<>();
            cm.put("strategy", r.claims().get(c).strategy());
            cm.put("claim", r.claims().get(c).claim().toString());
            cm.put("holds", r.baselineClaimHolds()[c]);
            cs.add(cm);
        }
        m.put("claims", cs);
        List<Object> rows = new ArrayList<>();
        for (Sensitivity.Row row : r.rows()) {
            Map<String, Object> rm = new LinkedHashMap<>();
            rm.put("path", row.parameter().expression());
            rm.put("value", row.baseValue());
            rm.put("low", variant(r, row.low()));
            rm.put("high", variant(r, row.high()));
            rm.put("maxShiftMinutes", Double.isInfinite(row.maxShiftMinutes()) ? null : row.maxShiftMinutes());
            rm.put("claimsChanged", row.claimsChanged());
            rm.put("pinnedBy", verdict(row));
            rows.add(rm);
        }
        m.put("parameters", rows);
        return m;
    }

    private static Map<String, Object> variant(Sensitivity.Result r, Sensitivity.Variant v) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("value", v.value());
        if (!v.valid()) {
            m.put("invalid", v.problem());
            return m;
        }
        Map<String, Object> shifts = new LinkedHashMap<>();
        for (int i = 0; i < r.baseline().rows().size(); i++) {
            double s = r.shiftMinutes(v, i);
            shifts.put(r.baseline().rows().get(i).id(), Double.isNaN(s) ? (v.medianTicks()[i] < 0 ? "never" : "reached") : s);
        }
        m.put("milestoneShiftMinutes", shifts);
        List<Integer> holds = new ArrayList<>();
        for (int h : v.claimHolds()) {
            holds.add(h);
        }
        m.put("claimHolds", holds);
        return m;
    }
}
