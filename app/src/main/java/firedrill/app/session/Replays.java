package firedrill.app.session;

import firedrill.engine.score.Scorecard;
import firedrill.engine.session.SessionRecord;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What to tell the user when a saved session is replayed on an engine of another model version (or
 * one recorded before versions were written): that the outcome may differ, and both outcomes — the
 * one recorded with the session and the one just re-simulated — so nothing changes silently. Shared
 * by {@code firedrill score --session} and the debrief of a saved attempt.
 */
public final class Replays {
    private Replays() {}

    /**
     * Three lines — why, the recorded outcome, the re-simulated one — or empty when the record was made
     * by this model version.
     */
    public static Optional<List<String>> versionNotice(SessionRecord record, Scorecard rescored) {
        return record.modelMismatch().map(why -> List.of(
                capitalise(why) + ".",
                "Recorded outcome: " + recorded(record) + ".",
                "Re-simulated outcome: " + describe(rescored.grade().value(), rescored.grade().label(),
                        rescored.impactMinutes()) + (same(record, rescored) ? " (the same)." : " (differs).")));
    }

    static String recorded(SessionRecord r) {
        Double impact = recordedImpact(r);
        if (r.grade() != null && r.grade().value() != null) {
            return describe(r.grade().value(), r.grade().label(), impact);
        }
        return impact == null ? "none (the run was saved before it was scored)"
                : String.format(Locale.ROOT, "no grade, %.1f impact minutes", impact);
    }

    private static Double recordedImpact(SessionRecord r) {
        if (r.grade() != null && r.grade().impactMinutes() != null) {
            return r.grade().impactMinutes();
        }
        Object score = r.outcome() == null ? null : r.outcome().get("score");
        return score instanceof Map<?, ?> m && m.get("impactMinutes") instanceof Number n ? n.doubleValue() : null;
    }

    private static boolean same(SessionRecord r, Scorecard c) {
        Double impact = recordedImpact(r);
        return r.grade() != null && r.grade().value() != null && r.grade().value() == c.grade().value()
                && impact != null && Math.abs(impact - c.impactMinutes()) < 0.05;
    }

    private static String describe(int grade, String label, Double impactMinutes) {
        return "grade " + grade + (label == null ? "" : " (" + label + ")")
                + (impactMinutes == null ? "" : String.format(Locale.ROOT, ", %.1f impact minutes", impactMinutes));
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
