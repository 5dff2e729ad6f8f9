package firedrill.engine.report;

import firedrill.engine.action.ActionRecord;
import firedrill.engine.model.ModelSpec;
import firedrill.engine.scenario.Meta;
import firedrill.engine.scenario.Milestone;
import firedrill.engine.scenario.StrictJson;
import firedrill.engine.score.Decisions;
import firedrill.engine.score.MilestoneResult;
import firedrill.engine.score.Par;
import firedrill.engine.score.Scorecard;
import firedrill.engine.session.SessionRecord;
import firedrill.engine.command.Command;
import firedrill.engine.score.StatusRubric;
import firedrill.engine.sim.ScriptedInjects;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The after-action report (docs/scoring.md): summary, timeline (the trainee's run beside the real
 * incident), availability charts, decisions with outcomes and reasons, strengths, areas for
 * improvement linked to the real incident's lessons, and discussion questions. Built from a
 * {@link Scorecard} and, when there is one, the saved session (mode, difficulty, notes). Rendered
 * as stable JSON ({@link #toJson}) or as one self-contained HTML page ({@link #toHtml}).
 */
public final class AfterActionReport {
    public static final String FORMAT = "firedrill/aar@1";
    /** Minutes between samples of the availability series in the JSON form. */
    static final int SERIES_STEP_MINUTES = 5;

    /** A line of the timeline: on the real incident's side or the trainee's ({@code run}). */
    public record TimelineRow(int tick, String side, String kind, String text) {}

    /** An area for improvement and the scenario material it links to (each may be null). */
    public record Improvement(String text, String lesson, String objective, String question) {}

    /**
     * Sections a mode adds to the report (a facilitated drill: the team, decisions by role, injects,
     * observations). Its JSON goes under {@link #key()}; its HTML comes before the discussion
     * questions and must pass every text through {@link Html#escape}.
     */
    public interface Extension {
        String key();

        Map<String, Object> toMap();

        void appendHtml(StringBuilder out);
    }

    private final Scorecard card;
    private final SessionRecord session;
    private final Extension extension;
    private final List<TimelineRow> timeline;
    private final List<String> strengths;
    private final List<Improvement> improvements;

    private AfterActionReport(Scorecard card, SessionRecord session, Extension extension) {
        this.card = card;
        this.session = session;
        this.extension = extension;
        this.timeline = buildTimeline();
        this.strengths = buildStrengths();
        this.improvements = buildImprovements();
    }

    /** A report for a scored run; {@code session} (may be null) adds mode, difficulty and notes. */
    public static AfterActionReport of(Scorecard card, SessionRecord session) {
        return new AfterActionReport(card, session, null);
    }

    /** A report with extra sections (may be null), e.g. a facilitated drill's. */
    public static AfterActionReport of(Scorecard card, SessionRecord session, Extension extension) {
        return new AfterActionReport(card, session, extension);
    }

    /** The extra sections, or null. */
    public Extension extension() {
        return extension;
    }

    public Scorecard card() {
        return card;
    }

    public SessionRecord session() {
        return session;
    }

    public List<TimelineRow> timeline() {
        return timeline;
    }

    public List<String> strengths() {
        return strengths;
    }

    public List<Improvement> improvements() {
        return improvements;
    }

    public List<String> discussion() {
        return card.spec().scenario().discussion().stream().filter(q -> q != null && !q.isBlank()).toList();
    }

    public List<SessionRecord.Note> notes() {
        return session == null ? List.of() : session.notes();
    }

    ModelSpec spec() {
        return card.spec();
    }

    String time(int tick) {
        return tick < 0 ? "never" : spec().timeOf(tick);
    }

    // ---- timeline -------------------------------------------------------------------------------

    private List<TimelineRow> buildTimeline() {
        ModelSpec spec = spec();
        List<TimelineRow> rows = new ArrayList<>();
        for (Milestone m : spec.scenario().realTimeline()) {
            if (m == null || m.at() == null) {
                continue;
            }
            rows.add(new TimelineRow(spec.tickOf(m.at()), "real", "milestone", m.label()
                    + (m.source() == null ? "" : " [" + m.source() + "]")));
        }
        for (ModelSpec.Inject in : spec.injects()) {
            if (!in.conditional()) {
                rows.add(new TimelineRow(in.tick(), "real", "inject", injectText(in)));
            }
        }
        // Conditional injects depend on what the team did: on the run's side, sent or not.
        for (ScriptedInjects.Outcome o : card.whatIf().original().simulation().scriptedInjects()) {
            if (o.inject().conditional()) {
                rows.add(o.fired() ? new TimelineRow(o.tick(), "run", "inject", injectText(o.inject()))
                        : new TimelineRow(o.inject().tick(), "run", "inject", "Not sent (its condition did not hold): "
                        + injectText(o.inject())));
            }
        }
        for (MilestoneResult r : card.score().milestones()) {
            if (r.runTick() < 0) {
                continue;
            }
            double d = r.deltaMinutes();
            String rel = Math.abs(d) < 0.5 ? "same time as in the real incident"
                    : String.format(Locale.ROOT, "%.0f min %s than in the real incident", Math.abs(d), d < 0 ? "earlier" : "later");
            rows.add(new TimelineRow(r.runTick(), "run", "milestone", r.label() + " (" + rel + ")"));
        }
        Scorecard.Mitigation first = card.firstMitigation();
        for (Decisions.Decision d : card.decisions()) {
            ActionRecord a = d.action();
            String text = describe(a) + " — " + d.verdict().label()
                    + (first != null && first.decision() == d.index() ? " (first effective mitigation)" : "")
                    + (d.command() != null && d.command().text() != null ? ": “" + d.command().text() + "”" : "");
            rows.add(new TimelineRow(a.issuedTick(), "run", "decision", text));
        }
        for (Command c : card.record().commands()) {
            if (Command.INJECT.equals(c.type())) {
                rows.add(new TimelineRow(c.tick(), "run", "inject", "Facilitator inject: " + c.text()));
            }
        }
        for (SessionRecord.Note n : notes()) {
            rows.add(new TimelineRow(n.tick(), "run", "note", (n.by() == null ? "Note" : "Note (" + n.by() + ")")
                    + ": " + n.text()));
        }
        rows.sort(Comparator.comparingInt(TimelineRow::tick).thenComparing(r -> r.side().equals("real") ? 0 : 1));
        return List.copyOf(rows);
    }

    private static String injectText(ModelSpec.Inject in) {
        return (in.channel() == null ? "" : in.channel() + ": ") + (in.text() == null ? "" : in.text());
    }

    /** "block-admin-api on largest:5 (rate 0.1)". */
    static String describe(ActionRecord a) {
        StringBuilder sb = new StringBuilder(a.action());
        if (a.target() != null) {
            sb.append(" on ").append(a.target());
        }
        if (!a.params().isEmpty()) {
            sb.append(" (");
            boolean firstParam = true;
            for (Map.Entry<String, Double> p : a.params().entrySet()) {
                sb.append(firstParam ? "" : ", ").append(p.getKey()).append(' ').append(num(p.getValue()));
                firstParam = false;
            }
            sb.append(')');
        }
        return sb.toString();
    }

    static String num(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e9 ? String.valueOf((long) v) : String.valueOf(v);
    }

    // ---- strengths and improvements -------------------------------------------------------------

    private List<String> buildStrengths() {
        List<String> out = new ArrayList<>();
        for (Scorecard.ServiceResult s : card.services()) {
            double d = s.vsRealMinutes();
            if (!Double.isNaN(d) && d <= -5) {
                out.add(String.format(Locale.ROOT, "%s fully recovered at %s, %.0f min before the real team (%s).",
                        s.name(), time(s.run().fullRecovery()), -d, time(s.realFullRecovery())));
            }
        }
        double saved = card.referenceImpactMinutes() - card.impactMinutes();
        if (saved >= 0.05 * card.referenceImpactMinutes()) {
            out.add(String.format(Locale.ROOT, "%.0f fewer impact-minutes than the real team's decisions with the same seed "
                    + "(%.1f against %.1f).", saved, card.impactMinutes(), card.referenceImpactMinutes()));
        }
        Scorecard.Mitigation first = card.firstMitigation();
        Scorecard.Mitigation real = card.realFirstMitigation();
        if (first != null && (real == null || first.issuedTick() < real.issuedTick())) {
            out.add("First effective mitigation at " + time(first.issuedTick()) + " (" + first.action()
                    + (first.target() == null ? "" : " on " + first.target()) + ")"
                    + (real == null ? "." : String.format(Locale.ROOT, ", %.0f min before the real team's (%s at %s).",
                    (real.issuedTick() - first.issuedTick()) / 60.0, real.action(), time(real.issuedTick()))));
        }
        List<Decisions.Decision> helped = new ArrayList<>(card.decisions().stream().filter(Decisions.Decision::helped).toList());
        helped.sort(Comparator.comparingDouble(Decisions.Decision::bestKnownValue).reversed()
                .thenComparingInt(Decisions.Decision::index));
        for (Decisions.Decision d : helped.subList(0, Math.min(3, helped.size()))) {
            out.add("At " + time(d.action().issuedTick()) + ", " + describe(d.action()) + " helped: " + d.why() + ".");
        }
        if (card.harmful().isEmpty() && !card.decisions().isEmpty()) {
            out.add("No action made things worse than leaving it out would have.");
        }
        Scorecard.Cadence c = card.cadence();
        if (c.slots() > 0 && c.coverage() >= Math.max(0.75, card.referenceCadence().coverage())) {
            out.add(String.format(Locale.ROOT, "Status updates in %d of %d half-hours while customers were affected%s "
                    + "(real team: %d of %d).", c.slotsCovered(), c.slots(), during(), card.referenceCadence().slotsCovered(),
                    card.referenceCadence().slots()));
        }
        if (card.idle().availableMinutes() > 0 && card.idle().share() <= card.referenceIdle().share() - 0.1) {
            out.add(String.format(Locale.ROOT, "Kept the team working: responders idle %.0f%% of the time customers were "
                    + "affected%s (real team: %.0f%%).", 100 * card.idle().share(), during(), 100 * card.referenceIdle().share()));
        }
        if (out.isEmpty()) {
            out.add("No clear strength against the real team in this run; see the areas for improvement.");
        }
        return List.copyOf(out);
    }

    private List<Improvement> buildImprovements() {
        // The debrief may name the measures: findings link to the guided objectives where there are some.
        List<String> objectives = spec().scenario().meta() == null ? List.of()
                : spec().scenario().meta().objectives(true);
        List<String> questions = discussion();
        List<Improvement> out = new ArrayList<>();
        for (Decisions.Decision d : card.decisions()) {
            if (d.verdict() != Decisions.Verdict.HURT && d.verdict() != Decisions.Verdict.FAILED) {
                continue;
            }
            ActionRecord a = d.action();
            String lesson = spec().action(a.action()) == null ? null : spec().action(a.action()).lesson();
            String what = d.verdict() == Decisions.Verdict.HURT
                    ? "At " + time(a.issuedTick()) + ", " + describe(a) + " made things worse"
                    + (d.evidence().isEmpty() ? "" : " (" + String.join("; ", d.evidence()) + ")") + "."
                    : "At " + time(a.issuedTick()) + ", " + describe(a) + " failed: " + a.reason() + ".";
            String why = lesson != null && !lesson.isBlank() ? lesson : d.why();
            List<String> keys = new ArrayList<>(Lessons.words(a.action()));
            keys.addAll(themeOf(a.action()));
            out.add(new Improvement(what, why, Lessons.best(objectives, keys, why),
                    Lessons.best(questions, keys, why, 2)));
        }
        for (Decisions.Decision d : card.decisions()) {
            if (d.verdict() == Decisions.Verdict.NO_EFFECT && d.bestKnownValue() <= -1) {
                ActionRecord a = d.action();
                String what = String.format(Locale.ROOT, "At %s, %s brought no clear benefit within %d min and cost %.1f "
                        + "impact-minutes%s.", time(a.issuedTick()), describe(a), Decisions.WINDOW_SECONDS / 60,
                        -d.bestKnownValue(), Double.isNaN(d.valueMinutes()) ? "" : " by the end of the run");
                var as = spec().action(a.action());
                String about = as == null ? d.why() : as.lesson() != null ? as.lesson()
                        : as.description() != null ? as.description() : d.why();
                out.add(new Improvement(what, about, Lessons.best(objectives, themeOf(a.action()), d.why()),
                        Lessons.best(questions, themeOf(a.action()), d.why(), 2)));
            }
        }
        Scorecard.Mitigation first = card.firstMitigation();
        Scorecard.Mitigation real = card.realFirstMitigation();
        if (first == null || (real != null && first.issuedTick() > real.issuedTick() + 5 * 60)) {
            String what = first == null ? "No action reduced the impact"
                    + (card.endedEarly() ? " by " + time(card.scoredTo()) + ", when the drill ended." : ".")
                    : String.format(Locale.ROOT, "The first effective mitigation came at %s, %.0f min after the real team's (%s at %s).",
                    time(first.issuedTick()), (first.issuedTick() - real.issuedTick()) / 60.0, real.action(),
                    time(real.issuedTick()));
            String lesson = real == null ? "Look for the first measure that reduces customer impact, before fixing the cause."
                    : "The real team's first effective mitigation was " + title(real.action()) + " at "
                    + time(real.issuedTick()) + ": " + description(real.action());
            out.add(new Improvement(what, lesson, Lessons.best(objectives, Lessons.MITIGATION, lesson),
                    Lessons.best(questions, Lessons.MITIGATION, lesson, 2)));
        }
        for (Scorecard.ServiceResult s : card.services()) {
            if (s.run().impactStart() < 0 || s.realFullRecovery() < 0) {
                continue;
            }
            String what = null;
            if (s.run().fullRecovery() < 0 && card.endedEarly() && s.realFullRecovery() > card.scoredTo()) {
                continue; // the real team had not recovered by then either: nothing to learn from the cut
            }
            if (s.run().fullRecovery() < 0) {
                what = s.name() + (card.endedEarly() ? " had not fully recovered when the drill ended at "
                        + time(card.scoredTo()) : " never fully recovered") + " (real team: " + time(s.realFullRecovery()) + ").";
            } else if (s.vsRealMinutes() >= 20) {
                what = String.format(Locale.ROOT, "%s fully recovered at %s, %.0f min after the real team (%s).", s.name(),
                        time(s.run().fullRecovery()), s.vsRealMinutes(), time(s.realFullRecovery()));
            }
            if (what != null) {
                String lesson = "The real team's measures, in order: " + referenceMeasures() + ".";
                out.add(new Improvement(what, lesson, Lessons.best(objectives, Lessons.RECOVERY, lesson),
                        Lessons.best(questions, Lessons.RECOVERY, lesson, 2)));
            }
        }
        Scorecard.Cadence c = card.cadence();
        if (c.slots() > 0 && c.coverage() < 1) {
            String what = String.format(Locale.ROOT, "Status updates in %d of %d half-hours while customers were affected%s; "
                    + "the longest gap was %.0f min (target %d min; real team: %d of %d, longest %.0f min).",
                    c.slotsCovered(), c.slots(), during(), c.longestGapSeconds() / 60.0, Scorecard.STATUS_TARGET_SECONDS / 60,
                    card.referenceCadence().slotsCovered(), card.referenceCadence().slots(),
                    card.referenceCadence().longestGapSeconds() / 60.0);
            String lesson = "Post a status update at least every 30 minutes while customers are affected, "
                    + "with the time of the next one.";
            out.add(new Improvement(what, lesson, Lessons.best(objectives, Lessons.COMMUNICATION, lesson),
                    Lessons.best(questions, Lessons.COMMUNICATION, lesson, 2)));
        }
        List<StatusRubric.Scored> ups = card.statusUpdates();
        double quality = StatusRubric.quality(ups);
        if (!ups.isEmpty() && (quality < 0.75 || quality < StatusRubric.quality(card.referenceStatusUpdates()))) {
            String what = String.format(Locale.ROOT, "Your status updates earned %.0f%% of the rubric's points (real team: "
                    + "%.0f%%); most often missed: %s.", 100 * quality, 100 * StatusRubric.quality(card.referenceStatusUpdates()),
                    mostMissed(ups));
            String lesson = "Each update says which products are affected, where things stand and when the next update"
                    + " comes, and the next one comes by then.";
            out.add(new Improvement(what, lesson, Lessons.best(objectives, Lessons.COMMUNICATION, lesson),
                    Lessons.best(questions, Lessons.COMMUNICATION, lesson, 2)));
        }
        Scorecard.Idle idle = card.idle();
        if (idle.availableMinutes() > 0 && (idle.share() >= 0.9 || idle.share() > card.referenceIdle().share() + 0.05)) {
            String what = String.format(Locale.ROOT, "Responders were free %.0f%% of the time customers were affected%s "
                    + "(%d responder-minutes; real team: %.0f%%).", 100 * idle.share(), during(), idle.freeMinutes(),
                    100 * card.referenceIdle().share());
            String lesson = "Give every free responder a task: independent recoveries (one cluster, one region) can run "
                    + "in parallel.";
            out.add(new Improvement(what, lesson, Lessons.best(objectives, Lessons.TEAM, lesson),
                    Lessons.best(questions, Lessons.TEAM, lesson, 2)));
        }
        return List.copyOf(out);
    }

    /** The rubric criterion the updates missed most often, e.g. "next update (4 of 5 updates)". */
    private static String mostMissed(List<StatusRubric.Scored> ups) {
        Map<String, Integer> missed = new LinkedHashMap<>();
        for (StatusRubric.Scored u : ups) {
            for (StatusRubric.Criterion c : u.criteria()) {
                missed.merge(c.name(), c.met() ? 0 : 1, Integer::sum);
            }
        }
        Map.Entry<String, Integer> worst = null;
        for (Map.Entry<String, Integer> e : missed.entrySet()) {
            if (worst == null || e.getValue() > worst.getValue()) {
                worst = e;
            }
        }
        return worst == null ? "nothing" : worst.getKey() + " (" + worst.getValue() + " of " + ups.size() + " updates)";
    }

    /** " during the drill (to 15:19)" for a run scored up to an early end, else "". */
    String during() {
        return card.endedEarly() ? " during the drill (to " + time(card.scoredTo()) + ")" : "";
    }

    /** "Extrapolation: if nobody acted after 15:19" lines (empty when the run was scored to the horizon). */
    public List<String> extrapolation() {
        Scorecard.Extrapolation x = card.extrapolation();
        if (x == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        String horizon = time(spec().horizonTick());
        for (Scorecard.ServiceResult s : card.services()) {
            var o = x.outcome().service(s.id());
            if (o == null) {
                continue;
            }
            out.add(s.name() + ": " + (o.impactStart() < 0 ? "would not be affected by " + horizon
                    : o.fullRecovery() < 0 ? "would not fully recover by " + horizon
                    : "would fully recover at " + time(o.fullRecovery()))
                    + (s.realFullRecovery() < 0 ? "" : " (real team: " + time(s.realFullRecovery()) + ")") + ".");
        }
        out.add(String.format(Locale.ROOT, "%.1f impact-minutes to %s, against %.1f for the real team's whole run.",
                x.impactMinutes(), horizon, Par.totalImpact(card.baseline().outcome())));
        return List.copyOf(out);
    }

    private String title(String actionId) {
        var as = spec().action(actionId);
        if (as == null || as.title() == null || as.title().length() < 2) {
            return actionId;
        }
        String t = as.title();
        // "Shrink the node groups (cloud API)" → "shrink the node groups (cloud API)"; acronyms stay.
        return Character.isLowerCase(t.charAt(1)) ? Character.toLowerCase(t.charAt(0)) + t.substring(1) : t;
    }

    private String description(String actionId) {
        var as = spec().action(actionId);
        return as == null || as.description() == null ? "" : as.description();
    }

    /** Distinct titles of the reference playbook's mitigations, in first-use order. */
    private String referenceMeasures() {
        java.util.LinkedHashSet<String> titles = new java.util.LinkedHashSet<>();
        for (Decisions.Decision d : card.referenceDecisions()) {
            if (d.verdict() != Decisions.Verdict.NOT_A_MITIGATION) {
                titles.add(title(d.action().action()));
            }
        }
        return titles.isEmpty() ? "none (the scenario has no reference playbook)" : String.join(", ", titles);
    }

    /** Theme stems for an action id, so its findings link to the right objective. */
    static List<String> themeOf(String action) {
        String a = action == null ? "" : action.toLowerCase(Locale.ROOT);
        if (a.contains("dns")) {
            return Lessons.DNS;
        }
        if (a.contains("unblock") || a.contains("restore")) {
            return Lessons.ACCESS;
        }
        if (a.contains("rollback") || a.contains("pause")) {
            return Lessons.TRIGGER;
        }
        if (a.contains("status")) {
            return Lessons.COMMUNICATION;
        }
        if (a.contains("escalate")) {
            return Lessons.TEAM;
        }
        if (a.contains("restart")) {
            return Lessons.ACCESS;
        }
        return Lessons.MITIGATION;
    }

    // ---- JSON -----------------------------------------------------------------------------------

    /** The report as an ordered map (stable: the same inputs give the same bytes). */
    public Map<String, Object> toMap() {
        ModelSpec spec = spec();
        Meta meta = spec.scenario().meta();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("format", FORMAT);
        Map<String, Object> sc = new LinkedHashMap<>();
        sc.put("id", spec.scenario().id());
        sc.put("title", meta == null ? null : meta.title());
        sc.put("date", meta == null ? null : meta.date());
        sc.put("scenarioHash", spec.hash());
        sc.put("seed", card.record().seed());
        sc.put("mode", session == null ? null : session.mode());
        sc.put("difficulty", session == null ? null : session.difficulty());
        m.put("scenario", sc);
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("grade", card.grade().value());
        summary.put("label", card.grade().label());
        summary.put("headlines", card.headlines());
        summary.put("scoredTo", time(card.scoredTo()));
        summary.put("endedEarly", card.endedEarly());
        m.put("summary", summary);
        if (card.endedEarly()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("label", "extrapolation: if nobody acted after " + time(card.scoredTo()));
            x.put("note", "what the model says would follow; not part of the score");
            x.put("lines", extrapolation());
            m.put("extrapolation", x);
        }
        m.put("score", card.toMap());
        List<Object> tl = new ArrayList<>();
        for (TimelineRow r : timeline) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("at", time(r.tick()));
            row.put("side", r.side());
            row.put("kind", r.kind());
            row.put("text", r.text());
            tl.add(row);
        }
        m.put("timeline", tl);
        m.put("availability", series());
        m.put("strengths", strengths);
        List<Object> imp = new ArrayList<>();
        for (Improvement i : improvements) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("text", i.text());
            row.put("lesson", i.lesson());
            row.put("learningObjective", i.objective());
            row.put("discussionQuestion", i.question());
            imp.add(row);
        }
        m.put("improvements", imp);
        m.put("discussion", discussion());
        List<Object> notes = new ArrayList<>();
        for (SessionRecord.Note n : notes()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("at", time(n.tick()));
            row.put("by", n.by());
            row.put("text", n.text());
            notes.add(row);
        }
        m.put("notes", notes);
        if (extension != null) {
            m.put(extension.key(), extension.toMap());
        }
        List<Object> sources = new ArrayList<>();
        if (meta != null) {
            for (Meta.Source s : meta.sources()) {
                if (s == null) {
                    continue;
                }
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("id", s.id());
                row.put("title", s.title());
                row.put("url", s.url());
                sources.add(row);
            }
        }
        m.put("sources", sources);
        return m;
    }

    private Map<String, Object> series() {
        double[][] run = card.availability();
        double[][] ref = card.referenceAvailability();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("stepMinutes", SERIES_STEP_MINUTES);
        out.put("from", spec().timeOf(0));
        Map<String, Object> services = new LinkedHashMap<>();
        for (int k = 0; k < run.length; k++) {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("run", sample(run[k]));
            s.put("reference", sample(ref[k]));
            services.put(spec().layout().serviceId(k), s);
        }
        out.put("services", services);
        return out;
    }

    private static List<Double> sample(double[] v) {
        List<Double> out = new ArrayList<>();
        for (int i = 0; i < v.length; i += SERIES_STEP_MINUTES) {
            out.add(Math.round(v[i] * 1000) / 1000.0);
        }
        return out;
    }

    /** Stable JSON text of {@link #toMap()}. */
    public String toJson() {
        return StrictJson.write(toMap());
    }

    /** One self-contained HTML page: inline CSS and SVG, no scripts, no external requests. */
    public String toHtml() {
        return HtmlReport.render(this);
    }
}
