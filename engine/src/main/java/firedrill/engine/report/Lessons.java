package firedrill.engine.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Links a finding of the after-action report to the scenario's own teaching material: the learning
 * objective and the discussion question that share the most key words with it. Matching is by
 * lower-case word stems (a word of the candidate counts once when some stem starts it; phrases count
 * when they occur), so it works for any scenario's wording and always picks the same text for the
 * same input; ties go to the first.
 */
final class Lessons {
    /** Stems of the themes the engine's findings are about, used alongside the finding's own words. */
    static final List<String> COMMUNICATION = List.of("status", "stakeholder", "inform", "communicat", "update",
            "customer");
    static final List<String> TEAM = List.of("team", "prioriti", "responder", "small", "parallel", "per-cluster");
    static final List<String> MITIGATION = List.of("shed", "path", "locked", "lock-out", "capacity", "load",
            "break-glass", "shrink", "block");
    static final List<String> ACCESS = List.of("gradual", "restor", "re-list", "relist", "herd", "access", "knock");
    static final List<String> DNS = List.of("dns", "cache", "data plane", "lagged", "decouple");
    static final List<String> TRIGGER = List.of("rollback", "roll", "trigger", "removing", "break-glass", "staging",
            "rollout");
    static final List<String> RECOVERY = List.of("recover", "restor", "per-cluster", "prioriti", "metastab");

    private Lessons() {}

    /** The candidate sharing most stems with {@code keys} (and the finding's own words), or null. */
    static String best(List<String> candidates, List<String> keys, String finding) {
        return best(candidates, keys, finding, 1);
    }

    /** As {@link #best(List, List, String)}, but only a candidate sharing at least {@code minHits} stems. */
    static String best(List<String> candidates, List<String> keys, String finding, int minHits) {
        List<String> stems = new ArrayList<>(keys);
        for (String w : words(finding)) {
            if (w.length() >= 5 && !STOP.contains(w)) {
                stems.add(w.substring(0, Math.min(w.length(), 7)));
            }
        }
        String best = null;
        int bestScore = minHits - 1;
        for (String c : candidates) {
            if (c == null) {
                continue;
            }
            String text = c.toLowerCase(Locale.ROOT);
            // Score = distinct words of the candidate that some stem matches, plus matched phrases.
            int score = 0;
            for (String w : new java.util.LinkedHashSet<>(words(c))) {
                if (stems.stream().anyMatch(stem -> !stem.contains(" ") && w.startsWith(stem))) {
                    score++;
                }
            }
            for (String stem : stems) {
                if (stem.contains(" ") && text.contains(stem)) {
                    score++;
                }
            }
            if (score > bestScore) {
                bestScore = score;
                best = c;
            }
        }
        return best;
    }

    private static final List<String> STOP = List.of("about", "after", "again", "against", "before", "being", "could",
            "every", "their", "there", "these", "those", "under", "until", "where", "which", "while", "would", "without",
            "minutes", "points", "cluster", "clusters", "largest", "action", "actions", "other", "within", "than");

    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}-]+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }
}
