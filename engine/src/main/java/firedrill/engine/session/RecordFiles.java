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

    /** Reads and checks a record file of format {@code format}; a newer format is refused as such. */
    public static <T> T read(Path file, Class<T> type, String format, BiFunction<String, T, List<Problem>> validator)
            throws InvalidInputException {
        return check(file.toString(), StrictJson.read(file, type, format), validator);
    }

    /** Reads and checks record JSON bytes of format {@code format}. */
    public static <T> T parse(String name, byte[] json, Class<T> type, String format,
                              BiFunction<String, T, List<Problem>> validator) throws InvalidInputException {
        return check(name, StrictJson.read(name, json, type, format), validator);
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

    /** The optional version fields: the Firedrill release (text) and the model version (1 or more). */
    public static void versions(List<Problem> p, String file, String firedrillVersion, Integer modelVersion) {
        text(p, file, "$.firedrillVersion", firedrillVersion, MAX_NAME);
        if (modelVersion != null && (modelVersion < 1 || modelVersion > 1_000_000)) {
            p.add(new Problem(file, "$.modelVersion", "expected the engine's model version, a whole number of at least 1"));
        }
    }

    /**
     * Why replaying a {@code kind} record made with {@code modelVersion} (null: before versions were
     * recorded) on this engine may not reproduce it, in words, or empty when the versions agree.
     */
    public static java.util.Optional<String> modelMismatch(String kind, String firedrillVersion, Integer modelVersion) {
        int now = firedrill.engine.sim.ModelVersion.MODEL_VERSION;
        if (modelVersion != null && modelVersion == now) {
            return java.util.Optional.empty();
        }
        String made = modelVersion == null
                ? "this " + kind + " was recorded before Firedrill wrote model versions (model version unknown)"
                : "this " + kind + " was recorded by Firedrill " + (firedrillVersion == null ? "(version unknown)" : firedrillVersion)
                        + " with model version " + modelVersion;
        return java.util.Optional.of(made + "; this is Firedrill " + firedrill.engine.sim.ModelVersion.firedrillVersion()
                + " with model version " + now + ", so the re-simulated outcome may differ from the recorded one");
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
