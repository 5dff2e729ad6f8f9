package firedrill.app.cli;

import firedrill.app.author.PostMortemImport;
import firedrill.app.author.ScenarioFiles;
import firedrill.app.session.AtomicWrite;
import firedrill.engine.postmortem.Skeleton;
import firedrill.engine.postmortem.TimelineParser;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code import-timeline FILE [--zone ZONE] [--out FILE]}: a post-mortem's timeline becomes a scenario
 * skeleton. With {@code --out} the skeleton is written atomically and the report (placed and unparsed
 * rows, with line numbers) goes to stdout; without it the skeleton goes to stdout and the report to
 * stderr, so the two can be piped apart. Exit 2 when the file cannot be read or no row can be placed.
 */
@Command(name = "import-timeline", mixinStandardHelpOptions = true,
        description = "Make a scenario skeleton from a post-mortem's timeline (Markdown tables or time-first lines).")
public final class ImportTimelineCommand implements Callable<Integer> {
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The post-mortem (Markdown or plain text, UTF-8).")
    Path file;

    @Option(names = "--zone", paramLabel = "ZONE",
            description = "Time zone of the scenario (IANA, e.g. UTC, America/Los_Angeles); default: the timeline's own.")
    String zone;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the skeleton here (atomically) instead of stdout.")
    Path out;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        ZoneId z = null;
        if (zone != null) {
            z = TimelineParser.zone(zone);
            if (z == null) {
                stderr.println("firedrill: --zone: expected an IANA time zone such as \"UTC\" or \"America/Los_Angeles\", got \""
                        + zone + "\"");
                return Cli.BAD_INPUT;
            }
        }
        Skeleton s;
        try {
            s = PostMortemImport.read(file, z);
        } catch (IOException e) {
            stderr.println("firedrill: " + e.getMessage());
            return Cli.BAD_INPUT;
        }
        PrintWriter report = out == null ? stderr : stdout;
        report.print(s.report(file.toString()));
        report.flush();
        if (s.placements().isEmpty()) {
            stderr.println("firedrill: " + file + ": no timestamped row could be placed; nothing written");
            stderr.flush();
            return Cli.BAD_INPUT;
        }
        byte[] bytes = ScenarioFiles.bytes(s.scenario());
        if (out == null) {
            stdout.print(new String(bytes, StandardCharsets.UTF_8));
            stdout.flush();
            return Cli.OK;
        }
        try {
            AtomicWrite.write(out, bytes);
        } catch (IOException e) {
            stderr.println("firedrill: cannot write " + out + ": " + e.getMessage());
            return Cli.RUN_FAILED;
        }
        stdout.println("wrote " + out);
        stdout.flush();
        return Cli.OK;
    }
}
