package firedrill.app.fx;

import java.util.Locale;

/** Number and duration formats shared by views (no allocation-heavy String.format in frame paths). */
public final class Formats {
    private Formats() {}

    /** 0.4132 → "41.3%"; NaN → "—". */
    public static String percent(double ratio) {
        if (Double.isNaN(ratio)) {
            return "—";
        }
        double p = ratio * 100;
        if (p >= 99.95 && p < 100) {
            return "99.9%";
        }
        return String.format(Locale.ROOT, "%.1f%%", p);
    }

    /** Whole percent: 0.4132 → "41%". */
    public static String percent0(double ratio) {
        return Double.isNaN(ratio) ? "—" : String.format(Locale.ROOT, "%.0f%%", ratio * 100);
    }

    /** Elapsed seconds as "H:MM:SS" (hours always shown, so it never reads as a time of day). */
    public static String elapsed(int seconds) {
        if (seconds < 0) {
            return "—";
        }
        int h = seconds / 3600;
        int m = (seconds % 3600) / 60;
        int s = seconds % 60;
        StringBuilder sb = new StringBuilder(8);
        sb.append(h).append(':');
        if (m < 10) {
            sb.append('0');
        }
        sb.append(m).append(':');
        if (s < 10) {
            sb.append('0');
        }
        return sb.append(s).toString();
    }

    /** Minutes with sign: +4 min, −12 min. */
    public static String deltaMinutes(double minutes) {
        if (Double.isNaN(minutes)) {
            return "—";
        }
        long m = Math.round(minutes);
        return m == 0 ? "on time" : (m > 0 ? "+" + m : "−" + (-m)) + " min";
    }

    /** An ISO-8601 duration such as PT8M or PT30S as "8 min" / "30 s". */
    public static String duration(String iso) {
        if (iso == null) {
            return "—";
        }
        try {
            long s = java.time.Duration.parse(iso).getSeconds();
            if (s % 60 == 0) {
                return s / 60 + " min";
            }
            return s < 60 ? s + " s" : (s / 60) + " min " + (s % 60) + " s";
        } catch (RuntimeException e) {
            return iso;
        }
    }

    /** A parameter value without needless decimals: 0.1 → "0.1", 250.0 → "250". */
    public static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e9) {
            return Long.toString((long) v);
        }
        String s = String.format(Locale.ROOT, "%.4f", v);
        s = s.replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }

    /** ISO date "2024-12-11" as "11 December 2024" (the input when it is not a date). */
    public static String date(String iso) {
        if (iso == null) {
            return "";
        }
        try {
            return java.time.LocalDate.parse(iso).format(
                    java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH));
        } catch (java.time.format.DateTimeParseException e) {
            return iso;
        }
    }
}
