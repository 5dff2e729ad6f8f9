package firedrill.engine.action;

import firedrill.engine.rng.SeededStream;
import firedrill.engine.scenario.ActionSpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Mutable state of one action from issue to outcome; owned by {@link ActionDesk}. The action works
 * through its targets in order, in lanes: a manual action has one lane per responder working on it,
 * an automated one {@code parallelism} lanes once its change is prepared. A fleet-wide action has one
 * target that is no cluster ({@code -1}).
 */
final class ActionRun {
    static final byte PENDING = 0;
    static final byte ACTIVE = 1;
    static final byte DONE = 2;
    static final byte FAILED = 3;

    final int seq;
    final ActionSpec spec;
    final ActionKind kind;
    final String target;
    final Map<String, Double> params;
    final String by;
    final int issuedTick;
    final int[] clusters;
    final String mode;
    /** Responders asked for (manual lanes). */
    final int requested;
    /** This action's own random stream, derived from the run seed and its place in the log. */
    final SeededStream rng;
    /** Seconds after which a target of API work gives up (parsed once: advance runs every tick). */
    final int timeout;
    int startTick = -1;
    int endTick = -1;
    /** Jitter of human work (hands-on time, prepare), drawn once when the action starts. */
    double factor = 1;
    /** Automated: tick the prepared change is launched (targets start); -1 before start. */
    int launchTick = -1;
    /** Responders held now. */
    int held;
    // Per target, in work order.
    final int[] targets;
    final byte[] state;
    final int[] tStart;
    final double[] tWork;
    final double[] tProgress;
    /** Last tick each target was advanced (a target started mid-tick is advanced once, like the first). */
    final int[] tStamp;
    int next;
    int done;
    int failedCount;
    // Per lane: the target it works on (-1 idle), how many it has taken, whether it is open.
    int[] laneTarget;
    int[] laneTaken;
    boolean[] laneOpen;
    int firstEffectTick = -1;
    int lastEffectTick = -1;
    /** Traffic moved so far (shift-traffic), share of one service = 1. */
    double moved;
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
              int issuedTick, int[] clusters, String mode, int requested, SeededStream rng) {
        this.seq = seq;
        this.spec = spec;
        this.kind = kind;
        this.target = target;
        this.params = params;
        this.by = by;
        this.issuedTick = issuedTick;
        this.clusters = clusters;
        this.mode = mode;
        this.requested = requested;
        this.rng = rng;
        this.timeout = ExecutionPlan.timeout(spec);
        this.targets = kind != null && kind.clusterScoped() ? clusters : new int[] {-1};
        int n = targets.length;
        state = new byte[n];
        tStart = new int[n];
        tWork = new double[n];
        tProgress = new double[n];
        tStamp = new int[n];
        Arrays.fill(tStamp, -1);
    }

    private ActionRun(ActionRun o) {
        seq = o.seq;
        spec = o.spec;
        kind = o.kind;
        target = o.target;
        params = o.params;
        by = o.by;
        issuedTick = o.issuedTick;
        clusters = o.clusters;
        mode = o.mode;
        requested = o.requested;
        rng = o.rng == null ? null : o.rng.copy();
        timeout = o.timeout;
        targets = o.targets;
        startTick = o.startTick;
        endTick = o.endTick;
        factor = o.factor;
        launchTick = o.launchTick;
        held = o.held;
        state = o.state.clone();
        tStart = o.tStart.clone();
        tWork = o.tWork.clone();
        tProgress = o.tProgress.clone();
        tStamp = o.tStamp.clone();
        moved = o.moved;
        next = o.next;
        done = o.done;
        failedCount = o.failedCount;
        laneTarget = o.laneTarget == null ? null : o.laneTarget.clone();
        laneTaken = o.laneTaken == null ? null : o.laneTaken.clone();
        laneOpen = o.laneOpen == null ? null : o.laneOpen.clone();
        firstEffectTick = o.firstEffectTick;
        lastEffectTick = o.lastEffectTick;
        text = o.text;
        stepEnds = o.stepEnds == null ? null : o.stepEnds.clone();
        nextStep = o.nextStep;
        outcome = o.outcome;
        reason = o.reason;
        succeeded.addAll(o.succeeded);
        failed.addAll(o.failed);
    }

    ActionRun copy() {
        return new ActionRun(this);
    }

    boolean automated() {
        return ActionSpec.AUTOMATED.equals(mode);
    }

    /** Targets that have not finished (pending or in work). */
    int remaining() {
        return targets.length - done - failedCount;
    }

    double param(String name) {
        Double v = params.get(name);
        if (v != null) {
            return v;
        }
        ActionSpec.Param p = spec.params().get(name);
        return p == null || p.defaultValue() == null ? Double.NaN : p.defaultValue();
    }

    double progress(int tick, int expectedEnd) {
        if (startTick < 0) {
            return 0;
        }
        if (outcome.finished()) {
            return 1;
        }
        double span = Math.max(1, expectedEnd - startTick);
        return Math.max(0, Math.min(0.99, (tick - startTick) / span));
    }

    ActionRecord record(int tick, int releaseTick, int expectedEnd) {
        return new ActionRecord(seq, spec.id(), spec.title(), target, params, by, issuedTick, startTick, endTick,
                progress(tick, expectedEnd), outcome, stepNow(), clusters.length, List.copyOf(succeeded), List.copyOf(failed),
                mode, requested, held, releaseTick, clusters.length == 0 ? 0 : done, firstEffectTick, lastEffectTick);
    }

    /**
     * While a multi-step action runs, the stage in work ("step 2/3: …") stands in the record's reason, so the
     * in-flight view shows where it is; otherwise the reason as it is.
     */
    private String stepNow() {
        if (outcome != Outcome.RUNNING || stepEnds == null || nextStep >= stepEnds.length || !reason.isEmpty()) {
            return reason;
        }
        return "step " + (nextStep + 1) + "/" + stepEnds.length + ": " + spec.steps().get(nextStep).title();
    }

    @Override
    public String toString() {
        return spec.id() + "@" + issuedTick + " " + mode + " " + target + " " + Arrays.toString(clusters);
    }
}
