package firedrill.app.cli;

import firedrill.app.session.AtomicWrite;
import firedrill.engine.model.ModelSpec;
import firedrill.engine.report.AfterActionReport;
import firedrill.engine.scenario.InvalidInputException;
import firedrill.engine.scenario.Scenario;
import firedrill.engine.scenario.ScenarioLoader;
import firedrill.engine.score.Decisions;
import firedrill.engine.score.Par;
import firedrill.engine.score.Scorecard;
import firedrill.engine.session.SessionRecord;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code score}: re-scores a saved session (replaying it exactly) and writes its after-action report
 * as self-contained HTML and/or prints it as JSON. A session recorded with a different version of
 * the scenario is refused with the reason (exit 2): replaying it would not reproduce the run. A
 * session recorded with another model version (or before versions were recorded) is replayed, with
 * a note that says so and both outcomes, the recorded and the re-simulated one (on stderr with
 * {@code --json}, so stdout stays one JSON object).
 */
@Command(name = "score", mixinStandardHelpOptions = true,
        description = "Re-score a saved session and write its after-action report.")
public final class ScoreCommand implements Callable<Integer> {
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--session", required = true, paramLabel = "PATH", description = "A firedrill/session@1 file.")
    Path session;

    @Option(names = "--scenario", paramLabel = "ID|PATH",
            description = "Scenario to replay it with (default: the shipped scenario the session names).")
    String scenario;

    @Option(names = "--html", paramLabel = "OUT", description = "Write the after-action report as HTML to OUT.")
    Path html;

    @Option(names = "--json", description = "Print the after-action report as one JSON object.")
    boolean json;

    @Option(names = "--par", defaultValue = "20", paramLabel = "N",
            description = "Reference runs for the par distribution (default ${DEFAULT-VALUE}; 0: compare with the same seed only).")
    int parRuns;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (parRuns < 0 || parRuns > 10_000) {
            err.println("firedrill: --par: expected 0 to 10000, got " + parRuns);
            return Cli.BAD_INPUT;
        }
        SessionRecord record;
        Scenario sc;
        try {
            record = SessionRecord.read(session);
            sc = ScenarioLoader.load(scenario != null ? scenario : record.scenario());
        } catch (InvalidInputException e) {
            e.problems().forEach(err::println);
            return Cli.BAD_INPUT;
        }
        ModelSpec model = new ModelSpec(sc);
        Optional<String> mismatch = record.mismatch(model);
        if (mismatch.isPresent()) {
            err.println(session + ": " + mismatch.get());
            return Cli.BAD_INPUT;
        }
        Par.Result par = parRuns == 0 ? null : Par.reference(model, parRuns);
        Scorecard card = Scorecard.of(model, record.runRecord(), par, null);
        AfterActionReport report = AfterActionReport.of(card, record);
        Optional<java.util.List<String>> versions = firedrill.app.session.Replays.versionNotice(record, card);
        if (html != null) {
            try {
                AtomicWrite.write(html, report.toHtml().getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                err.println("firedrill: cannot write " + html + ": " + e.getMessage());
                return Cli.RUN_FAILED;
            }
        }
        if (json) {
            versions.ifPresent(lines -> lines.forEach(l -> err.println(session + ": " + l)));
            out.print(report.toJson());
        } else {
            versions.ifPresent(lines -> lines.forEach(out::println));
            printText(out, model, card);
            if (html != null) {
                out.println("after-action report: " + html);
            }
        }
        out.flush();
        return Cli.OK;
    }

    private static void printText(PrintWriter out, ModelSpec model, Scorecard card) {
        out.println(model.scenario().id() + " — seed " + card.record().seed());
        card.headlines().forEach(out::println);
        Scorecard.Mitigation first = card.firstMitigation();
        Scorecard.Mitigation real = card.realFirstMitigation();
        out.println("first effective mitigation: " + (first == null ? "none" : model.timeOf(first.issuedTick()) + " "
                + first.action()) + " (real team: " + (real == null ? "none" : model.timeOf(real.issuedTick()) + " "
                + real.action()) + ")");
        if (card.harmful().isEmpty()) {
            out.println("harmful actions: none");
        } else {
            out.println("harmful actions:");
            for (Decisions.Decision d : card.harmful()) {
                out.println("  " + model.timeOf(d.action().issuedTick()) + " " + d.action().action()
                        + (d.action().target() == null ? "" : " on " + d.action().target()) + ": " + d.why());
            }
        }
        out.printf(java.util.Locale.ROOT, "idle responders: %.0f%% (real team %.0f%%); status updates in %d of %d half-hours (real team %d of %d)%n",
                100 * card.idle().share(), 100 * card.referenceIdle().share(), card.cadence().slotsCovered(),
                card.cadence().slots(), card.referenceCadence().slotsCovered(), card.referenceCadence().slots());
    }
}
