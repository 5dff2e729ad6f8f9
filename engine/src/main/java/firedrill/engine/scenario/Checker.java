package firedrill.engine.scenario;

import java.util.ArrayList;
import java.util.List;

/** Collects validation problems with their JSON paths; small helpers keep each rule one line. */
final class Checker {
    private final String file;
    private final List<Problem> problems = new ArrayList<>();

    Checker(String file) {
        this.file = file;
    }

    List<Problem> problems() {
        return problems;
    }

    void problem(String path, String message) {
        problems.add(new Problem(file, path, message));
    }

    boolean present(String path, Object value) {
        if (value == null) {
            problem(path, "required; missing");
            return false;
        }
        return true;
    }

    boolean text(String path, String value) {
        if (!present(path, value)) {
            return false;
        }
        if (value.isBlank()) {
            problem(path, "expected a non-empty string");
            return false;
        }
        return true;
    }

    void id(String path, String value) {
        if (text(path, value) && !value.matches("[a-z0-9][a-z0-9._-]{0,63}")) {
            problem(path, "expected an id of lowercase letters, digits, '.', '_' or '-' (at most 64), got \"" + value + "\"");
        }
    }

    boolean range(String path, Number value, double min, double max) {
        if (!present(path, value)) {
            return false;
        }
        double v = value.doubleValue();
        if (Double.isNaN(v) || v < min || v > max) {
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
        if (!present(path, value)) {
            return false;
        }
        if (!ScenarioTime.isTime(value)) {
            problem(path, "expected a local time HH:MM or HH:MM+D (e.g. \"15:13\"), got \"" + value + "\"");
            return false;
        }
        return true;
    }

    boolean duration(String path, String value) {
        if (!present(path, value)) {
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

    void optionalDuration(String path, String value) {
        if (value != null) {
            duration(path, value);
        }
    }

    static String fmt(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.valueOf(v);
    }
}
