package firedrill.app.cli;

import firedrill.app.session.AtomicWrite;
import firedrill.engine.drill.DrillRecord;
import firedrill.engine.model.ModelSpec;
import firedrill.engine.msel.Msel;
import firedrill.engine.scenario.InvalidInputException;
import firedrill.engine.scenario.Problem;
import firedrill.engine.scenario.Scenario;
import firedrill.engine.scenario.ScenarioLoader;
import firedrill.engine.scenario.StrictJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code msel export|import}: a scenario's injects (or a drill's ad-hoc ones) as a MSEL sheet, and back. */
@Command(name = "msel", mixinStandardHelpOptions = true,
        description = "Master Scenario Events List: injects as CSV, and a CSV into a scenario's timeline.",
        subcommands = {MselCommand.Export.class, MselCommand.Import.class})
public final class MselCommand implements Runnable {
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Write a scenario's injects, or a drill's ad-hoc injects, as a MSEL CSV (RFC 4180).")
    static final class Export implements Callable<Integer> {
        @Spec picocli.CommandLine.Model.CommandSpec spec;

        @Option(names = "--scenario", paramLabel = "ID|FILE", description = "The scenario (shipped id or file).")
        String scenario;

        @Option(names = "--drill", paramLabel = "FILE", description = "A firedrill/drill@1 file: its facilitator's injects.")
        Path drill;

        @Option(names = "--csv", required = true, paramLabel = "OUT", description = "Where to write the sheet.")
        Path csv;

        @Override
        public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            if ((scenario == null) == (drill == null)) {
                err.println("firedrill: msel export: expected --scenario ID|FILE or --drill FILE");
                return Cli.BAD_INPUT;
            }
            String sheet;
            try {
                if (drill != null) {
                    DrillRecord d = DrillRecord.read(drill);
                    Scenario s = Scenarios.resolver(java.util.List.of()).apply(d.scenario()).orElseThrow(() ->
                            new InvalidInputException(new Problem(drill.toString(), "$.scenario", "unknown scenario \"" + d.scenario() + "\"")));
                    sheet = Msel.exportAdHoc(new ModelSpec(s), d);
                } else {
                    sheet = Msel.export(ScenarioLoader.load(scenario));
                }
            } catch (InvalidInputException e) {
                e.problems().forEach(err::println);
                return Cli.BAD_INPUT;
            }
            try {
                AtomicWrite.write(csv, sheet.getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                err.println("firedrill: cannot write " + csv + ": " + e.getMessage());
                return Cli.RUN_FAILED;
            }
            spec.commandLine().getOut().println("MSEL: " + (sheet.split("\r\n", -1).length - 2) + " injects in " + csv);
            return Cli.OK;
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Read a MSEL CSV into a scenario's timeline (its injects are replaced by the sheet's rows).")
    static final class Import implements Callable<Integer> {
        @Spec picocli.CommandLine.Model.CommandSpec spec;

        @Option(names = "--scenario", required = true, paramLabel = "FILE", description = "The scenario file (or shipped id).")
        String scenario;

        @Option(names = "--csv", required = true, paramLabel = "IN", description = "The MSEL sheet.")
        Path csv;

        @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the new scenario.")
        Path out;

        @Override
        public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            try {
                Scenario s = ScenarioLoader.load(scenario);
                Msel.Imported in = Msel.importInto(s, csv.toString(), read(csv));
                in.warnings().forEach(err::println);
                AtomicWrite.write(out, StrictJson.write(in.scenario()).getBytes(StandardCharsets.UTF_8));
                spec.commandLine().getOut().println("scenario " + s.id() + ": " + in.injects() + " injects from " + csv
                        + " written to " + out);
                return Cli.OK;
            } catch (InvalidInputException e) {
                e.problems().forEach(err::println);
                return Cli.BAD_INPUT;
            } catch (IOException e) {
                err.println("firedrill: " + e.getMessage());
                return Cli.RUN_FAILED;
            }
        }
    }

    /** The sheet as text: at most the CSV size limit, strictly UTF-8 (a clear error otherwise). */
    static String read(Path csv) throws InvalidInputException {
        long limit = 4L * firedrill.engine.csv.Csv.MAX_CHARS;
        try (InputStream in = Files.newInputStream(csv)) {
            byte[] b = in.readNBytes((int) limit + 1);
            if (b.length > limit) {
                throw new InvalidInputException(new Problem(csv.toString(), "line 1", "expected at most " + limit + " bytes"));
            }
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b)).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidInputException(new Problem(csv.toString(), "line 1", "expected UTF-8 text (save the sheet as CSV UTF-8)"));
        } catch (IOException e) {
            throw new InvalidInputException(new Problem(csv.toString(), "line 1", "cannot read it (" + e.getMessage() + ")"));
        }
    }
}
