package firedrill.engine.action;

import firedrill.engine.scenario.ActionSpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Mutable state of one action from issue to outcome; owned by {@link ActionDesk}. */
final class ActionRun {
    final int seq;
    final ActionSpec spec;
    final ActionKind kind;
    final String target;
    final Map<String, Double> params;
    final String by;
    final int issuedTick;
    final int[] clusters;
    int startTick = -1;
    int handsOnTicks;
    int timeoutTick;
    int endTick = -1;
    /** API progress per target, in seconds of answered requests. */
    double[] apiProgress;
    double apiWork;
    boolean[] done;
    /** Ticks after start at which each step of a multi-step action ends; the next step to report. */
    int[] stepEnds;
    int nextStep;
    Outcome outcome = Outcome.QUEUED;
    String reason = "";
    final List<String> succeeded = new ArrayList<>();
    final List<String> failed = new ArrayList<>();
    /** The words the action carries (a status update's text), or null. */
    String text;

    ActionRun(int seq, ActionSpec spec, ActionKind kind, String target, Map<String, Double> params, String by,
              int issuedTick, int[] clusters) {
        this.seq = seq;
        this.spec = spec;
        this.kind = kind;
        this.target = target;
        this.params = params;
        this.by = by;
        this.issuedTick = issuedTick;
        this.clusters = clusters;
    }

    ActionRun copy() {
        ActionRun r = new ActionRun(seq, spec, kind, target, params, by, issuedTick, clusters);
        r.startTick = startTick;
        r.handsOnTicks = handsOnTicks;
        r.timeoutTick = timeoutTick;
        r.endTick = endTick;
        r.apiProgress = apiProgress == null ? null : apiProgress.clone();
        r.apiWork = apiWork;
        r.stepEnds = stepEnds == null ? null : stepEnds.clone();
        r.nextStep = nextStep;
        r.done = done == null ? null : done.clone();
        r.outcome = outcome;
        r.reason = reason;
        r.succeeded.addAll(succeeded);
        r.failed.addAll(failed);
        r.text = text;
        return r;
    }

    double param(String name) {
        Double v = params.get(name);
        if (v != null) {
            return v;
        }
        ActionSpec.Param p = spec.params().get(name);
        return p == null || p.defaultValue() == null ? Double.NaN : p.defaultValue();
    }

    double progress(int tick) {
        if (startTick < 0) {
            return 0;
        }
        if (outcome.finished()) {
            return 1;
        }
        double span = Math.max(1, handsOnTicks);
        return Math.min(0.99, (tick - startTick) / span);
    }

    ActionRecord record(int tick) {
        return new ActionRecord(seq, spec.id(), spec.title(), target, params, by, issuedTick, startTick, endTick,
                progress(tick), outcome, reason, clusters.length, List.copyOf(succeeded), List.copyOf(failed));
    }

    @Override
    public String toString() {
        return spec.id() + "@" + issuedTick + " " + target + " " + Arrays.toString(clusters);
    }
}
