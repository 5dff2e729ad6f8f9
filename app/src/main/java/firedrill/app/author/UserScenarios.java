package firedrill.app.author;

import firedrill.engine.scenario.InvalidInputException;
import firedrill.engine.scenario.Scenario;
import firedrill.engine.scenario.ScenarioLoader;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The user's own scenarios, {@code DataDir/scenarios/*.json}, for the library. Each is loaded like
 * any scenario file (strict parse + validation), so a user scenario plays exactly like a shipped one.
 * Files that do not load, and ids already taken by a shipped scenario or an earlier file, are left
 * out with a one-line reason.
 */
public final class UserScenarios {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(UserScenarios.class);
    /** A loaded user scenario and its file. */
    public record Entry(Path file, Scenario scenario) {}

    private UserScenarios() {}

    public static List<Entry> list(List<String> problems) {
        return list(ScenarioFiles.userDir(), problems);
    }

    static List<Entry> list(Path dir, List<String> problems) {
        List<Entry> out = new ArrayList<>();
        Set<String> taken = new HashSet<>(ScenarioFiles.shippedIds());
        for (Path f : files(dir, problems)) {
            try {
                Scenario s = ScenarioLoader.load(f);
                if (!taken.add(s.id())) {
                    problems.add(duplicate(f, s.id()));
                    continue;
                }
                out.add(new Entry(f, s));
            } catch (InvalidInputException e) {
                problems.add(describe(f, e));
            } catch (RuntimeException e) {
                problems.add(describe(f, e));
            }
        }
        return out;
    }

    /** The folder's scenario files ({@code *.json}, not hidden), sorted by name; none when it does not exist. */
    public static List<Path> files(Path dir, List<String> problems) {
        List<Path> files = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return files;
        }
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "*.json")) {
            for (Path f : ds) {
                if (!f.getFileName().toString().startsWith(".")) {
                    files.add(f);
                }
            }
        } catch (IOException e) {
            problems.add(dir + ": cannot list the folder (" + e.getMessage() + ")");
            return List.of();
        }
        files.sort(null);
        return files;
    }

    /** The one-line reason a file is left out of the library. */
    public static String describe(Path f, InvalidInputException e) {
        return e.problems().isEmpty() ? f + ": cannot be loaded" : e.problems().get(0)
                + (e.problems().size() > 1 ? " (and " + (e.problems().size() - 1) + " more; open it in the editor)" : "");
    }

    public static String describe(Path f, RuntimeException e) {
        return f + ": cannot be loaded (" + e.getMessage() + ")";
    }

    /** Why a file whose id is taken (by a shipped scenario or an earlier file) is left out. */
    public static String duplicate(Path f, String id) {
        return f + ": the id \"" + id + "\" is already in the library; give this scenario its own meta.id";
    }

    /** The scenarios only, in file-name order (the library's hook). */
    public static List<Scenario> load(List<String> problems) {
        return list(problems).stream().map(Entry::scenario).toList();
    }

    /**
     * The user scenario with this id, or null when no file in the folder claims it. A file that claims
     * it (its {@code meta.id}, or its name {@code ID.json}) but does not load is reported, not taken
     * for a missing scenario.
     *
     * @throws IllegalArgumentException naming the file and its first problem
     */
    public static Scenario find(String id) {
        return find(ScenarioFiles.userDir(), id);
    }

    static Scenario find(Path dir, String id) {
        List<String> problems = new ArrayList<>();
        for (Entry e : list(dir, problems)) {
            if (e.scenario().id().equals(id)) {
                return e.scenario();
            }
        }
        if (!Files.isDirectory(dir)) {
            return null;
        }
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "*.json")) {
            ds.forEach(files::add);
        } catch (IOException e) {
            throw new IllegalArgumentException("the scenario folder " + dir + " cannot be listed (" + e.getMessage() + ")", e);
        }
        files.sort(null);
        for (Path f : files) {
            if (f.getFileName().toString().equals(id + ".json") || id.equals(claimedId(f))) {
                try {
                    ScenarioLoader.load(f);
                } catch (InvalidInputException e) {
                    throw new IllegalArgumentException("the scenario file " + f + " is damaged: "
                            + (e.problems().isEmpty() ? "it cannot be loaded" : e.problems().get(0).path() + ": "
                            + e.problems().get(0).message() + (e.problems().size() > 1
                            ? " (and " + (e.problems().size() - 1) + " more; open it in the editor)" : "")), e);
                }
            }
        }
        return null;
    }

    /** The meta.id a file claims, read leniently, or null when it is not even JSON. */
    private static String claimedId(Path f) {
        try {
            if (Files.size(f) > firedrill.engine.scenario.StrictJson.MAX_BYTES) {
                return null;
            }
            com.fasterxml.jackson.databind.JsonNode id = firedrill.engine.scenario.StrictJson.mapper()
                    .readTree(f.toFile()).path("meta").path("id");
            return id.isTextual() ? id.asText() : null;
        } catch (IOException | RuntimeException e) {
            LOG.debug("{} is not readable JSON ({}); matching it by file name only", f, e.toString());
            return null;
        }
    }

    /**
     * The file of the user scenario with this id, or null. The editor saves a scenario as {@code ID.json},
     * so that file is tried first; only when it is not there (or holds another id) is the folder read.
     * Reads files: call it off the FX thread.
     */
    public static Path fileOf(String id) {
        Path named = ScenarioFiles.userDir().resolve(id + ".json");
        if (Files.isRegularFile(named)) {
            try {
                if (id.equals(ScenarioLoader.load(named).id())) {
                    return named;
                }
            } catch (InvalidInputException | RuntimeException e) {
                LOG.debug("{} does not load under its own name ({}); the listing decides", named, e.toString());
            }
        }
        for (Entry e : list(new ArrayList<>())) {
            if (e.scenario().id().equals(id)) {
                return e.file();
            }
        }
        return null;
    }
}
