package firedrill.engine.sim;

import firedrill.engine.command.Command;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import firedrill.engine.model.ModelSpec;
import java.util.List;

/**
 * The recorder's output: everything that determines a run — which scenario (id and content hash),
 * the seed, the command log, and how far it ran. Replaying it reproduces the run bit for bit;
 * saving it is saving the session.
 */
@JsonPropertyOrder({"scenario", "scenarioHash", "seed", "ticks", "commands"})
public record RunRecord(String scenario, String scenarioHash, long seed, int ticks, List<Command> commands) {

    public RunRecord {
        commands = commands == null ? List.of() : List.copyOf(commands);
    }

    /** Records a simulation as it stands: applied commands only (pending ones have not happened). */
    public static RunRecord of(Simulation sim) {
        return new RunRecord(sim.spec().scenario().id(), sim.spec().hash(), sim.seed(), sim.tick(), sim.log());
    }

    /** True when the record was made with exactly this scenario content. */
    public boolean matches(ModelSpec spec) {
        return spec.hash().equals(scenarioHash);
    }

    /**
     * Replays the record on {@code spec} up to the recorded tick.
     *
     * @throws IllegalArgumentException when the scenario content differs from the recorded one
     */
    public Simulation replay(ModelSpec spec) {
        if (!matches(spec)) {
            throw new IllegalArgumentException("the record was made with a different version of scenario \""
                    + scenario + "\" (content hash " + abbreviate(scenarioHash) + ", this one is "
                    + abbreviate(spec.hash()) + "); replaying it would not reproduce the run");
        }
        return Playbooks.run(spec, seed, commands, ticks);
    }

    private static String abbreviate(String hash) {
        return hash == null ? "none" : hash.substring(0, Math.min(12, hash.length()));
    }
}
