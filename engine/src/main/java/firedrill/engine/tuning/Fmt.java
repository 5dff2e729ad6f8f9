package firedrill.engine.tuning;

import firedrill.engine.scenario.ScenarioTime;
import java.math.BigDecimal;
import java.math.MathContext;

/** How fitted values are written back into a scenario and shown to people. */
final class Fmt {
    private Fmt() {}

    /** Six significant digits in plain decimal: a fitted value should not pretend to more precision. */
    static String number(double v) {
        if (!Double.isFinite(v)) {
            return String.valueOf(v);
        }
        if (v == 0) {
            return "0";
        }
        return new BigDecimal(v).round(new MathContext(6)).stripTrailingZeros().toPlainString();
    }

    static double round6(double v) {
        return v == 0 || !Double.isFinite(v) ? v : new BigDecimal(v).round(new MathContext(6)).doubleValue();
    }

    /** HH:MM, or HH:MM:SS when not on a whole minute; +D on later days (the scenario's time format). */
    static String time(int secondsOfDay) {
        return secondsOfDay % 60 == 0 ? ScenarioTime.format(secondsOfDay) : ScenarioTime.formatSeconds(secondsOfDay);
    }

    /** An ISO-8601 duration in whole seconds: PT3M40S. */
    static String duration(int seconds) {
        if (seconds == 0) {
            return "PT0S";
        }
        int d = seconds / ScenarioTime.DAY;
        int rest = seconds % ScenarioTime.DAY;
        StringBuilder sb = new StringBuilder("P");
        if (d > 0) {
            sb.append(d).append('D');
        }
        if (rest > 0) {
            sb.append('T');
            if (rest >= 3600) {
                sb.append(rest / 3600).append('H');
            }
            if (rest % 3600 >= 60) {
                sb.append(rest % 3600 / 60).append('M');
            }
            if (rest % 60 > 0) {
                sb.append(rest % 60).append('S');
            }
        }
        return sb.toString();
    }

    /** "4 min", "4 min 30 s", "45 s". */
    static String minutes(long seconds) {
        if (seconds < 60) {
            return seconds + " s";
        }
        return seconds / 60 + " min" + (seconds % 60 == 0 ? "" : " " + seconds % 60 + " s");
    }
}
