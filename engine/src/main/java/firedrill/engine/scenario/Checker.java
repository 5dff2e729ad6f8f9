package firedrill.engine.scenario;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Collects validation problems with their JSON paths; small helpers keep each rule one line. Every
 * message says what was expected and what was found ("expected …, got …").
 */
final class Checker {
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");
    private static final Pattern SIMPLE_KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");
    private final String file;
    private final List<Problem> problems = new ArrayList<>();

    Checker(String file) {
        this.file = file == null ? "<input>" : file;
    }

    List<Problem> problems() {
        return problems;
    }

    void problem(String path, String message) {
        problems.add(new Problem(file, path, message));
    }

    /** {@code base.name}, or {@code base['na me']} when the name is not a plain identifier. */
    static String key(String base, String name) {
        if (SIMPLE_KEY.matcher(name).matches()) {
            return base + "." + name;
        }
        return base + "['" + name.replace("\\", "\\\\").replace("'", "\\'") + "']";
    }

    /** Reports a missing required value; {@code what} says what belongs there. */
    boolean present(String path, Object value, String what) {
        if (value == null) {
            problem(path, "expected " + what + "; missing");
            return false;
        }
        return true;
    }

    boolean text(String path, String value) {
        if (!present(path, value, "a non-empty string")) {
            return false;
        }
        if (value.isBlank()) {
            problem(path, "expected a non-empty string, got \"" + value + "\"");
            return false;
        }
        return true;
    }

    /** An optional string that, when given, must not be blank. */
    void optionalText(String path, String value) {
        if (value != null) {
            text(path, value);
        }
    }

    boolean id(String path, String value) {
        if (!present(path, value, "an id (lowercase letters, digits, '.', '_' or '-')")) {
            return false;
        }
        if (!ID.matcher(value).matches()) {
            problem(path, "expected an id of lowercase letters, digits, '.', '_' or '-' starting with a letter or digit "
                    + "(at most 64), got " + quote(value));
            return false;
        }
        return true;
    }

    boolean range(String path, Number value, double min, double max) {
        if (!present(path, value, "a number in [" + fmt(min) + ", " + fmt(max) + "]")) {
            return false;
        }
        double v = value.doubleValue();
        if (!Double.isFinite(v) || v < min || v > max) {
            problem(path, "expected a number in [" + fmt(min) + ", " + fmt(max) + "], got " + fmt(v));
            return false;
        }
        return true;
    }

    /** Like {@link #range} but the field may be absent. */
    void optionalRange(String path, Number value, double min, double max) {
        if (value != null) {
            range(path, value, min, max);
        }
    }

    boolean time(String path, String value) {
        if (!present(path, value, "a local time HH:MM or HH:MM+D (e.g. \"15:13\")")) {
            return false;
        }
        if (!ScenarioTime.isTime(value)) {
            problem(path, "expected a local time HH:MM or HH:MM+D (e.g. \"15:13\"), got " + quote(value));
            return false;
        }
        return true;
    }

    boolean duration(String path, String value) {
        if (!present(path, value, "an ISO-8601 duration (e.g. \"PT4M\")")) {
            return false;
        }
        try {
            ScenarioTime.seconds(value);
            return true;
        } catch (IllegalArgumentException e) {
            problem(path, e.getMessage());
            return false;
        }
    }

    /** An optional duration of at least {@code minSeconds}; true when absent or valid. */
    boolean optionalDurationAtLeast(String path, String value, int minSeconds) {
        if (value == null) {
            return true;
        }
        if (!duration(path, value)) {
            return false;
        }
        if (ScenarioTime.seconds(value) < minSeconds) {
            problem(path, "expected at least " + minSeconds + " second" + (minSeconds == 1 ? "" : "s") + ", got " + quote(value));
            return false;
        }
        return true;
    }

    void optionalDuration(String path, String value) {
        if (value != null) {
            duration(path, value);
        }
    }

    /** Reports a list longer than the engine is sized for (the simulation allocates per entry). */
    boolean atMost(String path, List<?> list, int max, String what) {
        if (list.size() > max) {
            problem(path, "expected at most " + max + " " + what + ", got " + list.size());
            return false;
        }
        return true;
    }

    /** Most valid ids an "unknown id" message lists before it says how many there are. */
    static final int MAX_LISTED = 12;

    /** {@code [a, b, c]}, or the first {@link #MAX_LISTED} and "… (N in all)" for a long list. */
    static String choices(Collection<String> valid) {
        if (valid.size() <= MAX_LISTED) {
            return valid.toString();
        }
        List<String> first = new ArrayList<>(valid).subList(0, MAX_LISTED);
        return "[" + String.join(", ", first) + ", … (" + valid.size() + " in all)]";
    }

    /** {@code  (did you mean "x"?)} for a known name within two edits of {@code value}, else "". */
    static String didYouMean(String value, Collection<String> known) {
        if (value == null) {
            return "";
        }
        String near = JsonShape.nearest(value, known);
        return near == null || near.equals(value) ? "" : " (did you mean \"" + near + "\"?)";
    }

    /**
     * "expected one of WHAT [a, b], got unknown NOUN "v" (did you mean "a"?)": the valid ids listed
     * and the nearest one offered, for every reference to an id that does not exist.
     */
    static String unknown(String what, Collection<String> valid, String noun, String value) {
        return "expected one of " + what + " " + choices(valid) + ", got unknown " + noun + " " + quote(value)
                + didYouMean(value, valid);
    }

    static String quote(String s) {
        if (s == null) {
            return "null";
        }
        return "\"" + (s.length() > 60 ? s.substring(0, 60) + "…" : s) + "\"";
    }

    static String fmt(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.valueOf(v);
    }
}
