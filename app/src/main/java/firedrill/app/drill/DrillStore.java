package firedrill.app.drill;

import firedrill.app.session.AtomicWrite;
import firedrill.engine.drill.DrillRecord;
import firedrill.engine.scenario.InvalidInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;

/**
 * Where drills are kept: {@code DATA/drills/autosave.json} is the drill under way (written atomically
 * by {@link AtomicWrite}: temp file, force, {@code ATOMIC_MOVE}, directory forced — a kill leaves the
 * old save or the new one). A drill that ends is archived as {@code drill-START.json} and the autosave
 * removed, so an autosave found at start-up is always an interrupted drill. After-action reports go
 * to {@code DATA/drills/reports/}.
 */
public final class DrillStore {
    static final String AUTOSAVE = "autosave.json";

    /** What start-up finds: an interrupted drill, or a save that could not be read (with why). */
    public record Interrupted(DrillRecord record, String problem) {}

    private final Path dir;

    public DrillStore(Path dataDir) {
        this.dir = dataDir.resolve("drills");
    }

    public Path dir() {
        return dir;
    }

    public Path autosaveFile() {
        return dir.resolve(AUTOSAVE);
    }

    public Path reportsDir() {
        return dir.resolve("reports");
    }

    /** Replaces the autosave atomically. */
    public void save(DrillRecord record) throws IOException {
        AtomicWrite.write(autosaveFile(), record.toBytes());
    }

    /** The interrupted drill, if the autosave is there; null when there is none. */
    public Interrupted interrupted() {
        Path f = autosaveFile();
        if (!Files.isRegularFile(f)) {
            return null;
        }
        try {
            DrillRecord r = DrillRecord.read(f);
            return r.running() ? new Interrupted(r, null) : null;
        } catch (InvalidInputException e) {
            return new Interrupted(null, e.problems().isEmpty() ? "the autosave could not be read"
                    : e.problems().get(0).toString());
        }
    }

    /** Archives an ended drill and removes the autosave; returns the archive file. */
    public Path archive(DrillRecord ended) throws IOException {
        Path target = dir.resolve("drill-" + stamp(ended.startedAt()) + ".json");
        // Two drills started in the same second keep a file each.
        for (int n = 2; Files.exists(target); n++) {
            target = dir.resolve("drill-" + stamp(ended.startedAt()) + "-" + n + ".json");
        }
        AtomicWrite.write(target, ended.withStatus(DrillRecord.ENDED).toBytes());
        Files.deleteIfExists(autosaveFile());
        return target;
    }

    /** Sets an interrupted drill aside (kept as {@code interrupted-….json}, never offered again). */
    public void discard() throws IOException {
        Path f = autosaveFile();
        if (Files.exists(f)) {
            Files.move(f, dir.resolve("interrupted-" + stamp(String.valueOf(System.currentTimeMillis())) + ".json"),
                    StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** A file-name-safe form of a time stamp. */
    static String stamp(String s) {
        if (s == null || s.isBlank()) {
            return "unknown";
        }
        return s.toLowerCase(Locale.ROOT).replaceAll("[^0-9a-z]+", "");
    }
}
