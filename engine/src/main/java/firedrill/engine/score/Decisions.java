package firedrill.engine.score;

import firedrill.engine.action.ActionKind;
import firedrill.engine.action.ActionRecord;
import firedrill.engine.action.Outcome;
import firedrill.engine.model.FleetLayout;
import firedrill.engine.model.ModelSpec;
import firedrill.engine.scenario.ActionSpec;
import firedrill.engine.command.Command;
import firedrill.engine.sim.History;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * Judges every action of a run by its counterfactual (docs/scoring.md, "Decisions"). For each action
 * that landed, a {@link WhatIf#remove} branch without it runs from the checkpoint at its decision tick.
 * Its <b>verdict</b> looks at the mechanism within {@link #WINDOW_SECONDS} of landing, minute by minute,
 * on each of the action's targets (API health, DNS, share served) and on the products they carry
 * (availability). Its <b>value</b> is the impact-minutes the run saved against that branch over the
 * rest of the run — the number the debrief's what-if shows; it does not change the verdict, and it is
 * computed only when asked for (the branch then runs to the end of the run instead of the window's).
 * <ul>
 * <li><b>hurt</b>: on some target the API collapsed compared with the world without it (a reconnect
 *     herd: health {@link #COLLAPSE_STEP} lower for {@link #COLLAPSE_MINUTES} minutes in a row, or at
 *     the end of a shorter window), or its DNS or share served was clearly lower for as long (except
 *     an action's documented trade-off on a target that was in trouble anyway: blocking the admin API
 *     cuts CoreDNS off, shrinking a cluster cuts its serving capacity) — whatever else improved, and
 *     named per cluster for an action on several; or its targets got clearly worse on average and it
 *     saved less than {@link #NET_GAIN_MINUTES} impact-minutes within the window; or, whatever the
 *     mechanism, it added {@link #COST_MINUTES} impact-minutes or more within the window;</li>
 * <li><b>helped</b>: otherwise, a target or product got clearly better within the window, or it saved
 *     at least {@link #NET_GAIN_MINUTES} impact-minutes within it;</li>
 * <li><b>no visible effect</b>: neither;</li>
 * <li><b>failed</b> (rejected, or the Kubernetes API was unreachable), <b>did not finish</b>, and
 *     <b>communication / team</b> actions (status updates, escalation, investigation) are not
 *     mitigations and are not simulated again.</li>
 * </ul>
 * Deterministic: the branches are independent and their results are stored by decision index.
 */
public final class Decisions {
    /** How long after an action lands its effect is compared with the world without it. */
    public static final int WINDOW_SECONDS = 45 * 60;
    /** A clear change of API health (share answered), per target on average. */
    public static final double HEALTH_STEP = 0.25;
    /** A fall of one target's API health that counts as a collapse (a herd), whatever else improved. */
    public static final double COLLAPSE_STEP = 0.5;
    /** How long, at the end of the window, a collapse must have lasted to count whatever else improved. */
    public static final int COLLAPSE_MINUTES = 5;
    /** A target whose API answers, or which serves, less than this was in trouble already. */
    static final double HEALTHY = 0.9;
    /** A clear change of DNS success or share served, per target on average. */
    public static final double SERVED_STEP = 0.10;
    /** A clear change of a product's availability (2 points). */
    public static final double AVAILABILITY_STEP = 0.02;
    /** Impact-minutes an action must save within the window to outweigh damage to its targets. */
    public static final double NET_GAIN_MINUTES = 1.0;
    /** Impact-minutes an action adds within the window that make it harmful whatever the mechanism. */
    public static final double COST_MINUTES = 5.0;

    /** What an action did, judged against the run without it. */
    public enum Verdict {
        HELPED("helped"),
        HURT("hurt"),
        NO_EFFECT("no visible effect"),
        FAILED("failed"),
        NOT_FINISHED("did not finish"),
        NOT_A_MITIGATION("communication / team");

        private final String label;

        Verdict(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** One target of an action on several clusters, judged on its own. */
    public record ClusterVerdict(String cluster, Verdict verdict, String why) {}

    /**
     * One action and its verdict. {@code index} is the position of its command among the run's
     * decisions ({@link WhatIf#decisions()}); {@code why} is the reason in words (the action's lesson
     * when it hurt and the scenario has one); {@code evidence} lists what changed on which targets;
     * {@code effectTick} is when the clearest change began (-1 when none); {@code savedMinutes} the
     * impact-minutes it saved within the window on the products its targets carry (negative: it cost
     * them); {@code valueMinutes} the impact-minutes the run saved against the run without it over the
     * rest of the run, as the what-if shows (NaN when not computed or not simulated again);
     * {@code clusters} the verdict per target cluster (empty unless it acted on several).
     */
    public record Decision(int index, Command command, ActionRecord action, String kind, Verdict verdict, String why,
                           List<String> evidence, int effectTick, double savedMinutes, double valueMinutes,
                           List<ClusterVerdict> clusters) {
        public Decision {
            clusters = clusters == null ? List.of() : List.copyOf(clusters);
        }

        public Decision(int index, Command command, ActionRecord action, String kind, Verdict verdict, String why,
                        List<String> evidence, int effectTick, double savedMinutes) {
            this(index, command, action, kind, verdict, why, evidence, effectTick, savedMinutes, Double.NaN, List.of());
        }

        /** The value over the rest of the run when computed, otherwise the saving within the window. */
        public double bestKnownValue() {
            return Double.isNaN(valueMinutes) ? savedMinutes : valueMinutes;
        }

        public boolean hurt() {
            return verdict == Verdict.HURT;
        }

        public boolean helped() {
            return verdict == Verdict.HELPED;
        }

        /** The targets this action hurt (of an action on several clusters). */
        public List<String> hurtClusters() {
            return clusters.stream().filter(c -> c.verdict() == Verdict.HURT).map(ClusterVerdict::cluster).toList();
        }
    }

    private Decisions() {}

    /** Every action of the recorded run, in the order issued, with its verdict and its value over the run. */
    public static List<Decision> analyse(WhatIf whatIf) {
        return analyse(whatIf, true);
    }

    /**
     * Every action with its verdict; {@code value} also computes each action's value over the rest of
     * the run (a branch to the end of the run instead of the end of the window: several times the work).
     */
    public static List<Decision> analyse(WhatIf whatIf, boolean value) {
        List<Command> decisions = whatIf.decisions();
        List<ActionRecord> records = whatIf.original().simulation().actionRecords();
        List<Integer> actionIndexes = new ArrayList<>();
        for (int i = 0; i < decisions.size() && actionIndexes.size() < records.size(); i++) {
            if (Command.ACTION.equals(decisions.get(i).type())) {
                actionIndexes.add(i);
            }
        }
        Decision[] out = new Decision[actionIndexes.size()];
        IntStream.range(0, out.length).parallel().forEach(k ->
                out[k] = judge(whatIf, actionIndexes.get(k), records.get(k), value));
        return List.of(out);
    }

    /** The first action that helped, by issue time, or null. */
    public static Decision firstEffective(List<Decision> decisions) {
        Decision best = null;
        for (Decision d : decisions) {
            if (d.helped() && (best == null || d.action().issuedTick() < best.action().issuedTick())) {
                best = d;
            }
        }
        return best;
    }

    private static Decision judge(WhatIf whatIf, int index, ActionRecord a, boolean withValue) {
        ModelSpec spec = whatIf.spec();
        Command cmd = whatIf.decisions().get(index);
        ActionSpec as = spec.action(a.action());
        ActionKind kind = as == null ? null : ActionKind.fromId(as.kind());
        String kindId = kind == null ? "unknown" : kind.id();
        String lesson = as == null || as.lesson() == null || as.lesson().isBlank() ? null : as.lesson();
        if (a.outcome() == Outcome.FAILED) {
            String why = (a.reason().isEmpty() ? "it failed" : a.reason()) + (lesson == null ? "" : ". " + lesson);
            return new Decision(index, cmd, a, kindId, Verdict.FAILED, why, List.of(), -1, 0);
        }
        if (!a.outcome().finished()) {
            return new Decision(index, cmd, a, kindId, Verdict.NOT_FINISHED,
                    "still " + a.outcome().label() + " when the run ended", List.of(), -1, 0);
        }
        if (kind == null || kind == ActionKind.STATUS_UPDATE || kind == ActionKind.ESCALATE
                || kind == ActionKind.INVESTIGATE) {
            String why = kind == ActionKind.STATUS_UPDATE ? "keeps customers and stakeholders informed"
                    : kind == ActionKind.ESCALATE ? "brings more responders" : lesson == null ? "gathers information" : lesson;
            return new Decision(index, cmd, a, kindId, Verdict.NOT_A_MITIGATION, why, List.of(), -1, 0);
        }
        int[] targets = targets(spec.layout(), a, kind);
        boolean[] services = services(spec.layout(), targets, kind);
        int runEnd = whatIf.original().simulation().tick();
        int end = Math.min(runEnd, a.endTick() + WINDOW_SECONDS);
        WhatIf.Run without = whatIf.remove(index, withValue ? runEnd : end);
        boolean tradeOff = kind == ActionKind.BLOCK_ADMIN_API || kind == ActionKind.SCALE_DOWN_CLUSTER;
        Effect e = new Effect(spec, targets, services, whatIf.original().simulation().history(),
                without.simulation().history(), a.endTick() / 60, end / 60, tradeOff);
        double saved = Math.round(e.savedMinutes * 10) / 10.0;
        double value = withValue
                ? Math.round((impact(without.outcome()) - impact(whatIf.original().outcome())) * 10) / 10.0 : Double.NaN;
        boolean scoped = kind.clusterScoped();
        List<ClusterVerdict> perCluster = scoped && targets.length > 1 ? e.perCluster() : List.of();
        List<String> hurtOn = scoped ? e.hurtTargets() : List.of();
        boolean damage = e.minHealth <= -HEALTH_STEP || e.minDns <= -SERVED_STEP || e.minServed <= -SERVED_STEP;
        boolean gain = e.maxHealth >= HEALTH_STEP || e.maxDns >= SERVED_STEP || e.maxServed >= SERVED_STEP
                || e.maxAvailability >= AVAILABILITY_STEP;
        List<String> evidence = new ArrayList<>(e.evidence());
        if (!Double.isNaN(value) && Math.abs(value) >= 0.05) {
            evidence.add(String.format(Locale.ROOT, "impact-minutes %s %.1f by the end of the run (what-if without it)",
                    value >= 0 ? "saved" : "added", Math.abs(value)));
        }
        // Cluster-scoped actions are judged on each target; fleet-wide ones (every cluster a target,
        // where crash timing alone moves some) on the average and a collapse that lasts to the window's end.
        boolean hurt = scoped ? !hurtOn.isEmpty() : e.collapsedAtEnd() || (damage && e.savedMinutes < NET_GAIN_MINUTES);
        if (hurt || e.savedMinutes <= -COST_MINUTES) {
            String why;
            if (!hurtOn.isEmpty()) {
                why = (lesson != null ? (targets.length > 1 ? "hurt " + list(hurtOn) + ": " : "") + lesson
                        : e.hurtSentence() + ".") + e.othersSentence(perCluster);
            } else {
                why = lesson != null ? lesson : e.worseSentence();
            }
            if (value >= NET_GAIN_MINUTES) {
                why += String.format(Locale.ROOT, " (Leaving it out altogether would have been worse: %.0f impact-minutes"
                        + " more by the end of the run.)", value);
            }
            return new Decision(index, cmd, a, kindId, Verdict.HURT, why, List.copyOf(evidence), e.firstWorse, saved, value,
                    perCluster);
        }
        if (gain || e.savedMinutes >= NET_GAIN_MINUTES) {
            return new Decision(index, cmd, a, kindId, Verdict.HELPED, e.betterSentence(value), List.copyOf(evidence),
                    e.firstBetter, saved, value, perCluster);
        }
        String note = value >= NET_GAIN_MINUTES ? String.format(Locale.ROOT, ", but without it the rest of the run would"
                + " have had %.0f more impact-minutes (it enabled what came later)", value)
                : value <= -0.5 ? String.format(Locale.ROOT, "; it cost %.1f impact-minutes by the end of the run", -value)
                : "";
        return new Decision(index, cmd, a, kindId, Verdict.NO_EFFECT, "no clear benefit on its targets within "
                + WINDOW_SECONDS / 60 + " min of landing at " + spec.timeOf(a.endTick()) + note, List.copyOf(evidence), -1,
                saved, value, perCluster);
    }

    /** Impact-minutes of a run over all products (as the what-if and the grade count them). */
    private static double impact(RunOutcome o) {
        double total = 0;
        for (ServiceOutcome s : o.services().values()) {
            total += s.impactMinutes();
        }
        return total;
    }

    /** Clusters the action changed: those it succeeded on, or the whole fleet for fleet-wide effects. */
    private static int[] targets(FleetLayout layout, ActionRecord a, ActionKind kind) {
        if (!kind.clusterScoped()) {
            return IntStream.range(0, layout.clusters()).toArray();
        }
        return a.succeeded().stream().mapToInt(layout::indexOf).filter(c -> c >= 0).toArray();
    }

    /** Products carried by the targets (all of them for fleet-wide effects). */
    private static boolean[] services(FleetLayout layout, int[] targets, ActionKind kind) {
        boolean[] out = new boolean[layout.services()];
        for (int s = 0; s < out.length; s++) {
            if (!kind.clusterScoped()) {
                out[s] = true;
                continue;
            }
            for (int c : targets) {
                if (layout.share(s, c) > 0) {
                    out[s] = true;
                    break;
                }
            }
        }
        return out;
    }

    /** Minute-by-minute differences, run minus counterfactual, over the window. */
    private static final class Effect {
        final ModelSpec spec;
        final int[] targets;
        double minHealth;
        double maxHealth;
        double minDns;
        double maxDns;
        double minServed;
        double maxServed;
        double minAvailability;
        double maxAvailability;
        /** Impact-minutes saved within the window on the products the targets carry. */
        double savedMinutes;
        int firstWorse = -1;
        int firstBetter = -1;
        int lastWorse = -1;
        int minutes;
        /** Per target: whether its trade-off exempts it (it was in trouble anyway). */
        final boolean[] exempt;
        final double[] worstHealth;
        final double[] worstDns;
        final double[] worstServed;
        final double[] bestHealth;
        final double[] bestDns;
        final double[] bestServed;
        /** Per target: the longest run of minutes its API answered far less (a collapse), and when it began. */
        final int[] collapseMinutes;
        final int[] collapseFrom;
        /** Per target: the longest run of minutes its DNS or share served was clearly lower, and when it began. */
        final int[] damageMinutes;
        final int[] damageFrom;
        /** Per target: minutes in a row, up to the end of the window, its API answered far less. */
        final int[] trailingCollapse;
        final double[] worstAvailability;
        final double[] bestAvailability;

        Effect(ModelSpec spec, int[] targets, boolean[] services, History run, History without, int fromMinute,
               int toMinute, boolean tradeOff) {
            this.spec = spec;
            this.targets = targets;
            int n = targets.length;
            int last = Math.min(toMinute, Math.min(run.size(), without.size()) - 1);
            // A trade-off (DNS cut off by a block, capacity cut by a shrink) is not damage on a target
            // that was in trouble anyway: judged in the world without the action, when it landed.
            exempt = new boolean[n];
            if (tradeOff && fromMinute <= last) {
                History.Minute landed = without.minute(Math.max(0, fromMinute));
                for (int i = 0; i < n; i++) {
                    exempt[i] = landed.clusterHealth()[targets[i]] < HEALTHY || landed.clusterServed()[targets[i]] < HEALTHY;
                }
            }
            worstHealth = new double[n];
            worstDns = new double[n];
            worstServed = new double[n];
            bestHealth = new double[n];
            bestDns = new double[n];
            bestServed = new double[n];
            collapseMinutes = new int[n];
            collapseFrom = new int[n];
            damageMinutes = new int[n];
            damageFrom = new int[n];
            int[] collapseRun = new int[n];
            int[] damageRun = new int[n];
            trailingCollapse = collapseRun;
            worstAvailability = new double[services.length];
            bestAvailability = new double[services.length];
            for (int m = Math.max(0, fromMinute); m <= last; m++) {
                minutes++;
                History.Minute a = run.minute(m);
                History.Minute b = without.minute(m);
                double dh = 0;
                double dd = 0;
                double ds = 0;
                boolean collapsed = false;
                for (int i = 0; i < n; i++) {
                    int c = targets[i];
                    double h = a.clusterHealth()[c] - b.clusterHealth()[c];
                    double d = a.clusterDns()[c] - b.clusterDns()[c];
                    double s = a.clusterServed()[c] - b.clusterServed()[c];
                    dh += h;
                    dd += exempt[i] ? Math.max(0, d) : d;
                    ds += exempt[i] ? Math.max(0, s) : s;
                    worstHealth[i] = Math.min(worstHealth[i], h);
                    worstDns[i] = Math.min(worstDns[i], d);
                    worstServed[i] = Math.min(worstServed[i], s);
                    bestHealth[i] = Math.max(bestHealth[i], h);
                    bestDns[i] = Math.max(bestDns[i], d);
                    bestServed[i] = Math.max(bestServed[i], s);
                    collapsed |= h <= -COLLAPSE_STEP;
                    collapseRun[i] = h <= -COLLAPSE_STEP ? collapseRun[i] + 1 : 0;
                    if (collapseRun[i] > collapseMinutes[i]) {
                        collapseMinutes[i] = collapseRun[i];
                        collapseFrom[i] = (m - collapseRun[i] + 1) * 60;
                    }
                    boolean damaged = !exempt[i] && (d <= -SERVED_STEP || s <= -SERVED_STEP);
                    damageRun[i] = damaged ? damageRun[i] + 1 : 0;
                    if (damageRun[i] > damageMinutes[i]) {
                        damageMinutes[i] = damageRun[i];
                        damageFrom[i] = (m - damageRun[i] + 1) * 60;
                    }
                }
                if (n > 0) {
                    dh /= n;
                    dd /= n;
                    ds /= n;
                }
                double worstA = 0;
                double bestA = 0;
                for (int k = 0; k < services.length; k++) {
                    if (!services[k]) {
                        continue;
                    }
                    double da = a.availability()[k] - b.availability()[k];
                    worstAvailability[k] = Math.min(worstAvailability[k], da);
                    bestAvailability[k] = Math.max(bestAvailability[k], da);
                    worstA = Math.min(worstA, da);
                    bestA = Math.max(bestA, da);
                    if (m > 0) {
                        savedMinutes += da;
                    }
                }
                minHealth = Math.min(minHealth, dh);
                maxHealth = Math.max(maxHealth, dh);
                minDns = Math.min(minDns, dd);
                maxDns = Math.max(maxDns, dd);
                minServed = Math.min(minServed, ds);
                maxServed = Math.max(maxServed, ds);
                minAvailability = Math.min(minAvailability, worstA);
                maxAvailability = Math.max(maxAvailability, bestA);
                boolean worse = collapsed || dh <= -HEALTH_STEP || dd <= -SERVED_STEP || ds <= -SERVED_STEP || worstA <= -AVAILABILITY_STEP;
                boolean better = dh >= HEALTH_STEP || dd >= SERVED_STEP || ds >= SERVED_STEP || bestA >= AVAILABILITY_STEP;
                if (worse) {
                    if (firstWorse < 0) {
                        firstWorse = m * 60;
                    }
                    lastWorse = m * 60;
                }
                if (better && firstBetter < 0) {
                    firstBetter = m * 60;
                }
            }
        }

        /** Fleet-wide actions: some cluster's API was still collapsed at the end of the window. */
        boolean collapsedAtEnd() {
            for (int i = 0; i < targets.length; i++) {
                if (trailingCollapse[i] >= need()) {
                    return true;
                }
            }
            return false;
        }

        /** Minutes in a row a harm must last to count whatever else improved (less for a short window). */
        private int need() {
            return Math.max(1, Math.min(COLLAPSE_MINUTES, minutes));
        }

        /** True when target {@code i}'s API collapsed against the world without the action (a herd). */
        boolean collapsed(int i) {
            return collapseMinutes[i] >= need();
        }

        /** True when target {@code i}'s DNS or share served was clearly lower for long (and not its trade-off). */
        boolean damaged(int i) {
            return damageMinutes[i] >= need();
        }

        /**
         * Target {@code i} was hurt: a collapse, lasting damage to its DNS or serving, or a clear dip the
         * action did not pay for (it saved less than {@link #NET_GAIN_MINUTES} within the window).
         */
        boolean hurt(int i) {
            return collapsed(i) || damaged(i) || (dipped(i) && savedMinutes < NET_GAIN_MINUTES);
        }

        private boolean dipped(int i) {
            return worstHealth[i] <= -HEALTH_STEP
                    || (!exempt[i] && (worstDns[i] <= -SERVED_STEP || worstServed[i] <= -SERVED_STEP));
        }

        boolean helped(int i) {
            return bestHealth[i] >= HEALTH_STEP || bestDns[i] >= SERVED_STEP || bestServed[i] >= SERVED_STEP;
        }

        /** The targets the action hurt, by id. */
        List<String> hurtTargets() {
            List<String> out = new ArrayList<>();
            for (int i = 0; i < targets.length; i++) {
                if (hurt(i)) {
                    out.add(spec.layout().id(targets[i]));
                }
            }
            return out;
        }

        /** Each target's own verdict. */
        List<ClusterVerdict> perCluster() {
            List<ClusterVerdict> out = new ArrayList<>();
            for (int i = 0; i < targets.length; i++) {
                String id = spec.layout().id(targets[i]);
                if (hurt(i)) {
                    out.add(new ClusterVerdict(id, Verdict.HURT, harm(i)));
                } else if (helped(i)) {
                    out.add(new ClusterVerdict(id, Verdict.HELPED, bestHealth[i] >= HEALTH_STEP
                            ? "its API answered up to " + points(bestHealth[i]) + " points more requests"
                            : bestServed[i] >= SERVED_STEP ? "its workloads served up to " + points(bestServed[i])
                            + " points more of their traffic" : "its DNS resolved up to " + points(bestDns[i])
                            + " points more lookups"));
                } else {
                    out.add(new ClusterVerdict(id, Verdict.NO_EFFECT, "no clear change"));
                }
            }
            return List.copyOf(out);
        }

        /** What happened to target {@code i}, e.g. "its API re-collapsed from 17:40 for 12 min". */
        private String harm(int i) {
            if (collapsed(i)) {
                return "its API answered up to " + points(-worstHealth[i]) + " points fewer requests than without this action"
                        + " for " + collapseMinutes[i] + " min from " + spec.timeOf(collapseFrom[i]) + " (it collapsed again)";
            }
            if (!damaged(i)) {
                boolean api = worstHealth[i] <= -HEALTH_STEP;
                return (api ? "its API answered up to " + points(-worstHealth[i]) + " points fewer requests"
                        : worstDns[i] <= worstServed[i] ? "its DNS resolved up to " + points(-worstDns[i]) + " points fewer lookups"
                        : "its workloads served up to " + points(-worstServed[i]) + " points less of their traffic")
                        + " for a while, and the action saved nothing for it within " + WINDOW_SECONDS / 60 + " min";
            }
            boolean dns = worstDns[i] <= worstServed[i];
            return (dns ? "its DNS resolved up to " + points(-worstDns[i]) + " points fewer lookups"
                    : "its workloads served up to " + points(-worstServed[i]) + " points less of their traffic")
                    + " for " + damageMinutes[i] + " min from " + spec.timeOf(damageFrom[i]);
        }

        /** The harm to each hurt target, e.g. "the API of gpt-westus-01 answered … (it collapsed again)". */
        String hurtSentence() {
            List<String> parts = new ArrayList<>();
            for (int i = 0; i < targets.length; i++) {
                if (hurt(i)) {
                    parts.add(spec.layout().id(targets[i]) + ": " + harm(i));
                }
            }
            return String.join("; ", parts);
        }

        /** "; it helped api-eastus-01 and 2 more" for the targets it did not hurt. */
        String othersSentence(List<ClusterVerdict> perCluster) {
            List<String> helped = perCluster.stream().filter(c -> c.verdict() == Verdict.HELPED).map(ClusterVerdict::cluster).toList();
            return helped.isEmpty() ? "" : " It helped " + list(helped) + ".";
        }

        /** "the API of a, b and 2 more answered up to 100 points less …" for the worst aspect. */
        String worseSentence() {
            String when = firstWorse < 0 ? "" : " (from " + spec.timeOf(firstWorse)
                    + (lastWorse > firstWorse ? " to " + spec.timeOf(lastWorse) : "") + ")";
            double[] candidates = {minHealth / HEALTH_STEP, minDns / SERVED_STEP, minServed / SERVED_STEP,
                    minAvailability / AVAILABILITY_STEP};
            int worst = argMin(candidates);
            String than = " than it would have without this action" + when;
            switch (worst) {
                case 0:
                    return "the API of " + clusters(worstHealth, -HEALTH_STEP) + " answered up to "
                            + points(-minHealth) + " points fewer requests" + than;
                case 1:
                    return "DNS on " + clusters(worstDns, -SERVED_STEP) + " resolved up to " + points(-minDns)
                            + " points fewer lookups" + than;
                case 2:
                    return "workloads on " + clusters(worstServed, -SERVED_STEP) + " served up to "
                            + points(-minServed) + " points less of their traffic" + than;
                default:
                    return serviceNames(worstAvailability, -AVAILABILITY_STEP) + " availability was up to "
                            + points(-minAvailability) + " points lower" + than;
            }
        }

        /** What got better within the window, and the action's value over the rest of the run when known. */
        String betterSentence(double value) {
            String when = firstBetter < 0 ? "" : " from " + spec.timeOf(firstBetter);
            String saved = !Double.isNaN(value) && value >= NET_GAIN_MINUTES
                    ? String.format(Locale.ROOT, "; saved %.0f impact-minutes by the end of the run", value)
                    : Double.isNaN(value) && savedMinutes >= NET_GAIN_MINUTES
                    ? String.format(Locale.ROOT, "; saved %.0f impact-minutes within %d min", savedMinutes, WINDOW_SECONDS / 60)
                    : "";
            double[] candidates = {maxHealth / HEALTH_STEP, maxServed / SERVED_STEP, maxAvailability / AVAILABILITY_STEP};
            switch (argMin(new double[] {-candidates[0], -candidates[1], -candidates[2]})) {
                case 0:
                    return "the API of " + clusters(bestHealth, HEALTH_STEP) + " answered up to " + points(maxHealth)
                            + " points more requests" + when + saved;
                case 1:
                    return "workloads on " + clusters(bestServed, SERVED_STEP) + " served up to " + points(maxServed)
                            + " points more of their traffic" + when + saved;
                default:
                    return serviceNames(bestAvailability, AVAILABILITY_STEP) + " availability was up to "
                            + points(maxAvailability) + " points higher" + when + saved;
            }
        }

        List<String> evidence() {
            List<String> out = new ArrayList<>();
            add(out, "API health", minHealth, maxHealth);
            add(out, "DNS", minDns, maxDns);
            add(out, "share served", minServed, maxServed);
            for (int k = 0; k < worstAvailability.length; k++) {
                if (worstAvailability[k] <= -AVAILABILITY_STEP || bestAvailability[k] >= AVAILABILITY_STEP) {
                    out.add(spec.layout().serviceName(k) + " availability " + range(worstAvailability[k], bestAvailability[k]));
                }
            }
            return List.copyOf(out);
        }

        private void add(List<String> out, String what, double min, double max) {
            if (min <= -SERVED_STEP / 2 || max >= SERVED_STEP / 2) {
                out.add(what + " of the targets " + range(min, max));
            }
        }

        private static String range(double min, double max) {
            if (min < 0 && max > 0) {
                return "between " + signed(min) + " and " + signed(max) + " points";
            }
            return (min < 0 ? signed(min) : signed(max)) + " points";
        }

        private static String signed(double v) {
            return String.format(Locale.ROOT, "%+.0f", v * 100);
        }

        private static String points(double v) {
            return String.format(Locale.ROOT, "%.0f", v * 100);
        }

        private String clusters(double[] perTarget, double threshold) {
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < targets.length; i++) {
                if (threshold < 0 ? perTarget[i] <= threshold : perTarget[i] >= threshold) {
                    ids.add(spec.layout().id(targets[i]));
                }
            }
            if (ids.isEmpty()) {
                return targets.length == 1 ? spec.layout().id(targets[0]) : "its " + targets.length + " targets";
            }
            return list(ids);
        }

        private String serviceNames(double[] perService, double threshold) {
            List<String> names = new ArrayList<>();
            for (int k = 0; k < perService.length; k++) {
                if (threshold < 0 ? perService[k] <= threshold : perService[k] >= threshold) {
                    names.add(spec.layout().serviceName(k));
                }
            }
            return names.isEmpty() ? "product" : list(names);
        }

        private static int argMin(double[] v) {
            int best = 0;
            for (int i = 1; i < v.length; i++) {
                if (v[i] < v[best]) {
                    best = i;
                }
            }
            return best;
        }
    }

    /** "a", "a and b", "a, b and c", "a, b, c and 4 more". */
    static String list(List<String> items) {
        if (items.size() == 1) {
            return items.get(0);
        }
        if (items.size() <= 3) {
            return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
        }
        return String.join(", ", items.subList(0, 3)) + " and " + (items.size() - 3) + " more";
    }
}
