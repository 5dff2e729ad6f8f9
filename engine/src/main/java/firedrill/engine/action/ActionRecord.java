package firedrill.engine.action;

import java.util.List;
import java.util.Map;

/**
 * Immutable view of one issued action: what, on what, by whom, when, and how it ended. Per-cluster
 * failures carry their reasons; {@code reason} sums them up for the trainee.
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
        List<String> failed) {
}
