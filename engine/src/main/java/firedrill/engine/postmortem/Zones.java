package firedrill.engine.postmortem;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Time-zone words as post-mortems write them: abbreviations ("PST", "UTC") mapped to the IANA zone
 * they stand for in practice (an abbreviation is ambiguous in general; these are the common readings),
 * or IANA names ("Europe/Berlin"). PST and PDT both map to America/Los_Angeles so that the date's own
 * daylight-saving rule decides the offset, as it did for the people who wrote the times.
 */
final class Zones {
    private static final Map<String, String> ABBREVIATIONS = Map.ofEntries(
            Map.entry("UTC", "UTC"), Map.entry("GMT", "UTC"), Map.entry("Z", "UTC"),
            Map.entry("PST", "America/Los_Angeles"), Map.entry("PDT", "America/Los_Angeles"), Map.entry("PT", "America/Los_Angeles"),
            Map.entry("MST", "America/Denver"), Map.entry("MDT", "America/Denver"),
            Map.entry("CST", "America/Chicago"), Map.entry("CDT", "America/Chicago"),
            Map.entry("EST", "America/New_York"), Map.entry("EDT", "America/New_York"), Map.entry("ET", "America/New_York"),
            Map.entry("BST", "Europe/London"), Map.entry("CET", "Europe/Paris"), Map.entry("CEST", "Europe/Paris"),
            Map.entry("IST", "Asia/Kolkata"), Map.entry("JST", "Asia/Tokyo"),
            Map.entry("AEST", "Australia/Sydney"), Map.entry("AEDT", "Australia/Sydney"));
    private static final Pattern ABBREVIATION = Pattern.compile(
            "(?<![A-Za-z])(UTC|GMT|PST|PDT|MST|MDT|CST|CDT|EST|EDT|BST|CET|CEST|IST|JST|AEST|AEDT)(?![A-Za-z])");
    private static final Pattern IANA = Pattern.compile("\\b([A-Z][A-Za-z]+/[A-Z][A-Za-z_]+(?:/[A-Z][A-Za-z_]+)?)\\b");

    private Zones() {}

    /** The first zone named in {@code text}, or null. */
    static ZoneId find(String text) {
        Matcher iana = IANA.matcher(text);
        while (iana.find()) {
            if (ZoneId.getAvailableZoneIds().contains(iana.group(1))) {
                return ZoneId.of(iana.group(1));
            }
        }
        Matcher m = ABBREVIATION.matcher(text);
        return m.find() ? ZoneId.of(ABBREVIATIONS.get(m.group(1))) : null;
    }

    /** Removes zone words from a time cell so that what is left can be checked for leftovers. */
    static String strip(String text) {
        return ABBREVIATION.matcher(text).replaceAll(" ");
    }

    /** A zone given on the command line: an IANA id or an abbreviation; null when unknown. */
    static ZoneId parse(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String upper = name.trim().toUpperCase(Locale.ROOT);
        if (ABBREVIATIONS.containsKey(upper)) {
            return ZoneId.of(ABBREVIATIONS.get(upper));
        }
        return ZoneId.getAvailableZoneIds().contains(name.trim()) ? ZoneId.of(name.trim()) : null;
    }
}
