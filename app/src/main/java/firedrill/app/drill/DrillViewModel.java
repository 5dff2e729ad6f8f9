package firedrill.app.drill;

import firedrill.app.practice.ActionPanelViewModel;
import firedrill.app.practice.ConsoleViewModel;
import firedrill.app.practice.PracticeSession;
import firedrill.app.practice.SimulationRunner;
import firedrill.app.practice.SimulationRunner.Frame;
import firedrill.app.practice.Speed;
import firedrill.app.session.AtomicWrite;
import firedrill.engine.action.ActionRecord;
import firedrill.engine.drill.DrillRecord;
import firedrill.engine.drill.DrillReport;
import firedrill.engine.model.ModelSpec;
import firedrill.engine.report.AfterActionReport;
import firedrill.engine.command.Command;
import firedrill.engine.sim.Message;
import firedrill.engine.sim.Snapshot;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The facilitator console's state, derived from the drill's runner once per frame ({@link #pull()}):
 * the clock, ground truth (throttled to a few updates a second), the decision log, observations, the
 * inject library and the autosave status. It also owns the one {@link ConsoleViewModel} both windows'
 * observed panels read — the participant view shows only that — and routes the action panel's issue
 * through {@link Drill#decide} with the chosen decider. No toolkit needed; intents never block.
 */
public final class DrillViewModel {
    /** Ground truth is recomputed at most this often (wall time). */
    static final long TRUTH_NANOS = 250_000_000L;

    /** Ready-made injects for the moments every incident has. */
    public static final List<AdHoc> AD_HOC = List.of(
            new AdHoc("exec", "VP Engineering: the CEO is asking for an ETA. What do I tell them?"),
            new AdHoc("comms", "comms: the status page is 20 minutes stale; customers are pointing it out on social media."),
            new AdHoc("support", "support: enterprise customers are escalating; three have asked for a call with the incident commander."),
            new AdHoc("press", "press: a reporter asks whether this is a security incident."),
            new AdHoc("exec", "VP Engineering: should we roll back everything that shipped today?"),
            new AdHoc("infra", "infra: the on-call engineer's laptop has died; they are moving to a spare (10 minutes)."));

    /** An ad-hoc inject template. */
    public record AdHoc(String channel, String text) {
        @Override
        public String toString() {
            return text;
        }
    }

    /** Who decided: a person and their role, or a role nobody is named for. */
    public record Decider(String name, String role) {
        @Override
        public String toString() {
            return DrillRecord.Decision.who(name, role);
        }
    }

    /** A line of the decision log: the decision, its command tick (-1 before the runner had it), its state. */
    public record DecisionRow(int index, DrillRecord.Decision decision, String entered, String at, String status,
                              String state) {}

    /** A scripted inject of the library and whether it has reached the channel. */
    public record ScriptedRow(Drill.ScriptedEvent event, boolean fired) {}

    private final Drill drill;
    private final ModelSpec spec;
    private final ConsoleViewModel observed;
    private final ActionPanelViewModel actions;
    private final ReadOnlyStringWrapper clock = new ReadOnlyStringWrapper(this, "clock", "");
    private final ReadOnlyIntegerWrapper tick = new ReadOnlyIntegerWrapper(this, "tick");
    private final ReadOnlyBooleanWrapper paused = new ReadOnlyBooleanWrapper(this, "paused");
    private final ReadOnlyObjectWrapper<Speed> speed = new ReadOnlyObjectWrapper<>(this, "speed");
    private final ReadOnlyBooleanWrapper ended = new ReadOnlyBooleanWrapper(this, "ended");
    private final ReadOnlyStringWrapper endReason = new ReadOnlyStringWrapper(this, "endReason", "");
    private final ReadOnlyStringWrapper nextEvent = new ReadOnlyStringWrapper(this, "nextEvent", "");
    private final ReadOnlyBooleanWrapper canJump = new ReadOnlyBooleanWrapper(this, "canJump");
    private final ReadOnlyStringWrapper truthSummary = new ReadOnlyStringWrapper(this, "truthSummary", "");
    private final ReadOnlyStringWrapper servicesTruth = new ReadOnlyStringWrapper(this, "servicesTruth", "");
    private final ReadOnlyStringWrapper saved = new ReadOnlyStringWrapper(this, "saved", "Not saved yet");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private final ReadOnlyStringWrapper exported = new ReadOnlyStringWrapper(this, "exported", "");
    private final ReadOnlyBooleanWrapper exporting = new ReadOnlyBooleanWrapper(this, "exporting");
    private final BooleanProperty onlyTrouble = new SimpleBooleanProperty(this, "onlyTrouble", true);
    private final ObjectProperty<Decider> decider = new SimpleObjectProperty<>(this, "decider");
    private final ObservableList<GroundTruth.Row> truth = FXCollections.observableArrayList();
    private final ObservableList<GroundTruth.Row> missing = FXCollections.observableArrayList();
    private final ObservableList<DecisionRow> decisions = FXCollections.observableArrayList();
    private final ObservableList<DrillRecord.Observation> observations = FXCollections.observableArrayList();
    private final ObservableList<ScriptedRow> scripted = FXCollections.observableArrayList();
    private final ObservableList<Message> outbox = FXCollections.observableArrayList();
    private final List<Decider> deciders;
    private final List<Command> unconfirmed = new ArrayList<>();
    private final List<Integer> baselines = new ArrayList<>();
    private Frame last;
    private int observationCount;
    private long lastTruth;
    private int truthTick = -1;
    private boolean truthFilter;
    private int decisionSig = -1;
    // Until the screen passes the app's executors (setExecutors), work runs on the caller's thread.
    private Executor background = Runnable::run;
    private Executor fx = Runnable::run;

    public DrillViewModel(Drill drill) {
        this.drill = drill;
        this.spec = drill.spec();
        DrillSetup s = drill.setup();
        PracticeSession session = new PracticeSession(s.scenario(), s.spec(), s.runnerDifficulty(), s.seed(),
                s.preAlertSpeed(), false, s.incidentSpeed());
        this.observed = new ConsoleViewModel(session, drill.runner());
        // The drill scores once, for the after-action report; the console's own scoring never runs.
        observed.setExecutors(r -> { }, Runnable::run);
        observed.setIssuer(this::decide);
        this.actions = new ActionPanelViewModel(observed);
        this.deciders = deciders(s);
        decider.set(deciders.isEmpty() ? null : deciders.get(0));
        syncObservations();
        onlyTrouble.addListener((o, a, b) -> refreshTruth(true));
        drill.onSaved(r -> {
            String text = "Autosaved at " + shortTime(r.savedAt()) + " (drill clock " + spec.clockOf(r.tick()) + ")";
            fx.execute(() -> saved.set(text));
        });
        drill.ended().whenComplete((r, e) -> fx.execute(() -> {
            if (e != null) {
                notice.set("The drill ended but could not be archived: " + e.getMessage());
            }
        }));
        apply(drill.frame());
    }

    /** Where exports run, and where their completion (and autosave notices) are delivered (the FX thread). */
    public void setExecutors(Executor background, Executor fx) {
        this.background = background;
        this.fx = fx;
    }

    static List<Decider> deciders(DrillSetup s) {
        List<Decider> out = new ArrayList<>();
        LinkedHashSet<String> covered = new LinkedHashSet<>();
        for (DrillRecord.Member m : s.roster()) {
            out.add(new Decider(m.name(), m.role()));
            if (m.role() != null) {
                covered.add(m.role());
            }
        }
        for (String role : s.roles()) {
            if (!covered.contains(role)) {
                out.add(new Decider(null, role));
            }
        }
        if (out.isEmpty()) {
            out.add(new Decider(null, null));
        }
        return List.copyOf(out);
    }

    /** An ISO instant as local wall-clock time (HH:mm:ss), for "autosaved at". */
    static String shortTime(String iso) {
        return localTime(iso, "HH:mm:ss");
    }

    /** An ISO instant in local time with a {@code DateTimeFormatter} pattern (the text itself when it is not one). */
    static String localTime(String iso, String pattern) {
        if (iso == null) {
            return "";
        }
        try {
            return java.time.format.DateTimeFormatter.ofPattern(pattern, Locale.ROOT)
                    .format(java.time.Instant.parse(iso).atZone(java.time.ZoneId.systemDefault()));
        } catch (java.time.DateTimeException e) {
            return iso;
        }
    }

    // ---- per frame --------------------------------------------------------------------------------

    /** Reads the runner's latest frame; cheap when nothing changed. Returns whether anything did. */
    public boolean pull() {
        boolean changed = observed.pull();
        Frame f = drill.frame();
        if (f == last) {
            return changed;
        }
        apply(f);
        return true;
    }

    private void apply(Frame f) {
        last = f;
        Snapshot s = f.snapshot();
        tick.set(s.tick());
        clock.set(s.clock());
        paused.set(f.paused());
        speed.set(f.speed());
        if (f.ended() && !ended.get()) {
            ended.set(true);
            endReason.set(f.endReason() == SimulationRunner.EndReason.TRAINEE ? "The facilitator ended the drill"
                    : f.endReason() == null ? "The drill ended" : f.endReason().label());
        }
        var next = drill.nextEvent();
        nextEvent.set(next.map(Drill.ScriptedEvent::describe).orElse("No scripted events left"));
        canJump.set(next.isPresent() && !f.ended());
        refreshTruth(false);
        refreshDecisions(f);
        refreshScripted(s);
        refreshOutbox(f);
        syncObservations();
    }

    /** Observations recorded elsewhere (another console, a resumed drill) show up here too, newest first. */
    private void syncObservations() {
        if (drill.observationCount() == observationCount) {
            return;
        }
        List<DrillRecord.Observation> all = new ArrayList<>(drill.observations());
        observationCount = all.size();
        java.util.Collections.reverse(all);
        observations.setAll(all);
    }

    private void refreshTruth(boolean force) {
        Snapshot s = last.snapshot();
        long now = System.nanoTime();
        if (!force && (s.tick() == truthTick || now - lastTruth < TRUTH_NANOS) && truthFilter == onlyTrouble.get()) {
            return;
        }
        lastTruth = now;
        truthTick = s.tick();
        truthFilter = onlyTrouble.get();
        List<GroundTruth.Row> rows = GroundTruth.rows(s, observed.observationStartTick());
        GroundTruth.Summary sum = GroundTruth.summary(s, rows);
        List<GroundTruth.Row> shown = new ArrayList<>();
        List<GroundTruth.Row> miss = new ArrayList<>();
        for (GroundTruth.Row r : rows) {
            if (!onlyTrouble.get() || r.inTrouble() || r.misread()) {
                shown.add(r);
            }
            if (r.misread()) {
                miss.add(r);
            }
        }
        truth.setAll(shown);
        missing.setAll(miss);
        truthSummary.set(String.format(Locale.ROOT, "%d clusters · API failing %d · DNS failing %d · agent on %d · "
                        + "access blocked %d · misread by the team %d", sum.clusters(), sum.apiFailing(),
                sum.dnsFailing(), sum.agentOn(), sum.blocked(), sum.misread()));
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < sum.services().size(); k++) {
            sb.append(k == 0 ? "" : "   ").append(sum.services().get(k)).append(" true ")
                    .append(GroundTruth.pct(sum.trueAvailability()[k])).append(" (team sees ")
                    .append(GroundTruth.pct(sum.seenAvailability()[k])).append(')');
        }
        servicesTruth.set(sb.toString());
    }

    private void refreshDecisions(Frame f) {
        List<DrillRecord.Decision> ds = drill.decisions();
        List<ActionRecord> records = f.snapshot().actions();
        List<Command> pending = f.pending();
        int sig = Objects.hash(ds.size(), records.size(), pending.size(), signature(records));
        if (sig == decisionSig && decisions.size() == ds.size()) {
            return;
        }
        decisionSig = sig;
        int pendingActions = 0;
        for (Command c : pending) {
            if (Command.ACTION.equals(c.type())) {
                pendingActions++;
            }
        }
        List<DecisionRow> rows = new ArrayList<>(ds.size());
        for (int i = 0; i < ds.size(); i++) {
            DrillRecord.Decision d = ds.get(i);
            String entered = spec.clockOf(d.entered());
            if (i < records.size()) {
                ActionRecord a = records.get(i);
                String status = a.outcome().label()
                        + (a.outcome().finished() ? " " + spec.timeOf(a.endTick())
                        : a.progress() > 0 ? String.format(Locale.ROOT, " %.0f%%", 100 * a.progress()) : "")
                        + (a.reason() == null || a.reason().isBlank() ? "" : " — " + a.reason());
                rows.add(new DecisionRow(i, d, entered, spec.clockOf(a.issuedTick()), status, a.outcome().label()));
            } else {
                boolean queued = i < records.size() + pendingActions;
                rows.add(new DecisionRow(i, d, entered, queued ? spec.clockOf(tickOfPending(pending, i - records.size()))
                        : "—", "queued", "pending"));
            }
        }
        java.util.Collections.reverse(rows);
        decisions.setAll(rows);
    }

    private static int tickOfPending(List<Command> pending, int k) {
        int n = 0;
        for (Command c : pending) {
            if (Command.ACTION.equals(c.type())) {
                if (n == k) {
                    return c.tick();
                }
                n++;
            }
        }
        return -1;
    }

    private static int signature(List<ActionRecord> records) {
        int h = 0;
        for (ActionRecord a : records) {
            h = h * 31 + a.outcome().ordinal() * 7 + (int) (a.progress() * 20);
        }
        return h;
    }

    private void refreshScripted(Snapshot s) {
        List<ScriptedRow> rows = new ArrayList<>();
        for (Drill.ScriptedEvent e : drill.events()) {
            if (e.text() != null && !e.text().isBlank()) {
                // A conditional inject has reached the room only if the channel shows it.
                boolean fired = e.tick() <= s.tick() && (e.condition() == null
                        || s.messages().stream().anyMatch(m -> "inject".equals(m.kind()) && e.text().equals(m.text())));
                rows.add(new ScriptedRow(e, fired));
            }
        }
        if (!rows.equals(scripted)) {
            scripted.setAll(rows);
        }
    }

    // ---- the outbox: injects the room sees before they apply ----------------------------------------

    /**
     * Injects sent but not applied yet, as channel messages stamped with the tick they will apply at:
     * those queued in the runner (the frame's pending commands) and those sent since the last frame
     * (not in it yet). The participant channel shows them after its messages, so an inject reaches the
     * room within a frame even while the clock is paused.
     */
    public ObservableList<Message> outbox() {
        return outbox;
    }

    private void refreshOutbox(Frame f) {
        // Confirm local sends the frame now accounts for (queued or applied).
        for (int i = unconfirmed.size() - 1; i >= 0; i--) {
            if (count(f, unconfirmed.get(i)) > baselines.get(i)) {
                unconfirmed.remove(i);
                baselines.remove(i);
            }
        }
        List<Message> next = new ArrayList<>();
        for (Command c : f.pending()) {
            if (Command.INJECT.equals(c.type())) {
                next.add(message(c.tick(), c));
            }
        }
        for (Command c : unconfirmed) {
            next.add(message(f.tick() + 1, c));
        }
        if (!next.equals(outbox)) {
            outbox.setAll(next);
        }
    }

    private Message message(int at, Command c) {
        return new Message(at, spec.timeOf(at), c.target(), "inject", c.text());
    }

    /** Pending injects plus applied inject messages with the same channel and text. */
    private static int count(Frame f, Command c) {
        int n = 0;
        for (Command p : f.pending()) {
            if (Command.INJECT.equals(p.type()) && Objects.equals(p.target(), c.target())
                    && Objects.equals(p.text(), c.text())) {
                n++;
            }
        }
        for (Message m : f.snapshot().messages()) {
            if ("inject".equals(m.kind()) && Objects.equals(m.channel(), c.target()) && Objects.equals(m.text(), c.text())) {
                n++;
            }
        }
        return n;
    }

    // ---- intents ----------------------------------------------------------------------------------

    public void togglePause() {
        setPaused(!paused.get());
    }

    public void setPaused(boolean p) {
        if (ended.get()) {
            return;
        }
        if (p) {
            drill.pause();
        } else {
            drill.resume();
        }
    }

    public void setSpeed(Speed s) {
        if (!ended.get()) {
            drill.setSpeed(s);
        }
    }

    /** Fast-forwards to the next scripted event (the clock holds there). */
    public void jumpToNextEvent() {
        if (ended.get()) {
            return;
        }
        drill.jumpToNextEvent().ifPresentOrElse(e -> notice.set("Jumping to " + e.describe()),
                () -> notice.set("No scripted events left."));
    }

    /** Sends an inject now (ad hoc, or a scripted one again); the room sees it at once. */
    public void sendInject(String channel, String text) {
        if (ended.get() || text == null || text.isBlank()) {
            return;
        }
        Command c = drill.inject(channel, text.trim());
        int base = count(last, c);
        for (Command u : unconfirmed) {
            if (Objects.equals(u.target(), c.target()) && Objects.equals(u.text(), c.text())) {
                base++;
            }
        }
        unconfirmed.add(c);
        baselines.add(base);
        List<Message> next = new ArrayList<>(outbox);
        next.add(message(last.tick() + 1, c));
        outbox.setAll(next);
    }

    /** Records a decision by the chosen decider (the action panel calls this when "Record decision" is pressed). */
    public void decide(String actionId, String target, Map<String, Double> params) {
        decide(actionId, target, params, null, null, null);
    }

    /** Records the team's decision in a chosen mode with a number of responders and its words (null: defaults). */
    public void decide(String actionId, String target, Map<String, Double> params, String mode, Integer responders,
                       String text) {
        if (ended.get()) {
            return;
        }
        Decider d = decider.get();
        try {
            drill.decide(d == null ? null : d.name(), d == null ? null : d.role(), actionId, target, params, mode,
                    responders, text);
        } catch (IllegalStateException e) {
            notice.set("The drill has ended; decisions are no longer recorded.");
            return;
        }
        decisionSig = -1;
        refreshDecisions(last);
    }

    /** Adds a timestamped observation; false when the text is blank. */
    public boolean observe(DrillRecord.Tag tag, String role, String text) {
        if (text == null || text.isBlank()) {
            return false;
        }
        drill.observe(tag, role, text.trim());
        syncObservations();
        return true;
    }

    public void end() {
        if (!ended.get()) {
            drill.end();
        }
    }

    /**
     * Writes the drill's after-action report (HTML, and JSON beside it with the same name) off the FX
     * thread; completes with the HTML file. Scoring takes a second or two.
     */
    public CompletableFuture<Path> export(Path html) {
        exporting.set(true);
        exported.set("Scoring the drill and writing the report…");
        CompletableFuture<Path> out = new CompletableFuture<>();
        background.execute(() -> {
            try {
                DrillRecord r = drill.isEnded() ? drill.ended().join() : drill.record(DrillRecord.RUNNING);
                AfterActionReport report = DrillReport.report(spec, r);
                String name = html.getFileName().toString();
                Path json = html.resolveSibling(name.replaceFirst("\\.html?$", "") + ".json");
                AtomicWrite.write(html, report.toHtml().getBytes(StandardCharsets.UTF_8));
                AtomicWrite.write(json, report.toJson().getBytes(StandardCharsets.UTF_8));
                fx.execute(() -> {
                    exporting.set(false);
                    exported.set("Report written: " + html + " (and " + json.getFileName() + ")");
                });
                out.complete(html);
            } catch (IOException | RuntimeException e) {
                firedrill.app.fx.Errors.report(e, "exporting the after-action report to " + html);
                fx.execute(() -> {
                    exporting.set(false);
                    exported.set("Export failed: " + e.getMessage());
                });
                out.completeExceptionally(e);
            }
        });
        return out;
    }

    /** Default report file: DATA/drills/reports/SCENARIO-START-at-HHMM.html. */
    public Path defaultReportFile(DrillStore store) {
        String at = spec.timeOf(tick.get()).replace(":", "").replace("+", "d");
        return store.reportsDir().resolve(spec.scenario().id() + "-" + DrillStore.stamp(drill.startedAt()) + "-at-" + at
                + ".html");
    }

    // ---- properties -------------------------------------------------------------------------------

    public Drill drill() {
        return drill;
    }

    public ModelSpec spec() {
        return spec;
    }

    /** The observed console state both windows' panels read (never ground truth). */
    public ConsoleViewModel observed() {
        return observed;
    }

    public ActionPanelViewModel actions() {
        return actions;
    }

    public List<Decider> deciders() {
        return deciders;
    }

    public List<String> roles() {
        return drill.setup().roles();
    }

    public ObjectProperty<Decider> deciderProperty() {
        return decider;
    }

    public BooleanProperty onlyTroubleProperty() {
        return onlyTrouble;
    }

    public ReadOnlyStringProperty clockProperty() {
        return clock.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty tickProperty() {
        return tick.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty pausedProperty() {
        return paused.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Speed> speedProperty() {
        return speed.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty endedProperty() {
        return ended.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty endReasonProperty() {
        return endReason.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty nextEventProperty() {
        return nextEvent.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canJumpProperty() {
        return canJump.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty truthSummaryProperty() {
        return truthSummary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty servicesTruthProperty() {
        return servicesTruth.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty savedProperty() {
        return saved.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty exportedProperty() {
        return exported.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty exportingProperty() {
        return exporting.getReadOnlyProperty();
    }

    public ObservableList<GroundTruth.Row> truth() {
        return truth;
    }

    public ObservableList<GroundTruth.Row> missing() {
        return missing;
    }

    public ObservableList<DecisionRow> decisions() {
        return decisions;
    }

    public ObservableList<DrillRecord.Observation> observations() {
        return observations;
    }

    public ObservableList<ScriptedRow> scripted() {
        return scripted;
    }

    public String time(int tick) {
        return spec.clockOf(tick);
    }
}
