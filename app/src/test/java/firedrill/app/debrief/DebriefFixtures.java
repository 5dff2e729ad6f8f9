package firedrill.app.debrief;

import firedrill.engine.model.ModelSpec;
import firedrill.engine.scenario.Scenario;
import firedrill.engine.scenario.ScenarioLoader;
import firedrill.engine.command.Command;
import firedrill.engine.sim.Playbooks;
import firedrill.engine.sim.Simulation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A finished run of the fast correct response (11 Dec, seed 1), built headless once per JVM. */
final class DebriefFixtures {
    static final String SCENARIO = "openai-2024-12-11";
    private static RunResult result;
    private static FinishedRun run;

    private DebriefFixtures() {}

    static synchronized RunResult fastResponse() throws Exception {
        if (result == null) {
            Scenario s = ScenarioLoader.loadShipped(SCENARIO);
            ModelSpec spec = new ModelSpec(s);
            Path pb = Path.of("../engine/src/test/resources/playbooks/openai-fast-response.json");
            if (!Files.exists(pb)) {
                pb = Path.of("engine/src/test/resources/playbooks/openai-fast-response.json");
            }
            List<Command> commands = Playbooks.commands(Playbooks.load(pb, s), spec, "trainee");
            int end = spec.tickOf("17:00");
            Simulation sim = Playbooks.run(spec, 1, commands, end);
            run = new FinishedRun(spec, 1, sim, sim.tick(), "You ended the exercise", "Standard");
            result = RunResults.compute(run);
        }
        return result;
    }

    /** The run {@link #fastResponse} scored, as the console hands it over. */
    static synchronized FinishedRun finishedRun() throws Exception {
        fastResponse();
        return run;
    }
}
