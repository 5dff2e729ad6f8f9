package firedrill.app.debrief;

import firedrill.app.session.AtomicWrite;
import firedrill.app.session.SessionStore;
import firedrill.engine.model.ModelSpec;
import firedrill.engine.report.AfterActionReport;
import firedrill.engine.score.Decisions;
import firedrill.engine.score.OutcomeJson;
import firedrill.engine.score.Par;
import firedrill.engine.score.ParTempo;
import firedrill.engine.score.RunOutcome;
import firedrill.engine.score.Scorecard;
import firedrill.engine.score.ServiceOutcome;
import firedrill.engine.score.StatusRubric;
import firedrill.engine.scenario.ActionSpec;
import firedrill.engine.score.WhatIf;
import firedrill.engine.session.SessionRecord;
import firedrill.engine.command.Command;
import firedrill.engine.sim.RunRecord;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The debrief of one run, without the toolkit: scores it (Scorecard: grade, breakdown, decisions with
 * verdicts, lessons), saves it as a session, computes par with progress and cancel, forks what-ifs
 * from any decision and exports the after-action report. Long work runs on {@code background}; every
 * property is set on {@code ui} (the FX thread in the app, the caller's thread in tests).
 */
public final class DebriefViewModel {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(DebriefViewModel.class);
    /** One row of the breakdown table: measure, you, the real team, grade points. */
    public record BreakdownRow(String measure, String yours, String real, String points) {}

    /**
     * One decision and its verdict, for the list: {@code action} is the console's title, {@code actionId}
     * and {@code params} what the what-if form starts from, {@code value} its worth over the rest of the
     * run in words ("" when not simulated again), {@code clusters} one line per target of an action on
     * several clusters, {@code words} what it said (a status update's text), or null.
     */
    public record DecisionRow(int index, int tick, String time, String action, String target, String verdict,
                              String why, boolean hurt, boolean helped, String actionId, Map<String, Double> params,
                              String value, List<ClusterLine> clusters, String words) {
        public String text() {
            String t = target == null || target.isBlank() ? "" : " → " + (target.length() > 60 ? target.substring(0, 57) + "…" : target);
            return time + "  " + action + t;
        }
    }

    /** One target cluster's own verdict of a grouped action. */
    public record ClusterLine(String cluster, String verdict, String why, boolean hurt, boolean helped) {}

    /** A posted status update: when, its words, its rubric points and each criterion in words. */
    public record StatusRow(String posted, String text, int points, int max, List<String> met, List<String> missed) {}

    /** An area for improvement and the real incident's lesson for it. */
    public record LessonRow(String missed, String lesson) {}

    /** A what-if kind. */
    public enum Change { REMOVE, REPLACE, ADD }

    /** The result of a what-if: both runs' series, the real milestones, and per-service deltas in words. */
    public record WhatIfResult(String description, double[][] original, double[][] alternative, List<String> serviceNames,
                               List<int[]> milestoneTicks, double impactOriginal, double impactAlternative,
                               List<String> deltas, int fromTick) {
        public double impactDelta() {
            return impactAlternative - impactOriginal;
        }
    }

    private final RunResult result;
    private final SessionStore store;
    private final Executor background;
    private final Executor ui;
    private final SessionRecord replayed;

    private final ObjectProperty<Scorecard> card = new SimpleObjectProperty<>();
    private final StringProperty status = new SimpleStringProperty("Scoring your run…");
    private final StringProperty error = new SimpleStringProperty("");
    private final StringProperty versionNotice = new SimpleStringProperty("");
    private final ObjectProperty<Path> savedFile = new SimpleObjectProperty<>();
    private final DoubleProperty parProgress = new SimpleDoubleProperty(0);
    private final BooleanProperty parRunning = new SimpleBooleanProperty(false);
    private final StringProperty parText = new SimpleStringProperty("");
    private final ObjectProperty<Par.Result> par = new SimpleObjectProperty<>();
    private final BooleanProperty whatIfRunning = new SimpleBooleanProperty(false);
    private final ObjectProperty<WhatIfResult> whatIf = new SimpleObjectProperty<>();
    private final StringProperty whatIfText = new SimpleStringProperty("");
    private final BooleanProperty exporting = new SimpleBooleanProperty(false);
    private final StringProperty exportText = new SimpleStringProperty("");
    private volatile AtomicBoolean parCancel = new AtomicBoolean();
    private java.util.function.BiFunction<ModelSpec, RunRecord, Scorecard> scorer = Scorecard::of;

    /**
     * @param store    where a fresh run is saved (null: not saved)
     * @param replayed the saved record when this debrief replays a past attempt (then nothing is saved)
     */
    public DebriefViewModel(RunResult result, SessionStore store, SessionRecord replayed, Executor background,
                            Executor ui) {
        this.result = result;
        this.store = store;
        this.replayed = replayed;
        this.background = background;
        this.ui = ui;
    }

    public RunResult result() {
        return result;
    }

    /** The run as a record to the horizon (what the scorecard and what-ifs start from). */
    public RunRecord record() {
        ModelSpec spec = result.spec();
        return new RunRecord(spec.scenario().id(), spec.hash(), result.seed(), spec.horizonTick(), result.commandLog());
    }

    /**
     * In the background, unless this is a replay: saves the run with its outcome (as a new attempt, or
     * into the file it was saved in when it ended), then scores it, then adds the grade to that file.
     * Saving comes first, so a scoring failure loses nothing.
     */
    public void start() {
        background.execute(() -> {
            boolean saving = store != null && replayed == null;
            Path file = result.savedFile();
            String saveProblem = "";
            if (saving) {
                try {
                    file = save(file, sessionRecord(null));
                } catch (IOException | RuntimeException e) {
                    LOG.error("Saving the attempt failed", e);
                    saveProblem = "The attempt could not be saved: " + e.getMessage();
                }
            }
            Path saved = file;
            Scorecard c;
            try {
                c = scorer.apply(result.spec(), record());
            } catch (RuntimeException e) {
                LOG.error("Scoring the run failed", e);
                String kept = saved == null ? "" : " The run itself is saved (" + saved.getFileName() + ").";
                ui.execute(() -> {
                    savedFile.set(saved);
                    status.set("Scoring failed");
                    error.set(e.getMessage() + kept);
                });
                return;
            }
            if (saving && saved != null) {
                try {
                    store.save(saved, sessionRecord(c));
                } catch (IOException | RuntimeException e) {
                    LOG.error("Adding the grade to {} failed", saved, e);
                    saveProblem = "The grade could not be added to the saved attempt: " + e.getMessage();
                }
            }
            String problem = saveProblem;
            String versions = replayed == null ? ""
                    : firedrill.app.session.Replays.versionNotice(replayed, c).map(l -> String.join(" ", l)).orElse("");
            ui.execute(() -> {
                versionNotice.set(versions);
                card.set(c);
                savedFile.set(saved);
                error.set(problem);
                status.set(c.grade().value() + " · " + c.grade().label());
            });
        });
    }

    /** A new attempt when {@code file} is null, else a rewrite of that attempt. */
    private Path save(Path file, SessionRecord r) throws IOException {
        if (file == null) {
            return store.save(r);
        }
        store.save(file, r);
        return file;
    }

    /** Replaces the scorer (tests: a scoring failure). */
    void scoreWith(java.util.function.BiFunction<ModelSpec, RunRecord, Scorecard> scorer) {
        this.scorer = scorer;
    }

    /** The session record of this run (the saved one for a replay). */
    public SessionRecord sessionRecord(Scorecard c) {
        if (replayed != null) {
            return replayed;
        }
        ModelSpec spec = result.spec();
        RunRecord r = record();
        SessionRecord.Grade g = c == null ? null
                : new SessionRecord.Grade(c.grade().value(), c.grade().label(), c.impactMinutes());
        int ended = Math.max(1, Math.min(result.endTick(), spec.horizonTick()));
        return new SessionRecord(SessionRecord.FORMAT, r.scenario(), r.scenarioHash(), r.seed(), null,
                result.mode(), 0, ended, Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(),
                r.commands(), OutcomeJson.of(result.outcome(), spec, result.score()), g, List.of()).withCurrentVersions();
    }

    // ---- scorecard --------------------------------------------------------------------------

    public String gradeText() {
        Scorecard c = card.get();
        return c == null ? "…" : Integer.toString(c.grade().value());
    }

    public String labelText() {
        Scorecard c = card.get();
        return c == null ? "Scoring…" : c.grade().label();
    }

    public List<String> headlines() {
        Scorecard c = card.get();
        return c == null ? List.of() : c.headlines();
    }

    /** The breakdown like the AAR's summary: measure, you, real team, points. */
    public List<BreakdownRow> breakdown() {
        Scorecard c = card.get();
        if (c == null) {
            return List.of();
        }
        Scorecard.Grade g = c.grade();
        List<BreakdownRow> rows = new ArrayList<>();
        rows.add(new BreakdownRow("Impact minutes", fmt(c.impactMinutes()), fmt(c.referenceImpactMinutes()),
                pts(g.impactPoints())));
        for (Scorecard.ServiceResult s : c.services()) {
            rows.add(new BreakdownRow(s.name() + " fully recovered", result.time(s.run().fullRecovery()),
                    result.time(s.reference().fullRecovery())
                            + (s.realFullRecovery() < 0 ? "" : " (published " + result.time(s.realFullRecovery()) + ")"),
                    ""));
        }
        rows.add(new BreakdownRow("First effective mitigation", mitigation(c.firstMitigation()),
                mitigation(c.realFirstMitigation()), pts(g.mitigationPoints())));
        rows.add(new BreakdownRow("Harmful actions", Integer.toString(c.harmful().size()),
                Long.toString(c.referenceDecisions().stream().filter(Decisions.Decision::hurt).count()),
                pts(g.harmPoints())));
        rows.add(new BreakdownRow("Status-update coverage", pct(c.cadence().coverage()),
                pct(c.referenceCadence().coverage()), pts(g.commsPoints())));
        rows.add(new BreakdownRow("Status updates: rubric points", pct(StatusRubric.quality(c.statusUpdates())),
                pct(StatusRubric.quality(c.referenceStatusUpdates())), "(in communication)"));
        rows.add(new BreakdownRow("Idle responders", pct(c.idle().share()), pct(c.referenceIdle().share()),
                pts(g.idlePoints())));
        rows.add(new BreakdownRow("Grade", Integer.toString(g.value()), "50", g.label()));
        return rows;
    }

    public List<DecisionRow> decisions() {
        Scorecard c = card.get();
        if (c == null) {
            return List.of();
        }
        List<DecisionRow> out = new ArrayList<>();
        for (Decisions.Decision d : c.decisions()) {
            String verdict = switch (d.verdict()) {
                case HELPED -> "helped";
                case HURT -> "harmful";
                default -> d.verdict().label();
            };
            List<ClusterLine> clusters = new ArrayList<>();
            for (Decisions.ClusterVerdict cv : d.clusters()) {
                clusters.add(new ClusterLine(cv.cluster(), cv.verdict() == Decisions.Verdict.HURT ? "harmful" : cv.verdict().label(),
                        cv.why(), cv.verdict() == Decisions.Verdict.HURT, cv.verdict() == Decisions.Verdict.HELPED));
            }
            double v = d.valueMinutes();
            String value = Double.isNaN(v) ? "" : Math.abs(v) < 0.5
                    ? "no difference in impact-minutes by the end of the run (what-if without it)"
                    : String.format(Locale.ROOT, "%s impact-minutes by the end of the run (what-if without it)",
                    v >= 0 ? "saved " + fmt(v) : "cost " + fmt(-v));
            out.add(new DecisionRow(d.index(), d.command().tick(), result.time(d.command().tick()),
                    title(d.command().action()), d.command().target(), verdict, d.why() == null ? "" : d.why(),
                    d.hurt(), d.helped(), d.command().action(), d.command().params(), value, List.copyOf(clusters),
                    d.command().text()));
        }
        return out;
    }

    /** Each posted status update with its rubric score and why. */
    public List<StatusRow> statusUpdates() {
        Scorecard c = card.get();
        if (c == null) {
            return List.of();
        }
        List<StatusRow> out = new ArrayList<>();
        for (StatusRubric.Scored u : c.statusUpdates()) {
            List<String> met = new ArrayList<>();
            List<String> missed = new ArrayList<>();
            for (StatusRubric.Criterion k : u.criteria()) {
                (k.met() ? met : missed).add(k.name() + ": " + k.why());
            }
            out.add(new StatusRow(result.time(u.postedTick()), u.text() == null ? "(no text)" : u.text(), u.points(),
                    StatusRubric.MAX_POINTS, List.copyOf(met), List.copyOf(missed)));
        }
        return out;
    }

    /** The specific measures of the scenario (its guided objectives), shown once the run is over. */
    public List<String> measures() {
        var meta = result.spec().scenario().meta();
        return meta == null ? List.of() : meta.guidedObjectives();
    }

    /** Why the grade was capped, or "" (a harmful action the real team did not take). */
    public String capText() {
        Scorecard c = card.get();
        return c == null || c.grade().cap() == null ? "" : "Grade " + c.grade().cap() + ".";
    }

    /** A parameter of an action, in the console's words: "rate (share of nodes per minute, 0.01–1)". */
    public String paramHelp(String actionId) {
        ActionSpec a = result.spec().action(actionId);
        if (a == null || a.params().isEmpty()) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        a.params().forEach((k, p) -> parts.add(k + " (" + (p.unit() == null ? "" : p.unit())
                + (p.min() == null || p.max() == null ? "" : ", " + num(p.min()) + "–" + num(p.max())) + ")"));
        return String.join("; ", parts);
    }

    /** "name=value, name=value" for the what-if form (defaults where the decision gave none). */
    public String paramsText(String actionId, Map<String, Double> given) {
        ActionSpec a = result.spec().action(actionId);
        Map<String, Double> values = new LinkedHashMap<>();
        if (a != null) {
            a.params().forEach((k, p) -> {
                if (p.defaultValue() != null) {
                    values.put(k, p.defaultValue());
                }
            });
        }
        if (given != null) {
            values.putAll(given);
        }
        List<String> parts = new ArrayList<>();
        values.forEach((k, v) -> parts.add(k + "=" + num(v)));
        return String.join(", ", parts);
    }

    private static String num(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e9 ? String.valueOf((long) v) : String.valueOf(v);
    }

    /** What was missed, each with the real incident's lesson. */
    public List<LessonRow> lessons() {
        Scorecard c = card.get();
        if (c == null) {
            return List.of();
        }
        List<LessonRow> out = new ArrayList<>();
        for (AfterActionReport.Improvement i : AfterActionReport.of(c, sessionRecord(c)).improvements()) {
            out.add(new LessonRow(i.text(), i.lesson() == null ? "" : i.lesson()));
        }
        return out;
    }

    // ---- par --------------------------------------------------------------------------------

    /**
     * Runs the reference playbook over {@code runs} seeds in the background, decision times varied as a
     * real team's would be ({@link ParTempo#DEFAULT}); progress and cancel.
     */
    public void startPar(int runs) {
        if (parRunning.get()) {
            return;
        }
        AtomicBoolean cancel = new AtomicBoolean();
        parCancel = cancel;
        parRunning.set(true);
        parProgress.set(0);
        parText.set("Running " + runs + " reference runs…");
        double mine = Par.totalImpact(result.outcome());
        Scorecard before = card.get();
        background.execute(() -> {
            try {
                // The real team's decisions at a real team's varying times, so the percentile moves with the impact.
                Par.Result r = Par.run(result.spec(), Par.referenceCommands(result.spec()), ParTempo.DEFAULT, 1, runs,
                        (done, total) -> ui.execute(() -> parProgress.set((double) done / total)), cancel::get);
                double p = r.percentileOf(mine);
                // The grade's impact reference and "on par" band come from the distribution once it exists.
                Scorecard rescored = before == null ? null : before.withPar(r);
                ui.execute(() -> {
                    par.set(r);
                    if (rescored != null) {
                        card.set(rescored);
                        status.set(rescored.grade().value() + " · " + rescored.grade().label());
                    }
                    parProgress.set(1);
                    parRunning.set(false);
                    parText.set(String.format(Locale.ROOT, "Better than %.0f%% of %d reference runs "
                            + "(impact %s min; reference median %s, p10–p90 %s–%s)", p, r.runs(), fmt(mine),
                            fmt(r.impact().p50()), fmt(r.impact().p10()), fmt(r.impact().p90())));
                });
            } catch (java.util.concurrent.CancellationException e) {
                ui.execute(() -> {
                    parRunning.set(false);
                    parProgress.set(0);
                    parText.set("Par cancelled");
                });
            } catch (RuntimeException e) {
                LOG.error("Par failed", e);
                ui.execute(() -> {
                    parRunning.set(false);
                    parText.set("Par failed: " + e.getMessage());
                });
            }
        });
    }

    public void cancelPar() {
        parCancel.set(true);
    }

    // ---- what-if ----------------------------------------------------------------------------

    /** The scenario's action catalog: id → title. */
    public Map<String, String> catalog() {
        Map<String, String> out = new LinkedHashMap<>();
        result.spec().scenario().actions().forEach(a -> out.put(a.id(), a.title() == null ? a.id() : a.title()));
        return out;
    }

    /** The default target of an action in the catalog ("all" when it has none). */
    public String defaultTarget(String actionId) {
        return result.spec().scenario().actions().stream().filter(a -> a.id().equals(actionId)).findFirst()
                .map(a -> a.defaultTarget() == null ? "all" : a.defaultTarget()).orElse("all");
    }

    /** Parses "name=value, name=value" into params (blank: none). */
    public static Map<String, Double> parseParams(String text) {
        Map<String, Double> out = new LinkedHashMap<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        for (String part : text.split("[,;]")) {
            String[] kv = part.split("=", 2);
            if (kv.length != 2 || kv[0].isBlank()) {
                throw new IllegalArgumentException("expected name=value, got \"" + part.trim() + "\"");
            }
            out.put(kv[0].trim(), Double.parseDouble(kv[1].trim()));
        }
        return out;
    }

    /**
     * Runs a what-if in the background: remove decision {@code index}, replace it with {@code command},
     * or add {@code command} (keeping every decision).
     */
    public void runWhatIf(Change change, int index, Command command) {
        Scorecard c = card.get();
        if (c == null || whatIfRunning.get()) {
            return;
        }
        whatIfRunning.set(true);
        whatIfText.set("Running the what-if…");
        background.execute(() -> {
            try {
                WhatIf w = c.whatIf();
                WhatIf.Comparison cmp = switch (change) {
                    // The same branch the decision's value comes from, so the two numbers agree.
                    case REMOVE -> w.remove(index);
                    case REPLACE -> w.replace(index, command);
                    case ADD -> w.add(command);
                };
                String what = switch (change) {
                    case REMOVE -> "without " + describe(w.decisions().get(index));
                    case REPLACE -> "with " + describe(command) + " instead of " + describe(w.decisions().get(index));
                    case ADD -> "with " + describe(command) + " added";
                };
                WhatIfResult r = compare(what, cmp);
                ui.execute(() -> {
                    whatIf.set(r);
                    whatIfRunning.set(false);
                    whatIfText.set("What-if " + what + ": " + String.join("; ", r.deltas()));
                });
            } catch (RuntimeException e) {
                LOG.error("What-if failed", e);
                ui.execute(() -> {
                    whatIfRunning.set(false);
                    whatIfText.set("What-if failed: " + e.getMessage());
                });
            }
        });
    }

    WhatIfResult compare(String what, WhatIf.Comparison cmp) {
        ModelSpec spec = result.spec();
        RunOutcome a = cmp.original().outcome();
        RunOutcome b = cmp.alternative().outcome();
        List<String> names = new ArrayList<>();
        List<int[]> milestones = new ArrayList<>();
        List<String> deltas = new ArrayList<>();
        double ia = Par.totalImpact(a);
        double ib = Par.totalImpact(b);
        deltas.add(String.format(Locale.ROOT, "impact %s → %s min (%s)", fmt(ia), fmt(ib), signed(ib - ia)));
        for (int k = 0; k < spec.layout().services(); k++) {
            String id = spec.layout().serviceId(k);
            names.add(spec.layout().serviceName(k));
            List<Integer> ticks = new ArrayList<>();
            spec.scenario().realTimeline().forEach(m -> {
                if (m.measure() != null && m.measure().endsWith(":" + id)) {
                    ticks.add(spec.tickOf(m.at()));
                }
            });
            milestones.add(ticks.stream().mapToInt(Integer::intValue).toArray());
            ServiceOutcome sa = a.service(id);
            ServiceOutcome sb = b.service(id);
            if (sa != null && sb != null) {
                String d = sa.fullRecovery() < 0 || sb.fullRecovery() < 0 ? ""
                        : " (" + signed((sb.fullRecovery() - sa.fullRecovery()) / 60.0) + ")";
                deltas.add(spec.layout().serviceName(k) + " full recovery " + result.time(sa.fullRecovery()) + " → "
                        + result.time(sb.fullRecovery()) + d);
            }
        }
        return new WhatIfResult(what, cmp.original().availability(), cmp.alternative().availability(), names,
                milestones, ia, ib, deltas, cmp.fromTick());
    }

    // ---- export -----------------------------------------------------------------------------

    /** Exports the AAR ({@link #exportTo}) in the background; {@code exportText} says how it went. */
    public void export(Path html) {
        export(html, done -> { }, problem -> { });
    }

    /**
     * Writes the AAR in the background ({@link #exportTo}); {@code exportText} says how it went, and
     * {@code done} receives the HTML file, or {@code failed} the problem in words, on the UI executor.
     */
    public void export(Path html, java.util.function.Consumer<Path> done, java.util.function.Consumer<String> failed) {
        if (exporting.get()) {
            return;
        }
        exporting.set(true);
        exportText.set("Exporting the after-action report to " + html.getFileName() + "…");
        background.execute(() -> {
            try {
                Path json = exportTo(html);
                ui.execute(() -> {
                    exporting.set(false);
                    exportText.set("Exported the after-action report: " + html + " (and " + json.getFileName() + ")");
                    done.accept(html);
                });
            } catch (IOException | RuntimeException e) {
                firedrill.app.fx.Errors.report(e, "exporting the after-action report to " + html);
                String problem = "The after-action report could not be exported to " + html + ": " + e.getMessage();
                ui.execute(() -> {
                    exporting.set(false);
                    exportText.set("Export failed: " + e.getMessage());
                    error.set(problem);
                    failed.accept(problem);
                });
            }
        });
    }

    /** Writes the AAR as HTML to {@code html} and as JSON next to it (same name, .json), atomically. */
    public Path exportTo(Path html) throws IOException {
        Scorecard c = card.get();
        if (c == null) {
            throw new IllegalStateException("the run is still being scored");
        }
        Scorecard withPar = par.get() == null || c.par() != null ? c : c.withPar(par.get());
        AfterActionReport report = AfterActionReport.of(withPar, sessionRecord(withPar));
        AtomicWrite.write(html, report.toHtml().getBytes(StandardCharsets.UTF_8));
        String name = html.getFileName().toString();
        String base = name.toLowerCase(Locale.ROOT).endsWith(".html") ? name.substring(0, name.length() - 5) : name;
        Path json = html.resolveSibling(base + ".json");
        AtomicWrite.write(json, report.toJson().getBytes(StandardCharsets.UTF_8));
        // xAPI statements of this attempt for a learning record store (a file; nothing is sent anywhere).
        SessionRecord session = sessionRecord(withPar);
        java.util.List<java.util.Map<String, Object>> statements = firedrill.engine.xapi.XapiStatements.forSession(session,
                withPar.spec().scenario().meta().title(), withPar.grade().value(), new firedrill.engine.xapi.XapiStatements.Actor(
                        actorName(), null), firedrill.engine.xapi.XapiStatements.DEFAULT_PASS_MARK);
        AtomicWrite.write(html.resolveSibling(base + ".xapi.json"),
                firedrill.engine.xapi.XapiStatements.toJson(statements).getBytes(StandardCharsets.UTF_8));
        return json;
    }

    /** The trainee in exported xAPI statements: the computer's user name (the CLI's --actor sets another). */
    static String actorName() {
        String n = System.getProperty("user.name");
        return n == null || n.isBlank() ? "trainee" : n.length() > 200 ? n.substring(0, 200) : n;
    }

    // ---- properties -------------------------------------------------------------------------

    public ReadOnlyObjectProperty<Scorecard> cardProperty() {
        return card;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error;
    }

    /**
     * For a saved attempt made by another model version: that the replay may differ, with the
     * recorded and the re-simulated outcome; empty otherwise.
     */
    public ReadOnlyStringProperty versionNoticeProperty() {
        return versionNotice;
    }

    public ReadOnlyObjectProperty<Path> savedFileProperty() {
        return savedFile;
    }

    public ReadOnlyDoubleProperty parProgressProperty() {
        return parProgress;
    }

    public ReadOnlyBooleanProperty parRunningProperty() {
        return parRunning;
    }

    public ReadOnlyStringProperty parTextProperty() {
        return parText;
    }

    public ReadOnlyObjectProperty<Par.Result> parProperty() {
        return par;
    }

    public ReadOnlyBooleanProperty whatIfRunningProperty() {
        return whatIfRunning;
    }

    public ReadOnlyObjectProperty<WhatIfResult> whatIfProperty() {
        return whatIf;
    }

    public ReadOnlyStringProperty whatIfTextProperty() {
        return whatIfText;
    }

    public ReadOnlyBooleanProperty exportingProperty() {
        return exporting;
    }

    public ReadOnlyStringProperty exportTextProperty() {
        return exportText;
    }

    public boolean isReplay() {
        return replayed != null;
    }

    // ---- formatting -------------------------------------------------------------------------

    private String describe(Command c) {
        String t = c.target() == null || c.target().isBlank() ? "" : " → " + c.target();
        return title(c.action()) + t + " at " + result.time(c.tick());
    }

    private String title(String actionId) {
        if (actionId == null) {
            return "(note)";
        }
        return result.spec().scenario().actions().stream().filter(a -> a.id().equals(actionId)).findFirst()
                .map(a -> a.title() == null ? actionId : a.title()).orElse(actionId);
    }

    private String mitigation(Scorecard.Mitigation m) {
        return m == null ? "none" : result.time(m.issuedTick()) + " " + title(m.action());
    }

    static String fmt(double v) {
        return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%.0f", v);
    }

    static String pts(double v) {
        return String.format(Locale.ROOT, "%+.1f", v);
    }

    static String pct(double v) {
        return String.format(Locale.ROOT, "%.0f%%", 100 * v);
    }

    static String signed(double minutes) {
        return String.format(Locale.ROOT, "%+.0f min", minutes);
    }
}
