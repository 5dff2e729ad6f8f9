package firedrill.app.author;

import firedrill.app.fx.DataDir;
import firedrill.app.session.AtomicWrite;
import firedrill.engine.scenario.InvalidInputException;
import firedrill.engine.scenario.Scenario;
import firedrill.engine.scenario.ScenarioLoader;
import firedrill.engine.scenario.StrictJson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/**
 * Where scenarios come from and go to: the shipped ones (read-only), the template, and files.
 * Saving writes the canonical form ({@link StrictJson#write}) atomically — temp file, fsync,
 * {@code ATOMIC_MOVE} ({@link AtomicWrite}) — after copying the previous version to {@code NAME.bak}.
 */
public final class ScenarioFiles {
    public static final String TEMPLATE = "/templates/new-scenario.json";
    public static final String BACKUP_SUFFIX = ".bak";

    private ScenarioFiles() {}

    /** The user's scenario folder: {@code DataDir/scenarios}. */
    public static Path userDir() {
        return DataDir.resolve().resolve("scenarios");
    }

    /** The canonical bytes of a scenario: fixed key order, two-space indent, final newline. */
    public static byte[] bytes(Scenario s) {
        return StrictJson.write(s).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Writes {@code s} to {@code target} atomically; an existing file is first copied to
     * {@code target.bak} (atomically too), so the previous version survives a bad save.
     */
    public static void save(Path target, Scenario s) throws IOException {
        byte[] bytes = bytes(s);
        if (Files.isRegularFile(target)) {
            AtomicWrite.write(backupOf(target), Files.readAllBytes(target));
        }
        AtomicWrite.write(target, bytes);
    }

    public static Path backupOf(Path file) {
        return file.resolveSibling(file.getFileName() + BACKUP_SUFFIX);
    }

    /** The template every new scenario starts from (valid and solvable; a test keeps it so). */
    public static Scenario template() {
        try (InputStream in = ScenarioFiles.class.getResourceAsStream(TEMPLATE)) {
            if (in == null) {
                throw new IllegalStateException("the scenario template " + TEMPLATE + " is missing from the class path");
            }
            return ScenarioLoader.parse("template", in.readAllBytes());
        } catch (IOException | InvalidInputException e) {
            throw new IllegalStateException("cannot read the scenario template: " + e.getMessage(), e);
        }
    }

    /**
     * Whether a file is one of the shipped scenarios: it sits in the source tree's {@code scenarios/}
     * folder (next to its {@code index.txt}) under a shipped id. Such files are never overwritten.
     */
    public static boolean isShipped(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        String name = abs.getFileName().toString();
        if (!name.endsWith(".json")) {
            return false;
        }
        String id = name.substring(0, name.length() - ".json".length());
        Path dir = abs.getParent();
        return dir != null && Files.isRegularFile(dir.resolve("index.txt")) && shippedIds().contains(id);
    }

    public static Set<String> shippedIds() {
        return Set.copyOf(ScenarioLoader.shippedIds());
    }

    /** A fresh id for a copy: {@code ID-copy}, {@code ID-copy-2}, … not shipped and not taken by a user file. */
    public static String copyId(String id) {
        String base = (id == null || id.isBlank() ? "scenario" : id) + "-copy";
        Set<String> shipped = shippedIds();
        String candidate = base;
        for (int n = 2; shipped.contains(candidate) || Files.exists(userDir().resolve(candidate + ".json")); n++) {
            candidate = base + "-" + n;
        }
        return candidate.length() > 64 ? candidate.substring(candidate.length() - 64) : candidate;
    }
}
