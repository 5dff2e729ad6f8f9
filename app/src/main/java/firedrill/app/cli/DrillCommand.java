package firedrill.app.cli;

import firedrill.app.drill.web.HeadlessDrill;
import firedrill.app.drill.web.Secrets;
import firedrill.engine.drill.DrillRecord;
import firedrill.engine.scenario.InvalidInputException;
import firedrill.engine.scenario.Scenario;
import firedrill.engine.scenario.ScenarioLoader;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code drill}: facilitated drills without the desktop app. */
@Command(name = "drill", mixinStandardHelpOptions = true, description = "Facilitated drills without the desktop app.",
        subcommands = {DrillCommand.Serve.class})
public final class DrillCommand implements Runnable {
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code drill serve}: runs a drill and serves the participants' web view until the drill ends. */
    @Command(name = "serve", mixinStandardHelpOptions = true,
            description = "Run a drill headless and serve the participants' web view. Prints one JSON line "
                    + "{\"url\",\"code\",\"facilitatorToken\"}; approve proposals through the API with that token.")
    public static final class Serve implements Callable<Integer> {
        @Spec picocli.CommandLine.Model.CommandSpec spec;

        @Option(names = "--scenario", required = true, paramLabel = "ID|PATH", description = "Shipped scenario id or a scenario file.")
        String scenario;

        @Option(names = "--port", required = true, description = "TCP port (0 = any free port).")
        int port;

        @Option(names = "--bind", defaultValue = "127.0.0.1", paramLabel = "ADDR",
                description = "Address to listen on, and only there (default ${DEFAULT-VALUE}).")
        String bind;

        @Option(names = "--code", paramLabel = "C", description = "Join code (at least 8 characters; default: random).")
        String code;

        @Option(names = "--speed", defaultValue = "10", description = "Clock speed: 1, 10, 60 or 300 (default ${DEFAULT-VALUE}).")
        int speed;

        @Option(names = "--seed", defaultValue = "1", description = "Run seed (default ${DEFAULT-VALUE}).")
        long seed;

        @Option(names = "--record", paramLabel = "FILE", description = "Autosave the drill (firedrill/drill@1) here; "
                + "with --resume, resumes it.")
        Path record;

        @Option(names = "--resume", description = "Resume the drill saved in --record (participants reconnect with their tokens).")
        boolean resume;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            if (code != null && code.trim().length() < Secrets.CODE_LENGTH) {
                err.println("firedrill: --code needs at least " + Secrets.CODE_LENGTH + " characters");
                return Cli.BAD_INPUT;
            }
            Scenario sc;
            DrillRecord saved = null;
            try {
                sc = ScenarioLoader.load(scenario);
                if (resume) {
                    if (record == null || !Files.isRegularFile(record)) {
                        err.println("firedrill: --resume needs the --record file of an interrupted drill");
                        return Cli.BAD_INPUT;
                    }
                    saved = DrillRecord.read(record);
                }
            } catch (InvalidInputException e) {
                e.problems().forEach(err::println);
                return Cli.BAD_INPUT;
            }
            try {
                HeadlessDrill.speed(speed);
            } catch (IllegalArgumentException e) {
                err.println("firedrill: " + e.getMessage());
                return Cli.BAD_INPUT;
            }
            try (HeadlessDrill d = HeadlessDrill.start(sc, seed, HeadlessDrill.speed(speed), bind, port,
                    code == null ? null : code.trim().toUpperCase(java.util.Locale.ROOT), record, saved)) {
                Map<String, String> line = new LinkedHashMap<>();
                line.put("url", d.server().url());
                line.put("code", d.room().code());
                line.put("facilitatorToken", d.facilitatorToken());
                out.println(new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(line));
                out.flush();
                d.drill().ended().handle((r, e) -> r).join();
            }
            return Cli.OK;
        }
    }
}
