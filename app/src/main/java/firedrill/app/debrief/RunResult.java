package firedrill.app.debrief;

import firedrill.engine.model.ModelSpec;
import firedrill.engine.score.RunOutcome;
import firedrill.engine.score.Score;
import firedrill.engine.command.Command;
import firedrill.engine.sim.History;
import java.util.List;

/**
 * A finished exercise, scored. The run is projected from where the trainee stopped to the scenario's
 * horizon with no further actions (so ending early cannot flatter a score, and the numbers match
 * {@code firedrill simulate} for the same seed and command log). {@code reference} (the real
 * responders' reconstructed playbook) and {@code baseline} (nobody acts) are the same scenario and
 * seed, for comparison; {@code reference} is null when the scenario has no reference playbook.
 * {@code savedFile} is the session file the run was saved in when it ended, before scoring (null when
 * it was not saved then; the debrief saves it).
 */
public record RunResult(
        ModelSpec spec,
        long seed,
        String mode,
        int endTick,
        String endReason,
        List<Command> commandLog,
        RunOutcome outcome,
        Score score,
        List<History.Minute> history,
        RunOutcome reference,
        Score referenceScore,
        RunOutcome baseline,
        java.nio.file.Path savedFile) {

    public String scenarioId() {
        return spec.scenario().id();
    }

    public String title() {
        return spec.scenario().meta().title();
    }

    /** Local time of a tick, or "never" for -1. */
    public String time(int tick) {
        return tick < 0 ? "never" : spec.timeOf(tick);
    }

    /** Full recovery of a service in this run, as shown on the results screen. */
    public String fullRecovery(String serviceId) {
        return outcome.service(serviceId) == null ? "never" : time(outcome.service(serviceId).fullRecovery());
    }
}
