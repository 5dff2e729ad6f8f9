package firedrill.app.cli;

import firedrill.engine.scenario.InvalidInputException;
import firedrill.engine.scenario.Scenario;
import firedrill.engine.scenario.ScenarioLoader;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Scenarios for commands that read records of many scenarios: the ones given ({@code --scenario},
 * by id or file) first, then the shipped ones and the user's own by id (as the app finds them).
 */
final class Scenarios {
    private Scenarios() {}

    static Function<String, Optional<Scenario>> resolver(List<String> given) throws InvalidInputException {
        Map<String, Scenario> byId = new HashMap<>();
        for (String g : given) {
            Scenario s = ScenarioLoader.load(g);
            byId.put(s.id(), s);
        }
        return id -> {
            if (byId.containsKey(id)) {
                return Optional.of(byId.get(id));
            }
            try {
                return Optional.of(ScenarioLoader.loadShipped(id));
            } catch (InvalidInputException | RuntimeException e) {
                java.nio.file.Path f = firedrill.app.author.UserScenarios.fileOf(id);
                try {
                    return f == null ? Optional.empty() : Optional.of(ScenarioLoader.load(f));
                } catch (InvalidInputException | RuntimeException e2) {
                    return Optional.empty();
                }
            }
        };
    }
}
