package firedrill.app.cli;

import firedrill.app.author.ScenarioFiles;
import firedrill.app.author.ScenarioLens;
import firedrill.app.session.AtomicWrite;
import firedrill.app.session.SessionStore;
import firedrill.app.session.Sessions;
import firedrill.engine.model.ModelSpec;
import firedrill.engine.scenario.InvalidInputException;
import firedrill.engine.scenario.Playbook;
import firedrill.engine.scenario.Scenario;
import firedrill.engine.scenario.ScenarioLoader;
import firedrill.engine.session.SessionRecord;
import firedrill.engine.sim.Playbooks;
import firedrill.engine.sim.Simulation;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sample-data DIR} (hidden): fills a data directory the way a long-time user's looks, to measure
 * start-up and History with lots of data. User scenarios are copies of a shipped scenario under new
 * ids, saved in canonical form; attempts are short simulated runs (the reference playbook up to a
 * point, graded), saved through the app's own {@link SessionStore}, spread over the shipped scenarios.
 */
@Command(name = "sample-data", hidden = true, mixinStandardHelpOptions = true,
        description = "Fill a data directory with user scenarios and saved attempts (start-up measurements).")
public final class SampleDataCommand implements Callable<Integer> {
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "The data directory to fill (created when missing).")
    Path dir;

    @Option(names = "--scenarios", defaultValue = "200", description = "User scenarios to write (default ${DEFAULT-VALUE}).")
    int scenarios;

    @Option(names = "--attempts", defaultValue = "500", description = "Attempts to save (default ${DEFAULT-VALUE}).")
    int attempts;

    @Option(names = "--distinct", defaultValue = "4",
            description = "Distinct simulated runs per shipped scenario; attempts cycle through them (default ${DEFAULT-VALUE}).")
    int distinct;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        fill(dir, scenarios, attempts, distinct);
        out.printf(Locale.ROOT, "%s: %d user scenarios, %d attempts%n", dir, scenarios, attempts);
        out.flush();
        return Cli.OK;
    }

    /** Writes {@code scenarios} user scenarios and {@code attempts} saved attempts into {@code dataDir}. */
    public static void fill(Path dataDir, int scenarios, int attempts, int distinct)
            throws IOException, InvalidInputException {
        Scenario base = ScenarioLoader.loadShipped("openai-2024-12-11");
        Path userDir = dataDir.resolve("scenarios");
        Files.createDirectories(userDir);
        for (int i = 1; i <= scenarios; i++) {
            String id = String.format(Locale.ROOT, "sample-%04d", i);
            Scenario copy = ScenarioLens.with(base, "$.meta.id", id);
            copy = ScenarioLens.with(copy, "$.meta.title", base.meta().title() + " (sample " + i + ")");
            AtomicWrite.write(userDir.resolve(id + ".json"), ScenarioFiles.bytes(copy));
        }
        List<SessionRecord> runs = new ArrayList<>();
        for (String id : ScenarioLoader.shippedIds()) {
            Scenario s = ScenarioLoader.loadShipped(id);
            ModelSpec model = new ModelSpec(s);
            Playbook pb = Playbooks.resolve(Playbooks.REFERENCE, s);
            List<firedrill.engine.command.Command> commands = Playbooks.commands(pb, model, "playbook");
            for (int k = 0; k < Math.max(1, distinct); k++) {
                // Runs that stop at different points: later ones carry more of the playbook.
                int until = Math.max(1, model.horizonTick() * (k + 1) / (Math.max(1, distinct) + 1));
                Simulation sim = Playbooks.run(model, 1 + k, commands, until);
                runs.add(Sessions.of(sim, null, k % 2 == 0 ? "standard" : "guided", 0, List.of(), true));
            }
        }
        SessionStore store = new SessionStore(dataDir);
        for (int i = 0; i < attempts; i++) {
            store.save(runs.get(i % runs.size()));
        }
    }
}
