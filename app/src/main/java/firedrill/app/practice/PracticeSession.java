package firedrill.app.practice;

import firedrill.engine.model.ModelSpec;
import firedrill.engine.scenario.Scenario;

/** What the briefing hands to the console: the scenario, the mode, the seed and the clock settings. */
public record PracticeSession(Scenario scenario, ModelSpec spec, Difficulty difficulty, long seed,
                              Speed preAlertSpeed, boolean skipQuiet, Speed incidentSpeed) {

    public PracticeSession {
        if (difficulty.realtimeAfterAlert()) {
            incidentSpeed = Speed.X1;
        }
    }

    public SimulationRunner newRunner() {
        return new SimulationRunner(spec, seed, difficulty, preAlertSpeed, skipQuiet, incidentSpeed);
    }
}
