package firedrill.engine.score;

import firedrill.engine.action.ActionKind;
import firedrill.engine.action.ActionRecord;
import firedrill.engine.action.Outcome;
import firedrill.engine.model.ModelSpec;
import firedrill.engine.scenario.ActionSpec;
import firedrill.engine.scenario.Milestone;
import firedrill.engine.scenario.ScenarioTime;
import firedrill.engine.scenario.Team;
import firedrill.engine.sim.History;
import firedrill.engine.sim.RunRecord;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A run scored against the real team (docs/scoring.md): per-service recovery versus the real
 * timeline, impact minutes versus the reference playbook with the same seed (and its par
 * distribution when given), the first effective mitigation, harmful actions with why, idle
 * responders, status-update cadence, and one headline grade with a label. A solo run is scored to the
 * scenario's horizon: a record that stopped early is continued with no further actions, so stopping
 * cannot flatter a score. A facilitated drill that ended early is scored up to its end instead
 * ({@link #toEnd}): the outcome, the status-update cadence and the idle time cover only the drilled span,
 * against the real team's run cut at the same moment, and what the model says would follow if nobody
 * acted afterwards is kept apart as the {@link #extrapolation()}. Deterministic: the same record,
 * scenario and par give the same card.
 */
public final class Scorecard {
    /** Target interval between status updates while customers are affected. */
    public static final int STATUS_TARGET_SECONDS = 30 * 60;
    public static final String BETTER = "Better than the real team";
    public static final String ON_PAR = "On par";
    public static final String BEHIND = "Behind the real team";
    /** Grade points per halving of impact minutes relative to the real team. */
    static final double POINTS_PER_HALVING = 25;
    /** Narrowest "on par" band, in grade points either side of 50. */
    static final double MIN_BAND = 3;

    /** One service: this run, the real team's run with the same seed, and the published recovery. */
    public record ServiceResult(String id, String name, ServiceOutcome run, ServiceOutcome reference,
                                int realFullRecovery, String realLabel, double parPercentile) {
        /** Run minus real full recovery, in minutes (negative: earlier); NaN when either is missing. */
        public double vsRealMinutes() {
            return run.fullRecovery() < 0 || realFullRecovery < 0 ? Double.NaN
                    : (run.fullRecovery() - realFullRecovery) / 60.0;
        }

        /** Run minus the reference run's full recovery, in minutes; NaN when either never recovered. */
        public double vsReferenceMinutes() {
            return run.fullRecovery() < 0 || reference.fullRecovery() < 0 ? Double.NaN
                    : (run.fullRecovery() - reference.fullRecovery()) / 60.0;
        }
    }

    /** The first action that helped: when it was issued and landed, and which decision it was. */
    public record Mitigation(int issuedTick, int landedTick, String action, String target, int decision) {
        static Mitigation of(Decisions.Decision d) {
            return d == null ? null : new Mitigation(d.action().issuedTick(), d.action().endTick(), d.action().action(),
                    d.action().target(), d.index());
        }
    }

    /**
     * Responder-minutes free while customers were affected (from the first alert, minutes in which
     * some service was below 99%), out of responder-minutes available.
     */
    public record Idle(int freeMinutes, int availableMinutes, int fromTick, int toTick) {
        public double share() {
            return availableMinutes == 0 ? 0 : (double) freeMinutes / availableMinutes;
        }
    }

    /**
     * Status updates during the impact window: their ticks, the gaps (window start → first update →
     * … → window end), and how many 30-minute slots of the window had an update.
     */
    public record Cadence(List<Integer> updates, List<Integer> gapsSeconds, int fromTick, int toTick, int slots,
                          int slotsCovered) {
        public int longestGapSeconds() {
            return gapsSeconds.stream().mapToInt(Integer::intValue).max().orElse(0);
        }

        public int gapsOverTarget() {
            return (int) gapsSeconds.stream().filter(g -> g > STATUS_TARGET_SECONDS).count();
        }

        public double coverage() {
            return slots == 0 ? 1 : (double) slotsCovered / slots;
        }
    }

    /**
     * The headline: 50 is the real team; points for impact (±{@value #POINTS_PER_HALVING} per halving
     * or doubling), first mitigation, harmful actions, communication and idle responders, each
     * relative to the real team's run with the same seed; {@code band} is the half-width of "on par".
     * {@code cap} says why the value was capped (a harmful action the real team did not take), or is null.
     */
    public record Grade(int value, String label, double impactPoints, double mitigationPoints, double harmPoints,
                        double commsPoints, double idlePoints, double band, String cap) {
        public Grade(int value, String label, double impactPoints, double mitigationPoints, double harmPoints,
                     double commsPoints, double idlePoints, double band) {
            this(value, label, impactPoints, mitigationPoints, harmPoints, commsPoints, idlePoints, band, null);
        }
    }

    /**
     * What the model says follows a run scored up to {@code fromTick} if nobody acts afterwards (actions
     * already under way run their course): the outcome to the horizon and its impact-minutes.
     */
    public record Extrapolation(int fromTick, RunOutcome outcome, double impactMinutes) {}

    /** The real team in the model: the reference playbook with the run's seed, and its decisions judged. */
    public record Baseline(long seed, WhatIf whatIf, List<Decisions.Decision> decisions) {
        public static Baseline of(ModelSpec spec, long seed) {
            RunRecord r = new RunRecord(spec.scenario().id(), spec.hash(), seed, spec.horizonTick(),
                    Par.referenceCommands(spec));
            WhatIf w = WhatIf.of(spec, r);
            // The real team's decisions need verdicts, not values over the run (never shown): window-only branches.
            return new Baseline(seed, w, Decisions.analyse(w, false));
        }

        public RunOutcome outcome() {
            return whatIf.original().outcome();
        }
    }

    private final ModelSpec spec;
    private final RunRecord record;
    private final WhatIf whatIf;
    private final RunOutcome outcome;
    private final Score score;
    private final Baseline baseline;
    private final Score referenceScore;
    private final Par.Result par;
    private final List<Decisions.Decision> decisions;
    private final Mitigation firstMitigation;
    private final Mitigation realFirstMitigation;
    private final List<ServiceResult> services;
    private final Idle idle;
    private final Idle referenceIdle;
    private final Cadence cadence;
    private final Cadence referenceCadence;
    private final List<StatusRubric.Scored> statusUpdates;
    private final List<StatusRubric.Scored> referenceStatusUpdates;
    private final double impactMinutes;
    private final double referenceImpactMinutes;
    private final Grade grade;
    /** The last tick the score covers: the horizon, or the end of a drill scored {@link #toEnd}. */
    private final int scoredTo;
    /** The real team's run up to {@link #scoredTo} (its whole run when scored to the horizon). */
    private final RunOutcome referenceSpan;
    private final Extrapolation extrapolation;

    private Scorecard(ModelSpec spec, RunRecord record, Par.Result par, Baseline baseline, boolean toEnd) {
        this.spec = spec;
        this.record = new RunRecord(record.scenario(), record.scenarioHash(), record.seed(), spec.horizonTick(),
                record.commands());
        this.whatIf = WhatIf.of(spec, this.record);
        this.scoredTo = toEnd ? Math.max(0, Math.min(record.ticks(), spec.horizonTick())) : spec.horizonTick();
        this.baseline = baseline != null && baseline.seed() == record.seed() ? baseline : Baseline.of(spec, record.seed());
        RunOutcome full = whatIf.original().outcome();
        boolean early = scoredTo < spec.horizonTick();
        // Up to the end of the drill: the state the team left, and the real team's at the same moment.
        this.outcome = early ? outcomeAt(record.commands(), scoredTo) : full;
        this.referenceSpan = early ? outcomeAt(Par.referenceCommands(spec), scoredTo) : this.baseline.outcome();
        this.extrapolation = early ? new Extrapolation(scoredTo, full, Par.totalImpact(full)) : null;
        this.score = Score.of(outcome, spec);
        this.referenceScore = Score.of(referenceSpan, spec);
        this.par = early ? null : par; // par runs go to the horizon: no fair place for a shorter span
        this.decisions = Decisions.analyse(whatIf);
        this.firstMitigation = Mitigation.of(Decisions.firstEffective(decisions));
        Decisions.Decision realFirst = Decisions.firstEffective(this.baseline.decisions());
        this.realFirstMitigation = realFirst == null || realFirst.action().issuedTick() > scoredTo ? null
                : Mitigation.of(realFirst);
        this.impactMinutes = Par.totalImpact(outcome);
        this.referenceImpactMinutes = Par.totalImpact(referenceSpan);
        this.services = computeServices();
        this.idle = idle(outcome, whatIf.original().simulation().history());
        this.referenceIdle = idle(referenceSpan, this.baseline.whatIf().original().simulation().history());
        this.cadence = cadence(outcome);
        this.referenceCadence = cadence(referenceSpan);
        this.statusUpdates = statusUpdates(decisions, whatIf.original().simulation().history());
        this.referenceStatusUpdates = statusUpdates(this.baseline.decisions(),
                this.baseline.whatIf().original().simulation().history());
        this.grade = computeGrade();
    }

    /** The same card placed in a par distribution: decisions and everything else reused, only par-dependent parts redone. */
    private Scorecard(Scorecard o, Par.Result par) {
        this.spec = o.spec;
        this.record = o.record;
        this.whatIf = o.whatIf;
        this.outcome = o.outcome;
        this.score = o.score;
        this.baseline = o.baseline;
        this.referenceScore = o.referenceScore;
        this.scoredTo = o.scoredTo;
        this.referenceSpan = o.referenceSpan;
        this.extrapolation = o.extrapolation;
        this.par = o.extrapolation != null ? null : par; // par runs go to the horizon: no fair place for a shorter span
        this.decisions = o.decisions;
        this.firstMitigation = o.firstMitigation;
        this.realFirstMitigation = o.realFirstMitigation;
        this.impactMinutes = o.impactMinutes;
        this.referenceImpactMinutes = o.referenceImpactMinutes;
        this.services = computeServices();
        this.idle = o.idle;
        this.referenceIdle = o.referenceIdle;
        this.cadence = o.cadence;
        this.referenceCadence = o.referenceCadence;
        this.statusUpdates = o.statusUpdates;
        this.referenceStatusUpdates = o.referenceStatusUpdates;
        this.grade = computeGrade();
    }

    /**
     * This card placed in {@code par} (its percentiles, the grade's impact reference and band), without
     * judging the decisions again: the same as {@code of(spec, record, par, baseline())}, much cheaper.
     */
    public Scorecard withPar(Par.Result par) {
        return new Scorecard(this, par);
    }

    /** The outcome of {@code commands} with this card's seed, run up to {@code tick} (what had happened by then). */
    private RunOutcome outcomeAt(java.util.List<firedrill.engine.command.Command> commands, int tick) {
        RunRecord r = new RunRecord(spec.scenario().id(), spec.hash(), record.seed(), tick, commands);
        return RunOutcome.of(r.replay(spec));
    }

    /** Scores a run against the real team with the same seed (no par distribution). */
    public static Scorecard of(ModelSpec spec, RunRecord record) {
        return new Scorecard(spec, record, null, null, false);
    }

    /**
     * Scores a run up to its own end ({@link RunRecord#ticks()}) — a facilitated drill the facilitator
     * ended early — against the real team's run cut at the same moment; what the model says would
     * follow if nobody acted afterwards is in {@link #extrapolation()}, never in the score. A record that
     * reaches the horizon is scored as by {@link #of(ModelSpec, RunRecord)}.
     */
    public static Scorecard toEnd(ModelSpec spec, RunRecord record) {
        return new Scorecard(spec, record, null, null, true);
    }

    /**
     * Scores a run against the real team with the same seed and, when {@code par} is not null, places
     * it in the par distribution. {@code baseline} may be null or precomputed for this seed (the
     * debrief and tests reuse it across runs).
     *
     * @throws IllegalArgumentException when the record was made with different scenario content
     */
    public static Scorecard of(ModelSpec spec, RunRecord record, Par.Result par, Baseline baseline) {
        return new Scorecard(spec, record, par, baseline, false);
    }

    // ---- components ---------------------------------------------------------------------------

    private List<ServiceResult> computeServices() {
        List<ServiceResult> out = new ArrayList<>();
        for (Map.Entry<String, ServiceOutcome> e : outcome.services().entrySet()) {
            String id = e.getKey();
            Milestone real = realMilestone("fullRecovery:" + id);
            int k = spec.layout().serviceIndex(id);
            double pct = par == null || par.service(id) == null ? Double.NaN
                    : par.service(id).percentileOf(e.getValue().fullRecovery());
            out.add(new ServiceResult(id, k < 0 ? id : spec.layout().serviceName(k), e.getValue(),
                    referenceSpan.service(id), real == null ? -1 : spec.tickOf(real.at()),
                    real == null ? null : real.label(), pct));
        }
        return List.copyOf(out);
    }

    private Milestone realMilestone(String measure) {
        for (Milestone m : spec.scenario().realTimeline()) {
            if (m != null && measure.equals(m.measure())) {
                return m;
            }
        }
        return null;
    }

    /** [first impact of any service, last full recovery] in ticks; the end of the run when one never recovers. */
    static int[] impactWindow(RunOutcome o) {
        int start = -1;
        int end = -1;
        for (ServiceOutcome s : o.services().values()) {
            if (s.impactStart() < 0) {
                continue;
            }
            start = start < 0 ? s.impactStart() : Math.min(start, s.impactStart());
            end = s.fullRecovery() < 0 || end == Integer.MAX_VALUE ? Integer.MAX_VALUE : Math.max(end, s.fullRecovery());
        }
        if (end == Integer.MAX_VALUE) {
            end = o.endTick();
        }
        return new int[] {start, end};
    }

    private Idle idle(RunOutcome o, History history) {
        int[] w = impactWindow(o);
        if (w[0] < 0) {
            return new Idle(0, 0, -1, -1);
        }
        int from = Math.max(w[0], Math.max(0, o.firstAlert()));
        Team team = spec.scenario().team();
        int base = team == null || team.responders() == null ? 1 : team.responders();
        int adds = team == null || team.escalationAdds() == null ? 0 : team.escalationAdds();
        int delay = team == null || team.escalationDelay() == null ? 0 : ScenarioTime.seconds(team.escalationDelay());
        int joinTick = -1;
        for (ActionRecord a : o.actions()) {
            if (kind(a) == ActionKind.ESCALATE && a.outcome() == Outcome.SUCCEEDED) {
                joinTick = a.endTick() + Math.max(1, delay);
                break;
            }
        }
        int free = 0;
        int available = 0;
        for (int m = (from + 59) / 60; m < history.size() && m * 60 <= w[1]; m++) {
            History.Minute row = history.minute(m);
            boolean affected = false;
            for (double a : row.availability()) {
                affected |= a < ServiceOutcome.IMPACT;
            }
            if (!affected) {
                continue;
            }
            int t = row.tick();
            int responders = base + (joinTick >= 0 && t >= joinTick ? adds : 0);
            int busy = 0;
            for (ActionRecord a : o.actions()) {
                if (a.startTick() >= 0 && a.startTick() <= t && (a.endTick() < 0 || t < a.endTick())) {
                    busy++;
                }
            }
            available += responders;
            free += Math.max(0, responders - busy);
        }
        return new Idle(free, available, from, w[1]);
    }

    private Cadence cadence(RunOutcome o) {
        int[] w = impactWindow(o);
        List<Integer> updates = new ArrayList<>();
        for (ActionRecord a : o.actions()) {
            if (kind(a) == ActionKind.STATUS_UPDATE && a.outcome() == Outcome.SUCCEEDED) {
                updates.add(a.endTick());
            }
        }
        if (w[0] < 0) {
            return new Cadence(List.copyOf(updates), List.of(), -1, -1, 0, 0);
        }
        List<Integer> gaps = new ArrayList<>();
        int last = w[0];
        for (int u : updates) {
            if (u <= w[0] || u > w[1]) {
                continue;
            }
            gaps.add(u - last);
            last = u;
        }
        gaps.add(w[1] - last);
        int slots = Math.max(1, (w[1] - w[0] + STATUS_TARGET_SECONDS - 1) / STATUS_TARGET_SECONDS);
        int covered = 0;
        for (int s = 0; s < slots; s++) {
            int lo = w[0] + s * STATUS_TARGET_SECONDS;
            int hi = Math.min(w[1], lo + STATUS_TARGET_SECONDS);
            for (int u : updates) {
                // An update posted shortly before impact counts for the first slot.
                if ((u >= lo || (s == 0 && u >= w[0] - STATUS_TARGET_SECONDS)) && u <= hi) {
                    covered++;
                    break;
                }
            }
        }
        return new Cadence(List.copyOf(updates), List.copyOf(gaps), w[0], w[1], slots, covered);
    }

    /** The posted status updates with their words, scored by {@link StatusRubric}. */
    private List<StatusRubric.Scored> statusUpdates(List<Decisions.Decision> ds, History history) {
        List<StatusRubric.Posted> posted = new ArrayList<>();
        for (Decisions.Decision d : ds) {
            if (kind(d.action()) == ActionKind.STATUS_UPDATE && d.action().outcome() == Outcome.SUCCEEDED) {
                posted.add(new StatusRubric.Posted(d.action().issuedTick(), d.action().endTick(), d.command().text()));
            }
        }
        return StatusRubric.score(spec, history, posted);
    }

    private ActionKind kind(ActionRecord a) {
        ActionSpec as = spec.action(a.action());
        return as == null ? null : ActionKind.fromId(as.kind());
    }

    private Grade computeGrade() {
        // Against the real team's decisions with the same luck (same seed, same per-cluster draws), not
        // the par median: par varies the real team's timing, so its median is a typical team, not this one.
        double impact = clamp(-POINTS_PER_HALVING * log2(Math.max(1, impactMinutes) / Math.max(1, referenceImpactMinutes)),
                -50, 50);
        double mitigation;
        if (realFirstMitigation == null) {
            mitigation = firstMitigation == null ? 0 : 5;
        } else if (firstMitigation == null) {
            mitigation = -5;
        } else {
            mitigation = clamp((realFirstMitigation.issuedTick() - firstMitigation.issuedTick()) / 60.0 * 0.2, -5, 5);
        }
        double harm = clamp(-4.0 * (harmful().size() - harmful(referenceDecisions()).size()), -16, 8);
        // Half for how often the page was updated, half for what the updates said (the rubric).
        double comms = clamp(5 * (cadence.coverage() - referenceCadence.coverage())
                + 5 * (StatusRubric.quality(statusUpdates) - StatusRubric.quality(referenceStatusUpdates)), -5, 5);
        double idlePts = clamp(-10 * (idle.share() - referenceIdle.share()), -3, 3);
        double band = band(par);
        int value = (int) Math.round(clamp(50 + impact + mitigation + harm + comms + idlePts, 0, 100));
        // Doing harm the real team did not do rules out "better than the real team", however fast the
        // recovery: the value stops at the top of the on-par band (docs/scoring.md, "The headline grade").
        int extraHarm = harmful().size() - harmful(baseline.decisions()).size();
        String cap = null;
        int ceiling = (int) Math.floor(50 + band);
        if (extraHarm > 0 && value > ceiling) {
            cap = String.format(Locale.ROOT, "capped at %d (from %d): %d harmful action%s the real team did not take",
                    ceiling, value, extraHarm, extraHarm == 1 ? "" : "s");
            value = ceiling;
        }
        String label = value > 50 + band ? BETTER : value < 50 - band ? BEHIND : ON_PAR;
        return new Grade(value, label, round1(impact), round1(mitigation), round1(harm), round1(comms), round1(idlePts),
                round1(band), cap);
    }

    /**
     * Half-width of the "on par" band in grade points: the par distribution's middle half (p25–p75)
     * expressed as impact points, and never narrower than {@link #MIN_BAND}.
     */
    public static double band(Par.Result par) {
        if (par == null) {
            return MIN_BAND;
        }
        Par.Spread s = par.impact();
        double p50 = Math.max(1, s.p50());
        double wide = Math.max(POINTS_PER_HALVING * log2(Math.max(1, s.p75()) / p50),
                POINTS_PER_HALVING * log2(p50 / Math.max(1, s.p25())));
        return Math.max(MIN_BAND, wide);
    }

    /**
     * The label a run with these impact minutes gets when everything else equals the real team's, whose
     * run with the same seed had {@code referenceImpactMinutes}.
     */
    public static String labelForImpact(double impactMinutes, double referenceImpactMinutes, Par.Result par) {
        double impact = -POINTS_PER_HALVING * log2(Math.max(1, impactMinutes) / Math.max(1, referenceImpactMinutes));
        double band = band(par);
        long value = Math.round(clamp(50 + impact, 0, 100));
        return value > 50 + band ? BETTER : value < 50 - band ? BEHIND : ON_PAR;
    }

    private static double log2(double v) {
        return Math.log(v) / Math.log(2);
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }

    private static double round1(double v) {
        return Math.round(v * 10) / 10.0;
    }

    // ---- accessors ----------------------------------------------------------------------------

    public ModelSpec spec() {
        return spec;
    }

    /** The scored record (continued to the horizon). */
    public RunRecord record() {
        return record;
    }

    /** The run and its checkpoints, for what-if forks from the debrief. */
    public WhatIf whatIf() {
        return whatIf;
    }

    public RunOutcome outcome() {
        return outcome;
    }

    public Score score() {
        return score;
    }

    public Baseline baseline() {
        return baseline;
    }

    /** The real team's outcome over the scored span (its whole run unless scored {@link #toEnd}). */
    public RunOutcome referenceOutcome() {
        return referenceSpan;
    }

    /** The last tick the score covers (the horizon, or the end of a drill ended early). */
    public int scoredTo() {
        return scoredTo;
    }

    /** True when the run was scored up to an end before the horizon (see {@link #extrapolation()}). */
    public boolean endedEarly() {
        return extrapolation != null;
    }

    /** What the model says follows if nobody acted after {@link #scoredTo()}; null when scored to the horizon. */
    public Extrapolation extrapolation() {
        return extrapolation;
    }

    public Score referenceScore() {
        return referenceScore;
    }

    /** The par distribution the run was placed in, or null. */
    public Par.Result par() {
        return par;
    }

    public List<Decisions.Decision> decisions() {
        return decisions;
    }

    public List<Decisions.Decision> harmful() {
        return harmful(decisions);
    }

    /** The real team's decisions (reference playbook, same seed) within the scored span, judged the same way. */
    public List<Decisions.Decision> referenceDecisions() {
        return endedEarly() ? baseline.decisions().stream().filter(d -> d.action().issuedTick() <= scoredTo).toList()
                : baseline.decisions();
    }

    private static List<Decisions.Decision> harmful(List<Decisions.Decision> ds) {
        return ds.stream().filter(Decisions.Decision::hurt).toList();
    }

    public Mitigation firstMitigation() {
        return firstMitigation;
    }

    public Mitigation realFirstMitigation() {
        return realFirstMitigation;
    }

    public List<ServiceResult> services() {
        return services;
    }

    public Idle idle() {
        return idle;
    }

    public Idle referenceIdle() {
        return referenceIdle;
    }

    public Cadence cadence() {
        return cadence;
    }

    public Cadence referenceCadence() {
        return referenceCadence;
    }

    /** This run's posted status updates, each with its text and rubric score. */
    public List<StatusRubric.Scored> statusUpdates() {
        return statusUpdates;
    }

    /** The real team's status updates (reference playbook), scored the same way. */
    public List<StatusRubric.Scored> referenceStatusUpdates() {
        return referenceStatusUpdates;
    }

    public double impactMinutes() {
        return impactMinutes;
    }

    public double referenceImpactMinutes() {
        return referenceImpactMinutes;
    }

    /** Share (0–100) of par runs with more impact minutes, or NaN without par. */
    public double parPercentile() {
        return par == null ? Double.NaN : par.percentileOf(impactMinutes);
    }

    public Grade grade() {
        return grade;
    }

    /** True availability per service per minute, this run and the real team's ({@code [service][minute]}). */
    public double[][] availability() {
        return whatIf.original().availability();
    }

    public double[][] referenceAvailability() {
        return baseline.whatIf().original().availability();
    }

    // ---- text and JSON ------------------------------------------------------------------------

    /** Headline sentences, e.g. "API fully recovered at 16:42, 176 min before the real team (19:38)". */
    public List<String> headlines() {
        List<String> out = new ArrayList<>();
        out.add(grade.label() + " — grade " + grade.value() + "/100" + (grade.cap() == null ? "" : " (" + grade.cap() + ")") + ".");
        String end = spec.timeOf(scoredTo);
        if (endedEarly()) {
            out.add(String.format(Locale.ROOT, "Scored up to %s, when the drill ended (%d drill minutes): the real "
                    + "team's run is cut at the same moment; what would follow if nobody acted is shown apart, as an "
                    + "extrapolation.", end, scoredTo / 60));
        }
        for (ServiceResult s : services) {
            if (s.realFullRecovery() < 0) {
                continue;
            }
            String real = spec.timeOf(s.realFullRecovery());
            if (s.run().impactStart() < 0) {
                out.add(s.name() + (endedEarly() ? " was not affected by " + end : " was never affected")
                        + " (real team: recovered at " + real + ").");
            } else if (s.run().fullRecovery() < 0) {
                out.add(s.name() + (endedEarly() ? " had not fully recovered when the drill ended at " + end
                        : " never fully recovered") + " (real team: " + real + ").");
            } else {
                double d = s.vsRealMinutes();
                String rel = Math.abs(d) < 0.5 ? "the same time as the real team"
                        : String.format(Locale.ROOT, "%.0f min %s the real team", Math.abs(d), d < 0 ? "before" : "after");
                String parText = Double.isNaN(s.parPercentile()) ? ""
                        : String.format(Locale.ROOT, "; better than %.0f%% of reference runs", s.parPercentile());
                out.add(s.name() + " fully recovered at " + spec.timeOf(s.run().fullRecovery()) + ", " + rel + " ("
                        + real + ")" + parText + ".");
            }
        }
        String parText = par == null ? "" : String.format(Locale.ROOT, "; better than %.0f%% of %d reference runs",
                parPercentile(), par.runs());
        out.add(String.format(Locale.ROOT, "%.1f impact-minutes against %.1f for the real team's decisions with the same seed%s%s.",
                impactMinutes, referenceImpactMinutes, endedEarly() ? " up to " + end : "", parText));
        return List.copyOf(out);
    }

    /** The scorecard as an ordered map for JSON (stable: the same card gives the same bytes). */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("scenario", spec.scenario().id());
        m.put("seed", record.seed());
        m.put("scoredTo", time(scoredTo));
        m.put("endedEarly", endedEarly());
        Map<String, Object> g = new LinkedHashMap<>();
        g.put("value", grade.value());
        g.put("label", grade.label());
        g.put("band", grade.band());
        Map<String, Object> parts = new LinkedHashMap<>();
        parts.put("impact", grade.impactPoints());
        parts.put("firstMitigation", grade.mitigationPoints());
        parts.put("harmfulActions", grade.harmPoints());
        parts.put("communication", grade.commsPoints());
        parts.put("idleResponders", grade.idlePoints());
        g.put("points", parts);
        if (grade.cap() != null) {
            g.put("cap", grade.cap());
        }
        g.put("headlines", headlines());
        m.put("grade", g);

        Map<String, Object> impact = new LinkedHashMap<>();
        impact.put("minutes", impactMinutes);
        impact.put("reference", referenceImpactMinutes);
        impact.put("vsReferenceMinutes", round1(impactMinutes - referenceImpactMinutes));
        if (par != null) {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("runs", par.runs());
            p.put("p10", par.impact().p10());
            p.put("p25", par.impact().p25());
            p.put("p50", par.impact().p50());
            p.put("p75", par.impact().p75());
            p.put("p90", par.impact().p90());
            p.put("betterThanPercent", round1(parPercentile()));
            impact.put("par", p);
        }
        m.put("impactMinutes", impact);

        Map<String, Object> svc = new LinkedHashMap<>();
        for (ServiceResult s : services) {
            Map<String, Object> sm = new LinkedHashMap<>();
            sm.put("name", s.name());
            sm.put("impactStart", time(s.run().impactStart()));
            sm.put("fullRecovery", time(s.run().fullRecovery()));
            sm.put("realFullRecovery", time(s.realFullRecovery()));
            sm.put("vsRealMinutes", nanToNull(s.vsRealMinutes()));
            sm.put("referenceFullRecovery", time(s.reference().fullRecovery()));
            sm.put("vsReferenceMinutes", nanToNull(s.vsReferenceMinutes()));
            sm.put("impactMinutes", s.run().impactMinutes());
            sm.put("referenceImpactMinutes", s.reference().impactMinutes());
            if (!Double.isNaN(s.parPercentile())) {
                sm.put("betterThanPercentOfPar", round1(s.parPercentile()));
            }
            svc.put(s.id(), sm);
        }
        m.put("services", svc);

        Map<String, Object> mit = new LinkedHashMap<>();
        mit.put("at", firstMitigation == null ? null : time(firstMitigation.issuedTick()));
        mit.put("landed", firstMitigation == null ? null : time(firstMitigation.landedTick()));
        mit.put("action", firstMitigation == null ? null : firstMitigation.action());
        mit.put("target", firstMitigation == null ? null : firstMitigation.target());
        mit.put("real", realFirstMitigation == null ? null : time(realFirstMitigation.issuedTick()));
        mit.put("realAction", realFirstMitigation == null ? null : realFirstMitigation.action());
        mit.put("vsRealMinutes", firstMitigation == null || realFirstMitigation == null ? null
                : (firstMitigation.issuedTick() - realFirstMitigation.issuedTick()) / 60.0);
        mit.put("minutesAfterFirstAlert", firstMitigation == null || outcome.firstAlert() < 0 ? null
                : (firstMitigation.issuedTick() - outcome.firstAlert()) / 60.0);
        m.put("firstEffectiveMitigation", mit);

        List<Object> harm = new ArrayList<>();
        for (Decisions.Decision d : harmful()) {
            harm.add(decisionMap(d));
        }
        m.put("harmfulActions", harm);

        Map<String, Object> idleMap = new LinkedHashMap<>();
        idleMap.put("freeResponderMinutes", idle.freeMinutes());
        idleMap.put("availableResponderMinutes", idle.availableMinutes());
        idleMap.put("share", round3(idle.share()));
        idleMap.put("referenceShare", round3(referenceIdle.share()));
        m.put("idleResponders", idleMap);

        Map<String, Object> comms = new LinkedHashMap<>();
        comms.put("targetMinutes", STATUS_TARGET_SECONDS / 60);
        comms.put("updates", cadence.updates().stream().map(this::time).toList());
        comms.put("longestGapMinutes", cadence.longestGapSeconds() / 60.0);
        comms.put("gapsOverTarget", cadence.gapsOverTarget());
        comms.put("coverage", round3(cadence.coverage()));
        comms.put("realUpdates", referenceCadence.updates().stream().map(this::time).toList());
        comms.put("realLongestGapMinutes", referenceCadence.longestGapSeconds() / 60.0);
        comms.put("realCoverage", round3(referenceCadence.coverage()));
        comms.put("quality", round3(StatusRubric.quality(statusUpdates)));
        comms.put("realQuality", round3(StatusRubric.quality(referenceStatusUpdates)));
        comms.put("scored", statusUpdates.stream().map(this::statusMap).toList());
        m.put("statusUpdates", comms);

        List<Object> ds = new ArrayList<>();
        for (Decisions.Decision d : decisions) {
            ds.add(decisionMap(d));
        }
        m.put("decisions", ds);
        m.put("vsReal", score.toMap(spec).get("vsReal"));
        if (extrapolation != null) {
            m.put("extrapolation", extrapolationMap());
        }
        return m;
    }

    Map<String, Object> statusMap(StatusRubric.Scored u) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("at", time(u.issuedTick()));
        m.put("posted", time(u.postedTick()));
        m.put("text", u.text());
        m.put("points", u.points());
        m.put("maxPoints", StatusRubric.MAX_POINTS);
        m.put("promisedNext", time(u.promisedTick()));
        List<Object> criteria = new ArrayList<>();
        for (StatusRubric.Criterion c : u.criteria()) {
            Map<String, Object> cm = new LinkedHashMap<>();
            cm.put("criterion", c.name());
            cm.put("met", c.met());
            cm.put("why", c.why());
            criteria.add(cm);
        }
        m.put("criteria", criteria);
        return m;
    }

    /** The extrapolation as an ordered map: labelled as such, never part of the score. */
    Map<String, Object> extrapolationMap() {
        Map<String, Object> x = new LinkedHashMap<>();
        x.put("label", "extrapolation: if nobody acted after " + spec.timeOf(extrapolation.fromTick()));
        x.put("from", time(extrapolation.fromTick()));
        x.put("to", time(spec.horizonTick()));
        x.put("impactMinutes", extrapolation.impactMinutes());
        Map<String, Object> svc = new LinkedHashMap<>();
        for (Map.Entry<String, ServiceOutcome> e : extrapolation.outcome().services().entrySet()) {
            Map<String, Object> sm = new LinkedHashMap<>();
            sm.put("fullRecovery", time(e.getValue().fullRecovery()));
            sm.put("impactMinutes", e.getValue().impactMinutes());
            svc.put(e.getKey(), sm);
        }
        x.put("services", svc);
        return x;
    }

    Map<String, Object> decisionMap(Decisions.Decision d) {
        Map<String, Object> m = new LinkedHashMap<>();
        ActionRecord a = d.action();
        m.put("at", time(a.issuedTick()));
        m.put("action", a.action());
        m.put("target", a.target());
        if (!a.params().isEmpty()) {
            m.put("params", a.params());
        }
        m.put("by", a.by());
        if (d.command() != null && d.command().text() != null) {
            m.put("text", d.command().text());
        }
        m.put("landed", a.outcome().finished() ? time(a.endTick()) : null);
        m.put("outcome", a.outcome().label());
        m.put("verdict", d.verdict().label());
        m.put("why", d.why());
        m.put("evidence", d.evidence());
        m.put("savedImpactMinutes", d.savedMinutes());
        if (!Double.isNaN(d.valueMinutes())) {
            m.put("valueImpactMinutes", d.valueMinutes());
        }
        if (!d.clusters().isEmpty()) {
            List<Object> cs = new ArrayList<>();
            for (Decisions.ClusterVerdict c : d.clusters()) {
                Map<String, Object> cm = new LinkedHashMap<>();
                cm.put("cluster", c.cluster());
                cm.put("verdict", c.verdict().label());
                cm.put("why", c.why());
                cs.add(cm);
            }
            m.put("clusters", cs);
        }
        return m;
    }

    String time(int tick) {
        return tick < 0 ? null : spec.timeOf(tick);
    }

    private static Double nanToNull(double v) {
        return Double.isNaN(v) ? null : round1(v);
    }

    private static double round3(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
