package firedrill.app.cli;

import firedrill.app.session.AtomicWrite;
import firedrill.engine.cohort.Cohort;
import firedrill.engine.cohort.CohortSources;
import firedrill.engine.scenario.InvalidInputException;
import firedrill.engine.scenario.Problem;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code cohort}: a training programme's attempts, headless. Reads a folder of session files (a
 * sub-folder per trainee) and trainee exports, re-scores every attempt alike, and prints a summary per
 * trainee and scenario (or {@code --json}), optionally writing one CSV row per attempt. Files that
 * are refused are listed on stderr (file, JSON path, what was expected) and make the exit code 2; the
 * others are still reported.
 */
@Command(name = "cohort", mixinStandardHelpOptions = true,
        description = "Progress of many trainees: grade over time, impact against par, time to first mitigation, missed lessons.")
public final class CohortCommand implements Callable<Integer> {
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--sessions", required = true, paramLabel = "DIR",
            description = "Folder of session files (a sub-folder per trainee) and/or trainee exports (firedrill/attempts@1).")
    Path dir;

    @Option(names = "--csv", paramLabel = "OUT", description = "Write one row per attempt as CSV (RFC 4180) to OUT.")
    Path csv;

    @Option(names = "--json", description = "Print the cohort as one JSON object.")
    boolean json;

    @Option(names = "--par", defaultValue = "20", paramLabel = "N",
            description = "Reference runs for par per scenario (default ${DEFAULT-VALUE}; 0: the real team's decisions with each attempt's seed).")
    int parRuns;

    @Option(names = "--scenario", paramLabel = "ID|PATH", description = "A scenario the sessions may use (repeatable; shipped and your own are found by id).")
    List<String> scenarios = new ArrayList<>();

    @Option(names = "--trainee", paramLabel = "NAME", description = "Only this trainee.")
    String trainee;

    @Option(names = "--only-scenario", paramLabel = "ID", description = "Only attempts at this scenario.")
    String onlyScenario;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (parRuns < 0 || parRuns > 10_000) {
            err.println("firedrill: --par: expected 0 to 10000, got " + parRuns);
            return Cli.BAD_INPUT;
        }
        Cohort cohort;
        try {
            CohortSources.Found found = CohortSources.read(dir);
            cohort = Cohort.score(found.sources(), Scenarios.resolver(scenarios), parRuns, found.problems(), null);
        } catch (IOException e) {
            err.println("firedrill: " + e.getMessage());
            return Cli.BAD_INPUT;
        } catch (InvalidInputException e) {
            e.problems().forEach(err::println);
            return Cli.BAD_INPUT;
        }
        cohort = cohort.filter(a -> (trainee == null || trainee.equals(a.trainee()))
                && (onlyScenario == null || onlyScenario.equals(a.scenario())));
        if (csv != null) {
            try {
                AtomicWrite.write(csv, cohort.toCsv().getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                err.println("firedrill: cannot write " + csv + ": " + e.getMessage());
                return Cli.RUN_FAILED;
            }
        }
        for (Problem p : cohort.problems()) {
            err.println(p);
        }
        if (json) {
            out.print(cohort.toJson());
        } else {
            print(out, cohort);
            if (csv != null) {
                out.println("csv: " + csv);
            }
        }
        out.flush();
        return cohort.problems().isEmpty() ? Cli.OK : Cli.BAD_INPUT;
    }

    private static void print(PrintWriter out, Cohort c) {
        out.printf(Locale.ROOT, "%d attempts by %d trainees at %d scenario%s (par: %s)%n", c.attempts().size(),
                c.trainees().size(), c.scenarios().size(), c.scenarios().size() == 1 ? "" : "s", c.parRuns() == 0 ? "the real team, same seed" : c.parRuns() + " runs");
        out.printf(Locale.ROOT, "%-24s %-24s %8s %13s %5s %12s %14s%n", "trainee", "scenario", "attempts", "first → last",
                "best", "vs par (min)", "1st mitigation");
        for (Cohort.Summary s : c.summaries()) {
            Double m = s.medianFirstMitigation();
            out.printf(Locale.ROOT, "%-24s %-24s %8d %13s %5d %+12.1f %14s%n", clip(s.trainee()), clip(s.scenario()),
                    s.attempts().size(), s.first() + " → " + s.last(), s.best(), s.meanVsPar(),
                    m == null ? "none" : String.format(Locale.ROOT, "%.0f min", m));
        }
        List<Cohort.Missed> missed = c.mostMissed();
        if (!missed.isEmpty()) {
            out.println("lessons missed most often:");
            for (Cohort.Missed x : missed.subList(0, Math.min(5, missed.size()))) {
                out.printf(Locale.ROOT, "  %3d× %s%n", x.count(), x.lesson());
            }
        }
    }

    private static String clip(String s) {
        return s.length() > 24 ? s.substring(0, 23) + "…" : s;
    }
}
