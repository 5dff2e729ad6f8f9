package firedrill.engine.session;

import firedrill.engine.scenario.InvalidInputException;
import firedrill.engine.scenario.Problem;
import firedrill.engine.scenario.StrictJson;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BiFunction;
import java.util.regex.Pattern;

/**
 * Shared reading and checking of run records (sessions, drills): strict, size-limited parsing, then
 * the record's own validation, with the checks every record header needs (format, scenario, hash, seed).
 */
public final class RecordFiles {
    public static final int MAX_NAME = 200;
    private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");

    private RecordFiles() {}

    /** Reads and checks a record file. */
    public static <T> T read(Path file, Class<T> type, BiFunction<String, T, List<Problem>> validator)
            throws InvalidInputException {
        return check(file.toString(), StrictJson.read(file, type), validator);
    }

    /** Reads and checks record JSON bytes. */
    public static <T> T parse(String name, byte[] json, Class<T> type, BiFunction<String, T, List<Problem>> validator)
            throws InvalidInputException {
        return check(name, StrictJson.read(name, json, type), validator);
    }

    private static <T> T check(String file, T record, BiFunction<String, T, List<Problem>> validator)
            throws InvalidInputException {
        List<Problem> problems = validator.apply(file, record);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return record;
    }

    /** The header every record starts with: its format, the scenario id and content hash, the seed. */
    public static void header(List<Problem> p, String file, String expectedFormat, String format, String scenario,
                              String scenarioHash, Long seed) {
        if (!expectedFormat.equals(format)) {
            p.add(new Problem(file, "$.format", "expected \"" + expectedFormat + "\", got "
                    + (format == null ? "nothing" : "\"" + clip(format) + "\"")));
        }
        if (scenario == null || scenario.isBlank() || scenario.length() > MAX_NAME) {
            p.add(new Problem(file, "$.scenario", "expected the scenario id (1 to " + MAX_NAME + " characters)"));
        }
        if (scenarioHash == null || !HASH.matcher(scenarioHash).matches()) {
            p.add(new Problem(file, "$.scenarioHash", "expected the scenario's SHA-256 content hash (64 lowercase hex digits)"));
        }
        if (seed == null) {
            p.add(new Problem(file, "$.seed", "expected the run seed (a whole number)"));
        }
    }

    public static void text(List<Problem> p, String file, String path, String value, int max) {
        if (value != null && value.length() > max) {
            p.add(new Problem(file, path, "expected at most " + max + " characters, got " + value.length()));
        }
    }

    public static String clip(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }

    public static String abbreviate(String hash) {
        return hash == null ? "none" : hash.substring(0, Math.min(12, hash.length()));
    }
}
