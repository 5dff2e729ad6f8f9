package firedrill.engine.cohort;

import firedrill.engine.scenario.InvalidInputException;
import firedrill.engine.scenario.Problem;
import firedrill.engine.session.SessionRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finds a cohort's attempts in a folder (untrusted input: size-limited, strict, every refusal a
 * problem naming the file and JSON path, the rest still read). A {@code .json} file directly in the
 * folder is either one trainee's export ({@link TraineeExport}) or a session whose trainee is the
 * file's name; a sub-folder is a trainee (its name), holding that trainee's session files (one level
 * deeper at most, e.g. a copied {@code sessions/} folder). Links are not followed.
 */
public final class CohortSources {
    public static final int MAX_FILES = 20_000;

    private CohortSources() {}

    /** What was read: the sessions with their trainees, and what was refused. */
    public record Found(List<Cohort.Source> sources, List<Problem> problems) {}

    public static Found read(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IOException(dir + ": expected a folder of session files or trainee exports");
        }
        List<Cohort.Source> sources = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        int[] files = {0};
        for (Path p : list(dir)) {
            if (Files.isDirectory(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                String trainee = p.getFileName().toString();
                for (Path q : list(p)) {
                    if (Files.isDirectory(q, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                        for (Path r : list(q)) {
                            session(trainee, r, sources, problems, files);
                        }
                    } else {
                        session(trainee, q, sources, problems, files);
                    }
                }
            } else if (json(p) && count(files, p, problems)) {
                try {
                    if (isExport(p)) {
                        TraineeExport t = TraineeExport.read(p);
                        for (int i = 0; i < t.sessions().size(); i++) {
                            sources.add(new Cohort.Source(t.trainee(), p + " $.sessions[" + i + "]", t.sessions().get(i)));
                        }
                    } else {
                        String name = p.getFileName().toString();
                        sources.add(new Cohort.Source(name.substring(0, name.length() - 5), p.toString(), SessionRecord.read(p)));
                    }
                } catch (InvalidInputException e) {
                    problems.addAll(e.problems());
                }
            }
        }
        return new Found(sources, problems);
    }

    private static void session(String trainee, Path p, List<Cohort.Source> out, List<Problem> problems, int[] files) {
        if (!json(p) || !count(files, p, problems)) {
            return;
        }
        try {
            out.add(new Cohort.Source(trainee, p.toString(), SessionRecord.read(p)));
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
        }
    }

    private static boolean count(int[] files, Path p, List<Problem> problems) {
        if (++files[0] > MAX_FILES) {
            if (files[0] == MAX_FILES + 1) {
                problems.add(new Problem(p.toString(), "$", "more than " + MAX_FILES + " files; the rest were not read"));
            }
            return false;
        }
        return Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS);
    }

    private static boolean json(Path p) {
        return p.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".json");
    }

    /** An export names its format in the first bytes; a session file names {@code session@1}. */
    private static boolean isExport(Path p) throws InvalidInputException {
        try (var in = Files.newInputStream(p)) {
            String head = new String(in.readNBytes(512), java.nio.charset.StandardCharsets.UTF_8);
            return head.contains("firedrill/attempts@");
        } catch (IOException e) {
            throw new InvalidInputException(new Problem(p.toString(), "$", "cannot read it (" + e.getMessage() + ")"));
        }
    }

    private static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }
}
