package firedrill.app.cli;

import firedrill.app.drill.web.HeadlessDrill;
import firedrill.app.drill.web.LoadRun;
import firedrill.engine.scenario.InvalidInputException;
import firedrill.engine.scenario.Scenario;
import firedrill.engine.scenario.ScenarioLoader;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code drill-load}: a bounded load run of the participants' web view on loopback. */
@Command(name = "drill-load", mixinStandardHelpOptions = true,
        description = "Load the participants' web view on loopback: N participants join, follow the live view and "
                + "propose every drill minute. Prints participants, p50Ms/p99Ms (frame delay), proposals and lost.")
public final class DrillLoadCommand implements Callable<Integer> {
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--scenario", defaultValue = "openai-2024-12-11", paramLabel = "ID|PATH",
            description = "Scenario (default ${DEFAULT-VALUE}).")
    String scenario;

    @Option(names = "--participants", defaultValue = "30", description = "Participants (default ${DEFAULT-VALUE}).")
    int participants;

    @Option(names = "--minutes", defaultValue = "10", description = "Drill minutes to run (default ${DEFAULT-VALUE}).")
    int minutes;

    @Option(names = "--speed", defaultValue = "60", description = "Clock speed: 1, 10, 60 or 300 (default ${DEFAULT-VALUE}).")
    int speed;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Scenario sc;
        try {
            sc = ScenarioLoader.load(scenario);
        } catch (InvalidInputException e) {
            e.problems().forEach(err::println);
            return Cli.BAD_INPUT;
        }
        LoadRun.Result r;
        try {
            r = LoadRun.run(sc, participants, minutes, HeadlessDrill.speed(speed));
        } catch (IllegalArgumentException e) {
            err.println("firedrill: " + e.getMessage());
            return Cli.BAD_INPUT;
        }
        if (json) {
            out.printf("{\"participants\":%d,\"p50Ms\":%d,\"p99Ms\":%d,\"proposals\":%d,\"lost\":%d,\"frames\":%d}%n",
                    r.participants(), r.p50Ms(), r.p99Ms(), r.proposals(), r.lost(), r.frames());
        } else {
            out.printf("%d participants, frame delay p50 %d ms, p99 %d ms, %d proposals, %d lost (%d frames received)%n",
                    r.participants(), r.p50Ms(), r.p99Ms(), r.proposals(), r.lost(), r.frames());
        }
        return r.lost() == 0 ? Cli.OK : Cli.RUN_FAILED;
    }
}
