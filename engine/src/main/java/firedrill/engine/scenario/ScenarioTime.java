package firedrill.engine.scenario;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scenario times: local {@code HH:MM} (or {@code HH:MM:SS}) on the incident day, with {@code +D} for
 * later days, and ISO-8601 durations such as {@code PT4M}. Pure functions; no clock.
 */
public final class ScenarioTime {
    private static final Pattern CLOCK = Pattern.compile("([01]\\d|2[0-3]):([0-5]\\d)(?::([0-5]\\d))?(?:\\+(\\d{1,2}))?");
    /**
     * The durations scenarios use: days, hours, minutes, whole seconds; upper case, no sign, no
     * fraction (a tick is one second). Stricter than {@link Duration#parse}; the JSON Schema has the same pattern.
     */
    private static final Pattern ISO_DURATION = Pattern.compile("P(?=[0-9T])([0-9]{1,9}D)?(T(?=[0-9])([0-9]{1,9}H)?([0-9]{1,9}M)?([0-9]{1,9}S)?)?");
    public static final int DAY = 24 * 3600;

    private ScenarioTime() {}

    /** Seconds since midnight of the incident day, or throws with what was expected. */
    public static int secondsOfDay(String text) {
        if (text == null) {
            throw new IllegalArgumentException("expected a time HH:MM[+D], got null");
        }
        Matcher m = CLOCK.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("expected a time HH:MM or HH:MM+D (e.g. \"15:13\"), got \"" + text + "\"");
        }
        int s = Integer.parseInt(m.group(1)) * 3600 + Integer.parseInt(m.group(2)) * 60;
        if (m.group(3) != null) {
            s += Integer.parseInt(m.group(3));
        }
        if (m.group(4) != null) {
            s += Integer.parseInt(m.group(4)) * DAY;
        }
        return s;
    }

    public static boolean isTime(String text) {
        return text != null && CLOCK.matcher(text).matches();
    }

    /** Whole seconds of an ISO-8601 duration such as PT4M; throws with what was expected. */
    public static int seconds(String duration) {
        if (duration == null) {
            throw new IllegalArgumentException("expected an ISO-8601 duration (e.g. \"PT4M\"), got null");
        }
        if (!ISO_DURATION.matcher(duration).matches()) {
            throw new IllegalArgumentException(duration.startsWith("-") || duration.contains("-")
                    ? "expected a non-negative duration, got \"" + duration + "\""
                    : "expected an ISO-8601 duration in whole seconds (e.g. \"PT4M\", \"PT1H30M\", \"P1D\"), got \""
                    + duration + "\"");
        }
        try {
            Duration d = Duration.parse(duration);
            if (d.isNegative()) {
                throw new IllegalArgumentException("expected a non-negative duration, got \"" + duration + "\"");
            }
            if (d.getSeconds() > 30L * DAY) {
                throw new IllegalArgumentException("expected a duration of at most 30 days, got \"" + duration + "\"");
            }
            return (int) d.getSeconds();
        } catch (DateTimeParseException | ArithmeticException e) {
            throw new IllegalArgumentException("expected an ISO-8601 duration (e.g. \"PT4M\"), got \"" + duration + "\"");
        }
    }

    public static boolean isDuration(String text) {
        try {
            seconds(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Formats seconds since midnight as HH:MM, with +D on later days. */
    public static String format(int secondsOfDay) {
        int day = Math.floorDiv(secondsOfDay, DAY);
        int rem = secondsOfDay - day * DAY;
        String hm = String.format("%02d:%02d", rem / 3600, (rem % 3600) / 60);
        return day == 0 ? hm : day > 0 ? hm + "+" + day : hm + day;
    }

    /** Formats seconds since midnight as HH:MM:SS (for clocks), with +D on later days. */
    public static String formatSeconds(int secondsOfDay) {
        int day = Math.floorDiv(secondsOfDay, DAY);
        int rem = secondsOfDay - day * DAY;
        String hms = String.format("%02d:%02d:%02d", rem / 3600, (rem % 3600) / 60, rem % 60);
        return day == 0 ? hms : hms + "+" + day;
    }
}
