package firedrill.engine.scenario;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Loads scenarios: shipped ones by id from the class path ({@code scenarios/ID.json}), others by
 * path. Loading = strict parsing ({@link StrictJson}) + semantic validation ({@link ScenarioValidator});
 * a scenario that comes back is safe to simulate.
 */
public final class ScenarioLoader {
    private static final String INDEX = "/scenarios/index.txt";

    private ScenarioLoader() {}

    /** An id of a shipped scenario, or a path to a file. */
    public static Scenario load(String idOrPath) throws InvalidInputException {
        if (idOrPath == null || idOrPath.isBlank()) {
            throw new InvalidInputException(new Problem("<none>", "$", "expected a scenario id or a path to a .json file, got none"));
        }
        if (idOrPath.endsWith(".json") || idOrPath.contains("/") || idOrPath.contains("\\")) {
            return load(Path.of(idOrPath));
        }
        return loadShipped(idOrPath);
    }

    public static Scenario load(Path file) throws InvalidInputException {
        Scenario s = StrictJson.read(file, Scenario.class, Scenario.FORMAT);
        validate(file.toString(), s);
        return s;
    }

    public static Scenario parse(String name, byte[] json) throws InvalidInputException {
        Scenario s = StrictJson.read(name, json, Scenario.class, Scenario.FORMAT);
        validate(name, s);
        return s;
    }

    public static Scenario loadShipped(String id) throws InvalidInputException {
        if (!shippedIds().contains(id)) {
            throw new InvalidInputException(new Problem(id, "$",
                    "no shipped scenario with this id; expected one of " + shippedIds() + " or a path to a .json file"));
        }
        String resource = "/scenarios/" + id + ".json";
        InputStream in = ScenarioLoader.class.getResourceAsStream(resource);
        if (in == null) {
            throw new InvalidInputException(new Problem(id, "$", "expected the shipped scenario resource " + resource
                    + "; it is missing from the class path"));
        }
        Scenario s = StrictJson.read("scenarios/" + id + ".json", in, Scenario.class, Scenario.FORMAT);
        validate("scenarios/" + id + ".json", s);
        return s;
    }

    /** Ids of the scenarios shipped with the app, in library order. */
    public static List<String> shippedIds() {
        List<String> ids = new ArrayList<>();
        try (InputStream in = ScenarioLoader.class.getResourceAsStream(INDEX)) {
            if (in == null) {
                return ids;
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String id = line.trim();
                if (!id.isEmpty() && !id.startsWith("#")) {
                    ids.add(id);
                }
            }
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot read the shipped scenario index", e);
        }
        return ids;
    }

    private static void validate(String file, Scenario s) throws InvalidInputException {
        List<Problem> problems = ScenarioValidator.validate(file, s);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
