package firedrill.engine.action;

import java.util.List;
import java.util.Map;

/**
 * Immutable view of one issued action: what, on what, by whom, when, and how it ended. Per-cluster
 * failures carry their reasons; {@code reason} sums them up for the trainee. {@code targets} clusters
 * (0 for a fleet-wide action), {@code done} of them have taken effect so far; {@code mode} is how it
 * runs, {@code requested} responders were asked for and {@code held} work on it now, expected free
 * at {@code releaseTick} (-1 when none is held). {@code firstEffectTick}/{@code lastEffectTick} are
 * when effects landed (-1 until they do).
 */
public record ActionRecord(
        int seq,
        String action,
        String title,
        String target,
        Map<String, Double> params,
        String by,
        int issuedTick,
        int startTick,
        int endTick,
        double progress,
        Outcome outcome,
        String reason,
        int targets,
        List<String> succeeded,
        List<String> failed,
        String mode,
        int requested,
        int held,
        int releaseTick,
        int done,
        int firstEffectTick,
        int lastEffectTick) {

    /** A record without execution details (manual, one responder, nothing held). */
    public ActionRecord(int seq, String action, String title, String target, Map<String, Double> params, String by,
                        int issuedTick, int startTick, int endTick, double progress, Outcome outcome, String reason,
                        int targets, List<String> succeeded, List<String> failed) {
        this(seq, action, title, target, params, by, issuedTick, startTick, endTick, progress, outcome, reason, targets,
                succeeded, failed, "manual", 1, 0, -1, succeeded.size(), outcome.finished() ? endTick : -1,
                outcome.finished() ? endTick : -1);
    }
}
