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
    /** A loaded user scenario and its file. */
    public record Entry(Path file, Scenario scenario) {}

    private UserScenarios() {}

    public static List<Entry> list(List<String> problems) {
        return list(ScenarioFiles.userDir(), problems);
    }

    static List<Entry> list(Path dir, List<String> problems) {
        List<Entry> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "*.json")) {
            ds.forEach(files::add);
        } catch (IOException e) {
            problems.add(dir + ": cannot list the folder (" + e.getMessage() + ")");
            return out;
        }
        files.sort(null);
        Set<String> taken = new HashSet<>(ScenarioFiles.shippedIds());
        for (Path f : files) {
            if (f.getFileName().toString().startsWith(".")) {
                continue;
            }
            try {
                Scenario s = ScenarioLoader.load(f);
                if (!taken.add(s.id())) {
                    problems.add(f + ": the id \"" + s.id() + "\" is already in the library; give this scenario its own meta.id");
                    continue;
                }
                out.add(new Entry(f, s));
            } catch (InvalidInputException e) {
                problems.add(e.problems().isEmpty() ? f + ": cannot be loaded" : e.problems().get(0)
                        + (e.problems().size() > 1 ? " (and " + (e.problems().size() - 1) + " more; open it in the editor)" : ""));
            } catch (RuntimeException e) {
                problems.add(f + ": cannot be loaded (" + e.getMessage() + ")");
            }
        }
        return out;
    }

    /** The scenarios only, in file-name order (the library's hook). */
    public static List<Scenario> load(List<String> problems) {
        return list(problems).stream().map(Entry::scenario).toList();
    }

    /** The file of the user scenario with this id, or null. */
    public static Path fileOf(String id) {
        for (Entry e : list(new ArrayList<>())) {
            if (e.scenario().id().equals(id)) {
                return e.file();
            }
        }
        return null;
    }
}
