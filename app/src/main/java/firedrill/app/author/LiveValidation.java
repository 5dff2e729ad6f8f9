package firedrill.app.author;

import firedrill.engine.scenario.InvalidInputException;
import firedrill.engine.scenario.Problem;
import firedrill.engine.scenario.Scenario;
import firedrill.engine.scenario.ScenarioLoader;
import java.util.List;

/**
 * Validates the edited scenario exactly as {@code ./firedrill validate} would validate the file the
 * editor is about to write: the scenario is serialised in canonical form and parsed back strictly
 * (shape check, then {@code ScenarioValidator}), so a problem that only shows in the file shows here.
 */
public final class LiveValidation {
    private LiveValidation() {}

    public static List<Problem> validate(String name, Scenario s) {
        byte[] bytes;
        try {
            bytes = ScenarioFiles.bytes(s);
        } catch (RuntimeException e) {
            return List.of(new Problem(name, "$", "cannot be written as JSON (" + e.getMessage() + ")"));
        }
        try {
            ScenarioLoader.parse(name, bytes);
            return List.of();
        } catch (InvalidInputException e) {
            return e.problems();
        }
    }
}
