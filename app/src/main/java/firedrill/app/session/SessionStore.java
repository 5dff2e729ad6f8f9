package firedrill.app.session;

import firedrill.engine.scenario.InvalidInputException;
import firedrill.engine.session.SessionRecord;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every run, saved: one {@code firedrill/session@1} file per attempt in
 * {@code DATA/sessions/SCENARIO/attempt-NNNNNN.json}, where DATA is the data directory
 * ({@link firedrill.app.fx.DataDir}). Files are written atomically ({@link AtomicWrite}), so a crash or
 * a kill never leaves a truncated session, and a new attempt's name is taken exclusively
 * ({@link AtomicWrite#createNew}), so two running instances never write the same attempt number.
 * Attempts are listed per scenario, oldest first, with the grade trend the history view shows. Files
 * that cannot be read are reported, never fatal; a folder that cannot be listed is an error, never
 * "no attempts".
 */
public final class SessionStore {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(SessionStore.class);
    static final String SESSIONS = "sessions";
    /** Attempt numbers tried past the highest one listed before giving up (other instances saving at once). */
    static final int MAX_CLAIMS = 1000;
    private static final Pattern ATTEMPT = Pattern.compile("attempt-(\\d{1,9})\\.json");

    /** A saved attempt: its number (1 = first), file, and the record read from it. */
    public record Attempt(int number, Path file, SessionRecord record) {
        /** The saved grade, or null when the attempt was saved without one. */
        public Integer grade() {
            return record.grade() == null ? null : record.grade().value();
        }

        public String label() {
            return record.grade() == null ? null : record.grade().label();
        }

        /** Impact minutes from the grade or, failing that, from the outcome summary; NaN when neither has it. */
        public double impactMinutes() {
            if (record.grade() != null && record.grade().impactMinutes() != null) {
                return record.grade().impactMinutes();
            }
            Object score = record.outcome() == null ? null : record.outcome().get("score");
            if (score instanceof java.util.Map<?, ?> m && m.get("impactMinutes") instanceof Number n) {
                return n.doubleValue();
            }
            return Double.NaN;
        }
    }

    /** A file in the store that is not a readable session, and why. */
    public record Unreadable(Path file, String problem) {}

    /** A scenario's attempts, oldest first, and the files that could not be read. */
    public record History(String scenarioId, List<Attempt> attempts, List<Unreadable> unreadable) {
        /** The grade trend over the graded attempts. */
        public Trend trend() {
            List<Integer> grades = new ArrayList<>();
            for (Attempt a : attempts) {
                if (a.grade() != null) {
                    grades.add(a.grade());
                }
            }
            return Trend.of(grades);
        }
    }

    /**
     * Grades in attempt order; best and latest; change = latest − the one before; direction
     * "improving", "declining", "steady", "first attempt" or "no graded attempts".
     */
    public record Trend(List<Integer> grades, Integer best, Integer latest, Integer change, String direction) {
        static Trend of(List<Integer> grades) {
            if (grades.isEmpty()) {
                return new Trend(List.of(), null, null, null, "no graded attempts");
            }
            int latest = grades.get(grades.size() - 1);
            int best = grades.stream().mapToInt(Integer::intValue).max().orElse(latest);
            if (grades.size() == 1) {
                return new Trend(List.copyOf(grades), best, latest, null, "first attempt");
            }
            int change = latest - grades.get(grades.size() - 2);
            String direction = change > 0 ? "improving" : change < 0 ? "declining" : "steady";
            return new Trend(List.copyOf(grades), best, latest, change, direction);
        }
    }

    private final Path root;

    /** A store whose sessions live under {@code dataDir/sessions}. */
    public SessionStore(Path dataDir) {
        this.root = dataDir.resolve(SESSIONS);
    }

    /** {@code DATA/sessions}. */
    public Path root() {
        return root;
    }

    /** The directory of one scenario's attempts; the id is reduced to safe file-name characters. */
    public Path directory(String scenarioId) {
        return root.resolve(safeName(scenarioId));
    }

    static String safeName(String id) {
        String s = id == null ? "" : id.replaceAll("[^A-Za-z0-9._-]", "_");
        if (s.isEmpty() || s.chars().allMatch(c -> c == '.')) {
            s = "_" + s;
        }
        return s.length() > 100 ? s.substring(0, 100) : s;
    }

    /**
     * Saves a new attempt, numbered after the last one, and returns its file. The number is claimed
     * exclusively: when another instance took it meanwhile, the next one is tried.
     */
    public synchronized Path save(SessionRecord record) throws IOException {
        Path dir = directory(record.scenario());
        Files.createDirectories(dir);
        removeStaleTemps(dir);
        int next = 1;
        for (Path p : attemptFiles(dir)) {
            next = Math.max(next, number(p) + 1);
        }
        byte[] bytes = record.toBytes();
        for (int i = 0; i < MAX_CLAIMS; i++, next++) {
            Path file = dir.resolve(String.format("attempt-%06d.json", next));
            try {
                AtomicWrite.createNew(file, bytes);
                return file;
            } catch (FileAlreadyExistsException e) {
                LOG.debug("Attempt {} was taken meanwhile (another instance saving); trying the next", file);
            }
        }
        throw new IOException("cannot claim a free attempt number in " + dir + " after " + MAX_CLAIMS + " tries");
    }

    /** Rewrites a session file in place, atomically (autosave of a running drill). */
    public void save(Path file, SessionRecord record) throws IOException {
        AtomicWrite.write(file, record.toBytes());
    }

    /** A scenario's attempts, oldest first; a folder that cannot be listed is reported as unreadable. */
    public History history(String scenarioId) {
        Path dir = directory(scenarioId);
        List<Attempt> attempts = new ArrayList<>();
        List<Unreadable> unreadable = new ArrayList<>();
        if (Files.isDirectory(dir)) {
            List<Path> files;
            try {
                files = attemptFiles(dir);
            } catch (IOException e) {
                LOG.warn("Cannot list the attempts in {}", dir, e);
                unreadable.add(new Unreadable(dir, "cannot list the saved attempts (" + e.getMessage() + ")"));
                files = List.of();
            }
            for (Path p : files) {
                try {
                    SessionRecord r = SessionRecord.read(p);
                    if (scenarioId.equals(r.scenario())) {
                        attempts.add(new Attempt(number(p), p, r));
                    } else {
                        unreadable.add(new Unreadable(p, "belongs to scenario \"" + r.scenario() + "\""));
                    }
                } catch (InvalidInputException e) {
                    unreadable.add(new Unreadable(p, e.getMessage()));
                }
            }
        }
        return new History(scenarioId, List.copyOf(attempts), List.copyOf(unreadable));
    }

    public List<Attempt> attempts(String scenarioId) {
        return history(scenarioId).attempts();
    }

    public Trend trend(String scenarioId) {
        return history(scenarioId).trend();
    }

    /**
     * Directory names of scenarios with saved sessions, sorted; empty when nothing was saved yet.
     *
     * @throws IOException when the sessions folder exists but cannot be listed (never read as "no attempts")
     */
    public List<String> scenarios() throws IOException {
        List<String> out = new ArrayList<>();
        if (!Files.exists(root)) {
            return out;
        }
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(root, Files::isDirectory)) {
            for (Path p : ds) {
                out.add(p.getFileName().toString());
            }
        } catch (IOException e) {
            throw new IOException("cannot list the saved sessions in " + root + " (" + e.getMessage() + ")", e);
        }
        out.sort(Comparator.naturalOrder());
        return out;
    }

    /** Temp files a killed writer left behind, once no writer can still be using them (an hour later). */
    static void removeStaleTemps(Path dir) {
        java.time.Instant cutoff = java.time.Instant.now().minus(java.time.Duration.ofHours(1));
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, ".*" + AtomicWrite.TEMP_SUFFIX)) {
            for (Path p : ds) {
                if (Files.getLastModifiedTime(p).toInstant().isBefore(cutoff)) {
                    Files.deleteIfExists(p);
                }
            }
        } catch (IOException e) {
            // Best effort: a leftover temp file is never read as a session.
            LOG.warn("Cannot remove stale temp files in {}", dir, e);
        }
    }

    /** attempt-N.json files (never temp files), by number. */
    private static List<Path> attemptFiles(Path dir) throws IOException {
        List<Path> out = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
            for (Path p : ds) {
                if (ATTEMPT.matcher(p.getFileName().toString()).matches() && Files.isRegularFile(p)) {
                    out.add(p);
                }
            }
        }
        out.sort(Comparator.comparingInt(SessionStore::number));
        return out;
    }

    private static int number(Path p) {
        Matcher m = ATTEMPT.matcher(p.getFileName().toString());
        return m.matches() ? Integer.parseInt(m.group(1)) : 0;
    }
}
