package firedrill.app.author;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A problem's place in words, the way the editor's form counts: {@code $.timeline[4].at} is "Event 5 ·
 * time" (the form says "Event 5 of 7"; JSON paths count from 0, people from 1). The JSON path stays
 * beside it as the exact reference ({@code ./firedrill validate} prints it).
 */
public final class ProblemLabel {
    /** What one element of each list is called in the form (as the list editors name it). */
    static final Map<String, String> NOUNS = Map.ofEntries(
            Map.entry("timeline", "Event"), Map.entry("realTimeline", "Milestone"), Map.entry("alerts", "Alert rule"),
            Map.entry("actions", "Action"), Map.entry("clusters", "Cluster"), Map.entry("regions", "Region"),
            Map.entry("services", "Service"), Map.entry("sources", "Source"), Map.entry("assumptions", "Assumption"),
            Map.entry("discussion", "Question"), Map.entry("learningObjectives", "Objective"),
            Map.entry("lessons", "Lesson"));
    /** Field names that read better in words. */
    static final Map<String, String> FIELDS = Map.of("at", "time", "id", "id", "defaultValue", "default");

    private ProblemLabel() {}

    /** "Event 5 · time" for {@code $.timeline[4].at}; "Playbook step 2 · target"; the section name for a top field. */
    public static String of(String path) {
        List<JsonPath.Segment> segs;
        try {
            segs = JsonPath.parse(path);
        } catch (IllegalArgumentException e) {
            return path;
        }
        if (segs.isEmpty()) {
            return "The scenario";
        }
        StringBuilder sb = new StringBuilder();
        String previous = null;
        for (int i = 0; i < segs.size(); i++) {
            JsonPath.Segment s = segs.get(i);
            String part;
            if (s.isIndex()) {
                String noun = previous == null ? "Item" : "actions".equals(previous) && i >= 2
                        && "referencePlaybook".equals(name(segs.get(i - 2))) ? "Playbook step"
                        : NOUNS.getOrDefault(previous, words(previous));
                part = capital(noun) + " " + (s.index() + 1);
                // "Event 5" replaces "timeline" just before it.
                int cut = sb.lastIndexOf(" · ");
                String last = cut < 0 ? sb.toString() : sb.substring(cut + 3);
                if (last.equalsIgnoreCase(words(previous))) {
                    sb.setLength(cut < 0 ? 0 : cut);
                }
            } else {
                part = FIELDS.getOrDefault(s.name(), words(s.name()));
                if (i == 0) {
                    part = capital(part);
                }
            }
            if (!"referencePlaybook".equals(s.name()) || i + 1 >= segs.size()) {
                sb.append(sb.length() == 0 ? "" : " · ").append(part);
            }
            previous = s.isIndex() ? null : s.name();
        }
        return sb.toString();
    }

    private static String name(JsonPath.Segment s) {
        return s.isIndex() ? null : s.name();
    }

    /** camelCase as lower-case words: "seatsPerReplica" → "seats per replica". */
    static String words(String name) {
        if (name == null) {
            return "";
        }
        return name.replaceAll("([a-z0-9])([A-Z])", "$1 $2").replace('_', ' ').toLowerCase(Locale.ROOT);
    }

    private static String capital(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
