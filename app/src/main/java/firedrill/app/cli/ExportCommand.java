package firedrill.app.cli;

import firedrill.app.session.AtomicWrite;
import firedrill.engine.cohort.TraineeExport;
import firedrill.engine.drill.DrillRecord;
import firedrill.engine.drill.DrillReport;
import firedrill.engine.model.ModelSpec;
import firedrill.engine.scenario.InvalidInputException;
import firedrill.engine.scenario.Scenario;
import firedrill.engine.score.Scorecard;
import firedrill.engine.session.SessionRecord;
import firedrill.engine.xapi.XapiStatements;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code export}: saved attempts in the formats other tools take. {@code --xapi OUT}: xAPI 1.0.3
 * statements (a JSON array for a learning record store's batch import; nothing is sent anywhere) for
 * sessions ({@code --session}, repeatable) or a drill ({@code --drill}, statements per participant).
 * {@code --attempts OUT --trainee NAME}: the sessions as one trainee's export file for a trainer's
 * {@code cohort}. A session without a recorded grade is re-scored (same seed, no par) for its grade.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export sessions or a drill as xAPI statements, or sessions as a trainee's attempts file.")
public final class ExportCommand implements Callable<Integer> {
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--session", paramLabel = "FILE", description = "A firedrill/session@1 file (repeatable).")
    List<Path> sessions = new ArrayList<>();

    @Option(names = "--drill", paramLabel = "FILE", description = "A firedrill/drill@1 file.")
    Path drill;

    @Option(names = "--xapi", paramLabel = "OUT.json", description = "Write xAPI 1.0.3 statements to OUT.json.")
    Path xapi;

    @Option(names = "--attempts", paramLabel = "OUT.json", description = "Write the sessions as one trainee's export (firedrill/attempts@1).")
    Path attempts;

    @Option(names = {"--actor", "--trainee"}, paramLabel = "NAME", defaultValue = "${sys:user.name}",
            description = "The trainee's name (default: your user name).")
    String actor;

    @Option(names = "--home-page", paramLabel = "URL", description = "The system the actor's account belongs to (default "
            + XapiStatements.DEFAULT_HOME_PAGE + ").")
    String homePage;

    @Option(names = "--pass-mark", defaultValue = "" + XapiStatements.DEFAULT_PASS_MARK, paramLabel = "N",
            description = "Grade from which an attempt is passed (default ${DEFAULT-VALUE}: on par with the real team).")
    int passMark;

    @Option(names = "--scenario", paramLabel = "ID|PATH", description = "A scenario the records may use (repeatable).")
    List<String> scenarios = new ArrayList<>();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (xapi == null && attempts == null) {
            err.println("firedrill: export: expected --xapi OUT.json and/or --attempts OUT.json");
            return Cli.BAD_INPUT;
        }
        if (sessions.isEmpty() == (drill == null)) {
            err.println("firedrill: export: expected --session FILE (one or more) or --drill FILE");
            return Cli.BAD_INPUT;
        }
        if (attempts != null && drill != null) {
            err.println("firedrill: export: --attempts takes sessions, not a drill");
            return Cli.BAD_INPUT;
        }
        if (passMark < 0 || passMark > 100 || actor == null || actor.isBlank() || actor.length() > 200) {
            err.println("firedrill: export: expected --pass-mark 0 to 100 and a name of 1 to 200 characters");
            return Cli.BAD_INPUT;
        }
        try {
            Function<String, Optional<Scenario>> resolve = Scenarios.resolver(scenarios);
            List<Map<String, Object>> statements = new ArrayList<>();
            List<SessionRecord> read = new ArrayList<>();
            for (Path f : sessions) {
                SessionRecord s = SessionRecord.read(f);
                read.add(s);
                if (xapi != null) {
                    ModelSpec model = model(resolve, s.scenario(), f);
                    Integer grade = s.grade() != null ? s.grade().value() : null;
                    if (grade == null) {
                        Optional<String> mismatch = s.mismatch(model);
                        if (mismatch.isPresent()) {
                            throw new InvalidInputException(new firedrill.engine.scenario.Problem(f.toString(), "$.scenarioHash", mismatch.get()));
                        }
                        grade = Scorecard.of(model, s.runRecord()).grade().value();
                    }
                    statements.addAll(XapiStatements.forSession(s, model.scenario().meta().title(), grade,
                            new XapiStatements.Actor(actor, homePage), passMark));
                }
            }
            if (drill != null) {
                DrillRecord d = DrillRecord.read(drill);
                ModelSpec model = model(resolve, d.scenario(), drill);
                Optional<String> mismatch = d.mismatch(model);
                if (mismatch.isPresent()) {
                    throw new InvalidInputException(new firedrill.engine.scenario.Problem(drill.toString(), "$.scenarioHash", mismatch.get()));
                }
                int grade = DrillReport.report(model, d).card().grade().value();
                statements.addAll(XapiStatements.forDrill(d, model.scenario().meta().title(), grade, homePage,
                        firedrill.app.drill.DrillSetupViewModel.OBSERVER, passMark));
            }
            if (xapi != null) {
                AtomicWrite.write(xapi, XapiStatements.toJson(statements).getBytes(StandardCharsets.UTF_8));
                out.println("xAPI: " + statements.size() + " statements in " + xapi);
            }
            if (attempts != null) {
                AtomicWrite.write(attempts, new TraineeExport(TraineeExport.FORMAT, actor, read).toJson()
                        .getBytes(StandardCharsets.UTF_8));
                out.println("attempts: " + read.size() + " sessions of " + actor + " in " + attempts);
            }
        } catch (InvalidInputException e) {
            e.problems().forEach(err::println);
            return Cli.BAD_INPUT;
        } catch (IOException e) {
            err.println("firedrill: cannot write: " + e.getMessage());
            return Cli.RUN_FAILED;
        }
        out.flush();
        return Cli.OK;
    }

    private static ModelSpec model(Function<String, Optional<Scenario>> resolve, String id, Path file)
            throws InvalidInputException {
        return new ModelSpec(resolve.apply(id).orElseThrow(() -> new InvalidInputException(new firedrill.engine.scenario.Problem(
                file.toString(), "$.scenario", "unknown scenario \"" + id + "\": give its file with --scenario"))));
    }
}
