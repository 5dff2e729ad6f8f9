package firedrill.engine.sim;

import firedrill.engine.command.Command;
import firedrill.engine.model.ModelSpec;
import firedrill.engine.scenario.InvalidInputException;
import firedrill.engine.scenario.Playbook;
import firedrill.engine.scenario.PlaybookValidator;
import firedrill.engine.scenario.Problem;
import firedrill.engine.scenario.Scenario;
import firedrill.engine.scenario.StrictJson;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Playbooks as command logs: the reference playbook, or a {@code firedrill/playbook@1} file. */
public final class Playbooks {
    public static final String REFERENCE = "reference";

    private Playbooks() {}

    /** Loads and validates a playbook file for a scenario. */
    public static Playbook load(Path file, Scenario scenario) throws InvalidInputException {
        Playbook pb = StrictJson.read(file, Playbook.class, Playbook.FORMAT);
        List<Problem> problems = PlaybookValidator.validate(file.toString(), pb, scenario);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return pb;
    }

    /** "reference" for the scenario's own, or a path. */
    public static Playbook resolve(String idOrPath, Scenario scenario) throws InvalidInputException {
        if (idOrPath == null) {
            return new Playbook(Playbook.FORMAT, scenario.id(), "nobody acts", List.of());
        }
        if (REFERENCE.equals(idOrPath)) {
            return scenario.referencePlaybook() == null
                    ? new Playbook(Playbook.FORMAT, scenario.id(), null, List.of()) : scenario.referencePlaybook();
        }
        return load(Path.of(idOrPath), scenario);
    }

    /** The playbook's steps as commands, by "playbook" unless a step says otherwise. */
    public static List<Command> commands(Playbook pb, ModelSpec spec, String by) {
        List<Command> out = new ArrayList<>();
        for (Playbook.Step step : pb.actions()) {
            out.add(Command.action(spec.tickOf(step.at()), step.action(), step.target(), step.params(), step.mode(),
                    step.responders(), by, step.text()));
        }
        return out;
    }

    /** Runs a scenario to its horizon (or {@code untilTick}) with these commands. */
    public static Simulation run(ModelSpec spec, long seed, List<Command> commands, int untilTick) {
        Simulation sim = Simulation.start(spec, seed);
        for (Command c : commands) {
            sim.submit(c);
        }
        sim.runUntil(untilTick);
        return sim;
    }
}
