package firedrill.engine.postmortem;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates and times as post-mortems write them: {@code 2025-10-20}, {@code 19 Oct}, {@code 8 Mar 2023},
 * {@code Oct 20, 2025}; {@code 14:51}, {@code ~10:45}, {@code 3:12 PM}. A date without a year takes
 * the document's year.
 */
final class Dates {
    static final Pattern TIME = Pattern.compile(
            "(?<![\\d:.])(~|≈|ca\\.\\s?|approx\\.\\s?)?([01]?\\d|2[0-3]):([0-5]\\d)(?::([0-5]\\d))?(?:\\s?([AaPp])\\.?[Mm]\\.?(?![A-Za-z]))?(?![\\d:])");
    private static final String MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?"
            + "|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?![a-z])\\.?";
    private static final Pattern ISO = Pattern.compile("(?<!\\d)(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)");
    private static final Pattern DAY_MONTH = Pattern.compile(
            "(?<![\\d:])(\\d{1,2})(?:\\s?[–-]\\s?\\d{1,2})?\\s+" + MONTH + "(?:\\s+(\\d{4})(?!\\d))?", Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH_DAY = Pattern.compile(
            "\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?(?![\\d:])(?:,?\\s+(\\d{4})(?!\\d))?", Pattern.CASE_INSENSITIVE);
    private static final List<String> MONTHS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");

    private Dates() {}

    /** A date found in text: {@code year} is 0 when the text gave none; {@code start}/{@code end} locate it. */
    record Found(int year, int month, int day, int start, int end) {
        LocalDate resolve(int defaultYear) {
            try {
                return LocalDate.of(year == 0 ? defaultYear : year, month, day);
            } catch (DateTimeException e) {
                return null;
            }
        }
    }

    /** A time found in text; {@code approximate} for {@code ~}, {@code ≈}, "ca.". */
    record Time(LocalTime time, boolean approximate, int start, int end) {}

    static Found date(String text) {
        Matcher iso = ISO.matcher(text);
        if (iso.find()) {
            return new Found(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)), Integer.parseInt(iso.group(3)),
                    iso.start(), iso.end());
        }
        Matcher dm = DAY_MONTH.matcher(text);
        if (dm.find()) {
            return new Found(dm.group(3) == null ? 0 : Integer.parseInt(dm.group(3)), month(dm.group(2)),
                    Integer.parseInt(dm.group(1)), dm.start(), dm.end());
        }
        Matcher md = MONTH_DAY.matcher(text);
        if (md.find()) {
            return new Found(md.group(3) == null ? 0 : Integer.parseInt(md.group(3)), month(md.group(1)),
                    Integer.parseInt(md.group(2)), md.start(), md.end());
        }
        return null;
    }

    static List<Time> times(String text) {
        List<Time> out = new ArrayList<>();
        Matcher m = TIME.matcher(text);
        while (m.find()) {
            int hour = Integer.parseInt(m.group(2));
            if (m.group(5) != null) {
                if (hour > 12 || hour == 0) {
                    continue;
                }
                boolean pm = m.group(5).equalsIgnoreCase("p");
                hour = hour % 12 + (pm ? 12 : 0);
            }
            int second = m.group(4) == null ? 0 : Integer.parseInt(m.group(4));
            out.add(new Time(LocalTime.of(hour, Integer.parseInt(m.group(3)), second), m.group(1) != null, m.start(), m.end()));
        }
        return out;
    }

    private static int month(String word) {
        return MONTHS.indexOf(word.substring(0, 3).toLowerCase(Locale.ROOT)) + 1;
    }
}
