package firedrill.app.author;

import firedrill.engine.scenario.Scenario;
import java.nio.file.Path;

/** Test access to {@link UserScenarios#find(Path, String)} with a folder of the test's own. */
public final class UserScenariosAccess {
    private UserScenariosAccess() {}

    public static Scenario find(Path dir, String id) {
        return UserScenarios.find(dir, id);
    }
}
