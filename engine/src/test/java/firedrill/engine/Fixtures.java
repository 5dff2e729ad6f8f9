package firedrill.engine;

import firedrill.engine.model.ModelSpec;
import firedrill.engine.scenario.InvalidInputException;
import firedrill.engine.scenario.Playbook;
import firedrill.engine.scenario.Scenario;
import firedrill.engine.scenario.ScenarioLoader;
import firedrill.engine.score.RunOutcome;
import firedrill.engine.command.Command;
import firedrill.engine.sim.Playbooks;
import firedrill.engine.sim.Simulation;
import java.nio.file.Path;
import java.util.List;

/** Shared test fixtures: the shipped 11 Dec scenario and helpers to run it. */
public final class Fixtures {
    public static final String OPENAI = "openai-2024-12-11";
    private static ModelSpec openai;

    private Fixtures() {}

    public static synchronized ModelSpec openai() {
        if (openai == null) {
            openai = shipped(OPENAI);
        }
        return openai;
    }

    public static ModelSpec shipped(String id) {
        try {
            return new ModelSpec(ScenarioLoader.loadShipped(id));
        } catch (InvalidInputException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    public static List<Command> reference(ModelSpec spec) {
        return Playbooks.commands(spec.scenario().referencePlaybook(), spec, "reference");
    }

    public static List<Command> playbook(String resource, ModelSpec spec) {
        try {
            Scenario sc = spec.scenario();
            Playbook pb = Playbooks.load(Path.of(Fixtures.class.getResource("/playbooks/" + resource).toURI()), sc);
            return Playbooks.commands(pb, spec, "test");
        } catch (Exception e) {
            throw new AssertionError("cannot load playbook " + resource + ": " + e.getMessage(), e);
        }
    }

    public static Simulation run(ModelSpec spec, long seed, List<Command> commands) {
        return Playbooks.run(spec, seed, commands, spec.horizonTick());
    }

    public static RunOutcome outcome(ModelSpec spec, long seed, List<Command> commands) {
        return RunOutcome.of(run(spec, seed, commands));
    }

    public static Command at(ModelSpec spec, String time, String action, String target) {
        return Command.action(spec.tickOf(time), action, target, null, "test");
    }
}
