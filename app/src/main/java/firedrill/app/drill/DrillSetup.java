package firedrill.app.drill;

import firedrill.app.practice.Difficulty;
import firedrill.app.practice.Speed;
import firedrill.engine.drill.DrillRecord;
import firedrill.engine.model.ModelSpec;
import firedrill.engine.scenario.Scenario;
import java.util.List;
import java.util.Objects;

/**
 * How a facilitated drill is set up: the scenario, the seed, the difficulty (hints and the pause at the
 * first alert for Guided; 1× at the first alert for Pressure — the facilitator can always pause), whether
 * the team sees the clock speed, the roles and who plays them, and the clock speeds before and after
 * the first alert.
 */
public record DrillSetup(Scenario scenario, ModelSpec spec, long seed, Difficulty difficulty, boolean showSpeed,
                         List<String> roles, List<DrillRecord.Member> roster, Speed preAlertSpeed,
                         Speed incidentSpeed) {

    public DrillSetup {
        Objects.requireNonNull(scenario);
        Objects.requireNonNull(spec);
        Objects.requireNonNull(difficulty);
        roles = List.copyOf(roles);
        roster = List.copyOf(roster);
        preAlertSpeed = preAlertSpeed == null ? Speed.X60 : preAlertSpeed;
        incidentSpeed = difficulty == Difficulty.PRESSURE ? Speed.X1 : incidentSpeed == null ? Speed.X10 : incidentSpeed;
    }

    /** A drill with the standard roles and the default clock (60× until the first alert, then 10×). */
    public static DrillSetup of(Scenario scenario, ModelSpec spec, long seed, Difficulty difficulty,
                                List<DrillRecord.Member> roster) {
        return new DrillSetup(scenario, spec, seed, difficulty, true, DrillRecord.STANDARD_ROLES, roster, Speed.X60,
                Speed.X10);
    }

    /**
     * The runner's mode: the facilitator can always pause, so Pressure runs as Standard with the clock
     * forced to 1× at the first alert (see {@link #incidentSpeed()}).
     */
    public Difficulty runnerDifficulty() {
        return difficulty == Difficulty.PRESSURE ? Difficulty.STANDARD : difficulty;
    }
}
