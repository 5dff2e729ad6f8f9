package firedrill.app.home;

import firedrill.app.author.UserScenarios;
import firedrill.app.fx.TaskExecutor;
import firedrill.engine.scenario.InvalidInputException;
import firedrill.engine.scenario.Meta;
import firedrill.engine.scenario.Scenario;
import firedrill.engine.scenario.ScenarioLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The scenario library as the home screen lists it: a summary per shipped and user scenario, never the
 * parsed scenarios themselves (200 user scenarios would hold ~100 MB). Every file is still loaded
 * strictly once, so a broken one is reported exactly as before; afterwards only files whose size or
 * modification time changed are read again, so coming back to the home screen costs a folder listing.
 * The full scenario is loaded again when it is played or edited ({@link Entry#load()}). Reads files:
 * call {@link #list} off the FX thread. Thread-safe.
 */
public final class Library {
    /** What a card shows, and where the scenario comes from: a shipped id ({@code file} null) or a user file. */
    public record Entry(String id, Path file, String title, String date, String difficulty, Integer estimatedMinutes,
                        String summary, List<String> objectives) {
        public boolean shipped() {
            return file == null;
        }

        /** The full scenario (strict load, as the library's first read). Reads a file: not on the FX thread. */
        public Scenario load() throws InvalidInputException {
            return file == null ? ScenarioLoader.loadShipped(id) : ScenarioLoader.load(file);
        }

        static Entry of(Scenario s, Path file) {
            Meta m = s.meta();
            return new Entry(s.id(), file, m.title(), m.date(), m.difficulty(), m.estimatedMinutes(), m.summary(),
                    m.learningObjectives() == null ? List.of() : List.copyOf(m.learningObjectives()));
        }
    }

    /** The library at one moment: entries in order (shipped first, then user files by name) and what was left out. */
    public record Listing(List<Entry> entries, List<String> problems) {}

    /** A user file as last read: its size and time, and its entry or why it did not load. */
    private record Read(long size, long modified, Entry entry, String problem) {}

    private final Path userDir;
    private final Map<Path, Read> reads = new HashMap<>();
    private Listing shipped;

    /** @param userDir the user's scenario folder ({@code DataDir/scenarios}) */
    public Library(Path userDir) {
        this.userDir = userDir;
    }

    /** Lists the library, reading only what changed since the last call; progress counts files. */
    public synchronized Listing list(TaskExecutor.Progress progress) {
        List<String> problems = new ArrayList<>();
        List<Path> files = UserScenarios.files(userDir, problems);
        long total = ScenarioLoader.shippedIds().size() + files.size();
        if (shipped == null) {
            shipped = shipped();
        }
        List<Entry> entries = new ArrayList<>(shipped.entries());
        problems.addAll(0, shipped.problems());
        long done = ScenarioLoader.shippedIds().size();
        progress.update(done, total);
        Set<String> taken = new HashSet<>(ScenarioLoader.shippedIds());
        Map<Path, Read> seen = new HashMap<>();
        for (Path f : files) {
            if (progress.isCancelled()) {
                break;
            }
            Read r = read(f);
            seen.put(f, r);
            if (r.entry() == null) {
                problems.add(r.problem());
            } else if (!taken.add(r.entry().id())) {
                problems.add(UserScenarios.duplicate(f, r.entry().id()));
            } else {
                entries.add(r.entry());
            }
            progress.update(++done, total);
        }
        if (!progress.isCancelled()) {
            reads.keySet().retainAll(seen.keySet()); // forget deleted files
        }
        return new Listing(List.copyOf(entries), List.copyOf(problems));
    }

    private static Listing shipped() {
        List<Entry> out = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (String id : ScenarioLoader.shippedIds()) {
            try {
                out.add(Entry.of(ScenarioLoader.loadShipped(id), null));
            } catch (InvalidInputException | RuntimeException e) {
                problems.add(id + ": " + e.getMessage());
            }
        }
        return new Listing(List.copyOf(out), List.copyOf(problems));
    }

    private Read read(Path f) {
        long size;
        long modified;
        try {
            BasicFileAttributes a = Files.readAttributes(f, BasicFileAttributes.class);
            size = a.size();
            modified = a.lastModifiedTime().toMillis();
        } catch (IOException e) {
            return new Read(-1, -1, null, f + ": cannot be read (" + e.getMessage() + ")");
        }
        Read cached = reads.get(f);
        if (cached != null && cached.size() == size && cached.modified() == modified) {
            return cached;
        }
        Read r;
        try {
            r = new Read(size, modified, Entry.of(ScenarioLoader.load(f), f), null);
        } catch (InvalidInputException e) {
            r = new Read(size, modified, null, UserScenarios.describe(f, e));
        } catch (RuntimeException e) {
            r = new Read(size, modified, null, UserScenarios.describe(f, e));
        }
        reads.put(f, r);
        return r;
    }

    public Path userDir() {
        return userDir;
    }
}
