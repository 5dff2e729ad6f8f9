package firedrill.engine.action;

import firedrill.engine.command.Command;
import firedrill.engine.model.ModelSpec;
import firedrill.engine.model.Targets;
import firedrill.engine.scenario.ActionSpec;
import firedrill.engine.scenario.ScenarioTime;
import firedrill.engine.scenario.Team;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * How an action will run before it is issued: when the first and the last target take effect and
 * how long it holds responders. Pure functions over expected (un-jittered) durations, the current
 * responder availability and, for actions through the Kubernetes API, the share of requests each
 * target answers now, taken as the rate at which its work progresses. {@link ActionDesk} runs actions
 * with the same rules (target order, lanes, {@link #work}), so the estimate is the desk's own plan
 * without the jitter and with the API held where it is.
 */
public final class ExecutionPlan {
    /** Work needed on an API target, in seconds of answered requests, before it counts as done. */
    static final double ANSWER_THRESHOLD = 0.999;
    static final int DEFAULT_TIMEOUT = 10 * 60;
    private static final int NEVER = -1;

    private ExecutionPlan() {}

    /**
     * An estimate. Ticks are absolute ({@code -1} when no target is expected to take effect);
     * {@code responders} are held from {@code startTick} until {@code releaseTick} (their lanes'
     * ends are in {@code laneEnds}); {@code failing} targets are expected to time out;
     * {@code answeredShare} is the mean answered share of the API targets (NaN without API work).
     */
    public record Estimate(String mode, int targets, int responders, int startTick, int firstEffectTick,
                           int lastEffectTick, int releaseTick, int endTick, int failing, boolean needsApi,
                           double answeredShare, int[] laneEnds, String problem) {
        public boolean ok() {
            return problem == null;
        }

        /**
         * One line for the action panel: "first effect ~15:24, last ~15:31, holds 1 responder until
         * 15:23 (if the API keeps answering at 40%)", with clock times from {@code spec}.
         */
        public String describe(ModelSpec spec) {
            if (problem != null) {
                return problem;
            }
            StringBuilder sb = new StringBuilder();
            if (firstEffectTick < 0) {
                sb.append("no target expected to take effect");
            } else if (firstEffectTick == lastEffectTick) {
                sb.append("takes effect ~").append(spec.timeOf(firstEffectTick));
            } else {
                sb.append("first effect ~").append(spec.timeOf(firstEffectTick)).append(", last ~")
                        .append(spec.timeOf(lastEffectTick));
            }
            if (responders > 0) {
                sb.append(", holds ").append(responders).append(responders == 1 ? " responder" : " responders")
                        .append(" until ").append(spec.timeOf(releaseTick));
            }
            if (failing > 0) {
                sb.append("; ").append(failing).append(" of ").append(targets).append(targets == 1 ? " target" : " targets")
                        .append(" expected to time out");
            }
            if (needsApi && !Double.isNaN(answeredShare)) {
                sb.append(String.format(Locale.ROOT, " (if the API keeps answering at %.0f%%)", answeredShare * 100));
            }
            return sb.toString();
        }
    }

    /** The mode a command runs in: its own, or the action's default. */
    public static String mode(ActionSpec as, Command cmd) {
        return cmd.mode() == null ? as.modeOrDefault() : cmd.mode();
    }

    /** The most responders the team can ever have (on call plus everyone escalation pages). */
    public static int teamMax(ModelSpec spec) {
        Team t = spec.scenario().team();
        int base = t == null || t.responders() == null ? 1 : t.responders();
        return base + (t == null || t.escalationAdds() == null ? 0 : t.escalationAdds());
    }

    /** What is wrong with a command's execution choices, or null. */
    public static String problem(ActionSpec as, Command cmd, int teamMax) {
        String mode = mode(as, cmd);
        if (!ActionSpec.MANUAL.equals(mode) && !ActionSpec.AUTOMATED.equals(mode)) {
            return "unknown mode \"" + mode + "\"; expected manual or automated";
        }
        if (!as.offers(mode)) {
            return "action \"" + as.id() + "\" has no automated mode; it is done by hand";
        }
        int k = cmd.respondersOrOne();
        if (k < 1 || k > teamMax) {
            return "expected between 1 and " + teamMax + " responders (the whole team), got " + k;
        }
        if (k > 1 && ActionSpec.AUTOMATED.equals(mode)) {
            return "an automated change is prepared by one responder; ask for 1, not " + k;
        }
        return null;
    }

    /** Seconds of work on the {@code nth} target of a lane (0 = the lane's first), before jitter. */
    static double work(ActionSpec as, String mode, int nth) {
        if (ActionSpec.AUTOMATED.equals(mode)) {
            return seconds(as.automated().perTarget());
        }
        if (nth == 0) {
            if (!as.steps().isEmpty()) {
                double total = 0;
                for (ActionSpec.Step st : as.steps()) {
                    total += seconds(st.duration());
                }
                return total;
            }
            return seconds(as.duration());
        }
        return seconds(as.perExtraTarget());
    }

    /**
     * Seconds before an automated change is launched: its {@code prepare}, or, on a multi-step action,
     * its steps (prepare, test, approve… done by the one responder who launches it).
     */
    static int prepare(ActionSpec as) {
        if (as.automated() == null) {
            return 0;
        }
        return as.steps().isEmpty() ? seconds(as.automated().prepare()) : stepsTotal(as);
    }

    private static int stepsTotal(ActionSpec as) {
        int total = 0;
        for (ActionSpec.Step st : as.steps()) {
            total += seconds(st.duration());
        }
        return total;
    }

    static int parallelism(ActionSpec as, int targets) {
        Integer p = as.automated() == null ? null : as.automated().parallelism();
        return Math.max(1, Math.min(targets, p == null ? targets : p));
    }

    static int timeout(ActionSpec as) {
        return as.timeout() == null ? DEFAULT_TIMEOUT : seconds(as.timeout());
    }

    private static int seconds(String iso) {
        return iso == null ? 0 : ScenarioTime.seconds(iso);
    }

    /**
     * Ticks from a target's start until it is done at a steady answered share (the desk's rule: API
     * work accrues from the start tick, and a target takes at least its nominal time), or
     * {@code Integer.MAX_VALUE} when it would not be done by its timeout.
     */
    static int expectedTicks(double work, boolean api, double answered, int timeout) {
        if (!api) {
            return (int) Math.round(work);
        }
        double w = Math.max(1, work);
        if (answered <= 0) {
            return Integer.MAX_VALUE;
        }
        double ticks = Math.max(Math.ceil(w), Math.ceil(w * ANSWER_THRESHOLD / answered) - 1);
        return ticks > timeout ? Integer.MAX_VALUE : (int) ticks;
    }

    /**
     * Estimates a command issued at {@code tick}. {@code freeAt} holds, per responder of the team, the
     * tick from which they are free (≤ tick when free now); {@code answered} the share of requests
     * each cluster's API answers (used for API targets only).
     */
    public static Estimate estimate(ModelSpec spec, Command cmd, int tick, int[] freeAt, double[] answered) {
        ActionSpec as = spec.action(cmd.action());
        if (as == null) {
            return failed("this scenario offers no action \"" + cmd.action() + "\"");
        }
        String problem = problem(as, cmd, teamMax(spec));
        if (problem != null) {
            return failed(problem);
        }
        ActionKind kind = ActionKind.fromId(as.kind());
        int[] clusters;
        if (kind != null && kind.clusterScoped()) {
            String target = cmd.target() == null ? as.defaultTarget() : cmd.target();
            try {
                clusters = Targets.resolve(target, spec.layout());
            } catch (IllegalArgumentException e) {
                return failed(e.getMessage());
            }
            if (clusters.length == 0) {
                return failed("the target matches no cluster");
            }
        } else {
            clusters = new int[] {-1};
        }
        int[] free = freeAt.length == 0 ? new int[] {tick} : freeAt.clone();
        for (int i = 0; i < free.length; i++) {
            free[i] = Math.max(tick, free[i]);
        }
        Arrays.sort(free);
        String mode = mode(as, cmd);
        boolean api = as.requiresApi();
        int timeout = timeout(as);
        int n = clusters.length;
        int[] laneFree;
        boolean automated = ActionSpec.AUTOMATED.equals(mode);
        int start = free[0];
        int release;
        int held;
        if (automated) {
            int launched = start + prepare(as);
            laneFree = new int[parallelism(as, n)];
            Arrays.fill(laneFree, launched);
            held = 1;
            release = launched;
        } else {
            int lanes = Math.min(Math.min(cmd.respondersOrOne(), n), free.length);
            laneFree = Arrays.copyOf(free, lanes);
            held = 0;
            release = start;
        }
        int[] laneUsed = new int[laneFree.length];
        int first = NEVER;
        int last = NEVER;
        int failing = 0;
        int end = start;
        double answeredSum = 0;
        for (int i = 0; i < n; i++) {
            int lane = 0;
            for (int l = 1; l < laneFree.length; l++) {
                if (laneFree[l] < laneFree[lane]) {
                    lane = l;
                }
            }
            int c = clusters[i];
            double a = c < 0 || answered == null ? 1 : answered[c];
            answeredSum += a;
            int t = expectedTicks(work(as, mode, automated ? 0 : laneUsed[lane]), api && c >= 0, a, timeout);
            boolean fails = t == Integer.MAX_VALUE;
            int done = laneFree[lane] + (fails ? timeout : t);
            if (fails) {
                failing++;
            } else {
                first = first == NEVER ? done : Math.min(first, done);
                last = Math.max(last, done);
            }
            laneFree[lane] = done;
            laneUsed[lane]++;
            end = Math.max(end, done);
        }
        int[] laneEnds;
        if (automated) {
            laneEnds = new int[] {release};
        } else {
            int used = 0;
            for (int u : laneUsed) {
                used += u > 0 ? 1 : 0;
            }
            laneEnds = new int[used];
            int k = 0;
            for (int l = 0; l < laneFree.length; l++) {
                if (laneUsed[l] > 0) {
                    laneEnds[k++] = laneFree[l];
                    release = Math.max(release, laneFree[l]);
                }
            }
            held = used;
        }
        if (kind == ActionKind.ROLLBACK_TELEMETRY && failing > 0) {
            first = NEVER;
            last = NEVER;
        }
        double share = api && clusters[0] >= 0 ? answeredSum / n : Double.NaN;
        return new Estimate(mode, clusters[0] < 0 ? 0 : n, held, start, first, last, release, end, failing, api,
                share, laneEnds, null);
    }

    private static Estimate failed(String problem) {
        return new Estimate(null, 0, 0, -1, NEVER, NEVER, -1, -1, 0, false, Double.NaN, new int[0], problem);
    }

    /**
     * When each responder is free, from the desk's records: held responders until their action's
     * expected release, queued actions (in issue order) taking responders as they would, the rest free
     * now. {@code responders} is the current team size.
     */
    public static int[] availability(ModelSpec spec, List<ActionRecord> records, int responders, int tick,
                                     double[] answered) {
        int[] free = new int[Math.max(1, responders)];
        Arrays.fill(free, tick);
        int k = 0;
        for (ActionRecord r : records) {
            if (r.outcome() == Outcome.RUNNING) {
                for (int i = 0; i < r.held() && k < free.length; i++) {
                    free[k++] = Math.max(tick, r.releaseTick());
                }
            }
        }
        for (ActionRecord r : records) {
            if (r.outcome() != Outcome.QUEUED) {
                continue;
            }
            Command c = new Command(tick, Command.ACTION, r.action(), r.target(), r.params(), r.mode(),
                    r.requested(), r.by(), null);
            Estimate e = estimate(spec, c, tick, free, answered);
            if (!e.ok()) {
                continue;
            }
            Arrays.sort(free);
            // The earliest-free responders take the queued action's lanes.
            for (int i = 0; i < e.laneEnds().length && i < free.length; i++) {
                free[i] = Math.max(free[i], e.laneEnds()[i]);
            }
        }
        Arrays.sort(free);
        return free;
    }

    /**
     * Answered share per cluster as responders can judge it from their dashboards: one minus the
     * observed API error ratio, and nothing where samples are missing (a failing cluster drops them).
     */
    public static double[] answeredFromObserved(double[] apiErrorRatio) {
        double[] out = new double[apiErrorRatio.length];
        for (int c = 0; c < out.length; c++) {
            double e = apiErrorRatio[c];
            out[c] = Double.isNaN(e) ? 0 : Math.max(0, Math.min(1, 1 - e));
        }
        return out;
    }
}
