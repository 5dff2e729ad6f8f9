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

    /** A current observation and its index among all versions (for editing and removing it). */
    public record ObservationRow(int index, DrillRecord.Observation observation) {}

    /** Who an observation is about: the whole team (both null), a role, or a person (with their role). */
    public record About(String person, String role) {
        @Override
        public String toString() {
            return person == null && role == null ? "Whole team" : person == null ? "Role: " + role
                    : person + (role == null ? "" : " · " + role);
        }
    }

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
    private final ReadOnlyStringWrapper nextEventFull = new ReadOnlyStringWrapper(this, "nextEventFull", "");
    private final ReadOnlyObjectWrapper<Path> lastReport = new ReadOnlyObjectWrapper<>(this, "lastReport");
    /** The AAR/IP of the last report: the saved one beside it, or the draft; the facilitator edits it before export. */
    private final ReadOnlyObjectWrapper<firedrill.engine.drill.AarIp> aarIp = new ReadOnlyObjectWrapper<>(this, "aarIp");
    private final ReadOnlyBooleanWrapper canJump = new ReadOnlyBooleanWrapper(this, "canJump");
    private final ReadOnlyStringWrapper truthSummary = new ReadOnlyStringWrapper(this, "truthSummary", "");
    private final ReadOnlyStringWrapper servicesTruth = new ReadOnlyStringWrapper(this, "servicesTruth", "");
    private final ReadOnlyStringWrapper saved = new ReadOnlyStringWrapper(this, "saved", "Not saved yet");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private final ReadOnlyStringWrapper exported = new ReadOnlyStringWrapper(this, "exported", "");
    private final ReadOnlyBooleanWrapper exporting = new ReadOnlyBooleanWrapper(this, "exporting");
    private final BooleanProperty onlyTrouble = new SimpleBooleanProperty(this, "onlyTrouble", true);
    private final javafx.beans.property.DoubleProperty projectorText =
            new javafx.beans.property.SimpleDoubleProperty(this, "projectorText", 1.0);
    private final ObjectProperty<Decider> decider = new SimpleObjectProperty<>(this, "decider");
    private final ObjectProperty<DecisionRow> editing = new SimpleObjectProperty<>(this, "editing");
    private final ObservableList<GroundTruth.Row> truth = FXCollections.observableArrayList();
    private final ObservableList<GroundTruth.Row> missing = FXCollections.observableArrayList();
    private final ObservableList<DecisionRow> decisions = FXCollections.observableArrayList();
    private final ObservableList<ObservationRow> observations = FXCollections.observableArrayList();
    private final ObservableList<ScriptedRow> scripted = FXCollections.observableArrayList();
    private final ObservableList<Message> outbox = FXCollections.observableArrayList();
    private final List<Decider> deciders;
    private final List<Command> unconfirmed = new ArrayList<>();
    private final List<Integer> baselines = new ArrayList<>();
    private Frame last;
    private int jumpingTo = -1;
    private boolean truthUpdating;
    private List<DrillRecord.Observation> observationVersions = List.of();
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
        actions.selectionHintProperty().set("in the ground-truth table (click, Shift/Ctrl-click)");
        this.deciders = deciders(s);
        decider.set(deciders.isEmpty() ? null : deciders.get(0));
        syncObservations();
        onlyTrouble.addListener((o, a, b) -> refreshTruth(true));
        drill.onSaved(r -> {
            String text = savedText(r);
            fx.execute(() -> saved.set(text));
        });
        if (drill.lastSaved() != null) {
            saved.set(savedText(drill.lastSaved()));
        }
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
            if (DrillSetupViewModel.OBSERVER.equals(m.role())) {
                continue; // an observer watches; decisions are the players'
            }
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

    private String savedText(DrillRecord r) {
        return "Autosaved at " + shortTime(r.savedAt()) + " (drill clock " + spec.clockOf(r.tick()) + ")";
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
            if (truthTick != f.tick()) {
                refreshTruth(false); // a refresh the throttle held back is owed, even with the clock stopped
            }
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
        nextEvent.set(next.map(Drill.ScriptedEvent::brief).orElse("No scripted events left"));
        nextEventFull.set(next.map(Drill.ScriptedEvent::describe).orElse("No scripted events left"));
        if (jumpingTo >= 0 && f.tick() >= jumpingTo && f.paused()) {
            // The jump arrived: say so until the facilitator resumes (then the line clears).
            notice.set("Holding at " + spec.clockOf(f.tick()) + " — press Resume (Space) when the room is ready.");
            jumpingTo = -1;
        }
        canJump.set(next.isPresent() && !f.ended());
        refreshTruth(false);
        refreshDecisions(f);
        refreshScripted(s);
        refreshOutbox(f);
        syncObservations();
    }

    /** Observations recorded elsewhere (another console, a resumed drill) show up here too, newest first. */
    private void syncObservations() {
        List<DrillRecord.Observation> all = drill.observations();
        if (all.equals(observationVersions)) {
            return;
        }
        observationVersions = all;
        List<DrillRecord.Observation> current = DrillRecord.current(all);
        List<ObservationRow> rows = new ArrayList<>();
        for (DrillRecord.Observation o : current) {
            int index = -1;
            for (int i = 0; i < all.size() && index < 0; i++) {
                if (all.get(i) == o) {
                    index = i;
                }
            }
            rows.add(new ObservationRow(index, o));
        }
        java.util.Collections.reverse(rows);
        observations.setAll(rows);
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
        truthUpdating = true;
        try {
            truth.setAll(shown);
        } finally {
            truthUpdating = false;
        }
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
        int sig = Objects.hash(ds, records.size(), pending.size(), signature(records), drill.withdrawn().size());
        if (sig == decisionSig) {
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
                if (d.isCorrected()) {
                    status = "entered in error (" + spec.clockOf(d.correctedAt()) + "): the run kept its effect — " + status;
                }
                rows.add(new DecisionRow(i, d, entered, spec.clockOf(a.issuedTick()), status,
                        d.isCorrected() ? "corrected" : a.outcome().label()));
            } else {
                boolean queued = i < records.size() + pendingActions;
                rows.add(new DecisionRow(i, d, entered, queued ? spec.clockOf(tickOfPending(pending, i - records.size()))
                        : "—", "queued", "pending"));
            }
        }
        for (DrillRecord.Decision w : drill.withdrawn()) {
            rows.add(new DecisionRow(-1, w, spec.clockOf(w.entered()), "—", "withdrawn at "
                    + spec.clockOf(w.withdrawnAt()) + " — never applied" + (w.note() == null ? "" : " (" + w.note() + ")"),
                    "withdrawn"));
        }
        rows.sort(java.util.Comparator.comparingInt(r -> r.decision().entered() == null ? 0 : r.decision().entered()));
        java.util.Collections.reverse(rows);
        decisions.setAll(rows);
    }

    /** " (fraction 0.5, rate 2)" for a decision's parameters, "" when it has none. */
    static String params(Map<String, Double> params) {
        if (params == null || params.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder(" (");
        boolean first = true;
        for (Map.Entry<String, Double> e : params.entrySet()) {
            sb.append(first ? "" : ", ").append(e.getKey()).append(' ').append(firedrill.app.fx.Formats.number(e.getValue()));
            first = false;
        }
        return sb.append(')').toString();
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
            clearJumpNotice();
        }
    }

    /** The "jumping to …" / "holding at …" line is about the clock; resuming makes it stale. */
    private void clearJumpNotice() {
        jumpingTo = -1;
        String n = notice.get();
        if (n.startsWith(JUMPING) || n.startsWith("Holding at ") || n.startsWith("No scripted events left")) {
            notice.set("");
        }
    }

    static final String JUMPING = "Jumping to ";

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
        drill.jumpToNextEvent().ifPresentOrElse(e -> {
            jumpingTo = e.tick();
            notice.set(JUMPING + e.describe());
        }, () -> notice.set("No scripted events left."));
    }

    /** An inject's text addressed to one role ("To Comms: …"), or as it is for the whole room ({@code role} null). */
    public static String addressed(String role, String text) {
        String t = text == null ? "" : text.trim();
        return role == null || role.isBlank() ? t : "To " + role.trim() + ": " + t;
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
        DecisionRow edited = editing.get();
        if (edited != null) {
            editing.set(null);
            replaceDecision(edited, actionId, target, params);
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

    /** Adds a timestamped observation about a role (null: the whole team); false when the text is blank. */
    public boolean observe(DrillRecord.Tag tag, String role, String text) {
        return observe(tag, new About(null, role), text);
    }

    /** Adds a timestamped observation about a person, a role or the whole team; false when the text is blank. */
    public boolean observe(DrillRecord.Tag tag, About about, String text) {
        if (text == null || text.isBlank()) {
            return false;
        }
        drill.observe(tag, about == null ? null : about.role(), about == null ? null : about.person(), text.trim());
        syncObservations();
        return true;
    }

    /** Replaces an observation with an edited version (the record keeps the earlier one); false when blank. */
    public boolean editObservation(ObservationRow row, DrillRecord.Tag tag, About about, String text) {
        if (text == null || text.isBlank() || row == null) {
            return false;
        }
        try {
            drill.editObservation(row.index(), tag, about == null ? null : about.role(),
                    about == null ? null : about.person(), text.trim());
        } catch (IllegalArgumentException e) {
            notice.set("That observation changed meanwhile; nothing was edited.");
            return false;
        }
        syncObservations();
        return true;
    }

    /** Takes an observation out of the debrief (the record keeps it, with when it was removed). */
    public void removeObservation(ObservationRow row) {
        if (row == null) {
            return;
        }
        try {
            drill.removeObservation(row.index());
            notice.set("Observation removed from the debrief (the drill's record keeps it, marked removed).");
        } catch (IllegalArgumentException e) {
            notice.set("That observation changed meanwhile; nothing was removed.");
        }
        syncObservations();
    }

    /** Whom observations can be about: the whole team, each role, each person on the roster. */
    public List<About> abouts() {
        List<About> out = new ArrayList<>();
        out.add(new About(null, null));
        for (String r : roles()) {
            out.add(new About(null, r));
        }
        for (DrillRecord.Member m : drill.setup().roster()) {
            out.add(new About(m.name(), m.role()));
        }
        return out;
    }

    /**
     * Undoes a decision of the log. Before it applied it is withdrawn (the simulation never sees it);
     * after, it is marked as entered in error and stays in the run — an applied action cannot be
     * un-applied, so the notice says so and suggests entering the reverse decision if the team wants it.
     */
    public Drill.Undo undoDecision(DecisionRow row, String note) {
        if (row == null || row.index() < 0 || ended.get()) {
            return Drill.Undo.NONE;
        }
        Drill.Undo u = drill.undo(row.index(), note);
        String what = row.decision().action() + (row.decision().target() == null ? "" : " → " + row.decision().target());
        notice.set(switch (u) {
            case WITHDRAWN -> "Withdrawn: " + what + " had not applied yet, so the simulation never saw it (kept in the "
                    + "record as withdrawn).";
            case CORRECTED -> "Marked as entered in error: " + what + " had already applied at " + row.at()
                    + ", and an action the simulation acted on cannot be un-applied — its effect stays. To reverse "
                    + "it, record the opposite decision.";
            case NONE -> "Nothing to undo.";
        });
        decisionSig = -1;
        refreshDecisions(last);
        return u;
    }

    /**
     * Loads a decision that has not applied yet into the decision form (who, action, target, parameters);
     * the next Record replaces it. False when it cannot be edited any more.
     */
    public boolean beginEdit(DecisionRow row) {
        if (!canEdit(row)) {
            return false;
        }
        DrillRecord.Decision d = row.decision();
        for (Decider x : deciders) {
            if (Objects.equals(x.name(), d.by()) && Objects.equals(x.role(), d.role())) {
                decider.set(x);
            }
        }
        actions.selectedProperty().set(actions.byId(d.action()));
        if (d.target() != null) {
            actions.setTarget(d.target());
        }
        for (Map.Entry<String, Double> e : d.params().entrySet()) {
            var p = actions.param(e.getKey());
            if (p != null) {
                p.set(e.getValue());
            }
        }
        editing.set(row);
        return true;
    }

    public void cancelEdit() {
        editing.set(null);
    }

    /** The decision being edited (Record replaces it), or null. */
    public ReadOnlyObjectProperty<DecisionRow> editingProperty() {
        return editing;
    }

    /** The decision the log row stands for, loaded for editing: true when it can still be replaced. */
    public boolean canEdit(DecisionRow row) {
        return row != null && row.index() >= 0 && "pending".equals(row.state()) && !ended.get();
    }

    /**
     * Replaces a decision that has not applied yet with the action panel's current choice by the
     * current decider (the old one is kept as withdrawn). False when it applied meanwhile.
     */
    public boolean replaceDecision(DecisionRow row, String actionId, String target, Map<String, Double> params) {
        Decider d = decider.get();
        boolean ok = row != null && drill.replace(row.index(), d == null ? null : d.name(), d == null ? null : d.role(),
                actionId, target, params);
        notice.set(ok ? "Decision replaced before it applied (the first version is kept in the record as replaced)."
                : "That decision has applied meanwhile: it can only be marked as entered in error.");
        decisionSig = -1;
        refreshDecisions(last);
        return ok;
    }

    public void end() {
        if (!ended.get()) {
            drill.end();
        }
    }

    /** Ends the drill and waits (a few seconds at most) until it is archived: for leaving the screen at once. */
    public void endAndWait() {
        if (ended.get()) {
            return;
        }
        try {
            drill.end().get(Drill.CHECKPOINT_TIMEOUT_SECONDS, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            notice.set("The drill ended but could not be archived: " + e.getMessage());
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
                Path json = jsonOf(html);
                AtomicWrite.write(html, report.toHtml().getBytes(StandardCharsets.UTF_8));
                AtomicWrite.write(json, report.toJson().getBytes(StandardCharsets.UTF_8));
                // For trainers (issue 19): statements per participant for a learning record store, and
                // the facilitator's own injects as a MSEL sheet; the AAR/IP waits for the facilitator's edits.
                List<java.util.Map<String, Object>> statements = firedrill.engine.xapi.XapiStatements.forDrill(r,
                        spec.scenario().meta().title(), report.card().grade().value(), null, DrillSetupViewModel.OBSERVER,
                        firedrill.engine.xapi.XapiStatements.DEFAULT_PASS_MARK);
                AtomicWrite.write(sibling(html, ".xapi.json"),
                        firedrill.engine.xapi.XapiStatements.toJson(statements).getBytes(StandardCharsets.UTF_8));
                AtomicWrite.write(sibling(html, ".msel.csv"),
                        firedrill.engine.msel.Msel.exportAdHoc(spec, r).getBytes(StandardCharsets.UTF_8));
                firedrill.engine.drill.AarIp plan = aarIpFor(html, r, report);
                fx.execute(() -> {
                    exporting.set(false);
                    lastReport.set(html);
                    aarIp.set(plan);
                    exported.set("Report written: " + html + " (and " + json.getFileName() + ", xAPI statements, the"
                            + " injects' MSEL sheet)");
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

    /** {@code report.html} → {@code report<suffix>} beside it. */
    static Path sibling(Path html, String suffix) {
        return html.resolveSibling(html.getFileName().toString().replaceFirst("\\.html?$", "") + suffix);
    }

    /** The AAR/IP saved beside this report before (kept: the facilitator's edits), else a fresh draft. */
    private firedrill.engine.drill.AarIp aarIpFor(Path html, DrillRecord r, AfterActionReport report) {
        Path saved = sibling(html, ".aar-ip.json");
        if (java.nio.file.Files.isRegularFile(saved)) {
            try {
                return firedrill.engine.drill.AarIp.read(saved);
            } catch (firedrill.engine.scenario.InvalidInputException e) {
                firedrill.app.fx.Errors.report(e, "reading the saved AAR/IP " + saved + " (a new draft is used)");
            }
        }
        return firedrill.engine.drill.AarIp.draft(spec, r, report);
    }

    /**
     * Writes the edited AAR/IP beside the last report ({@code .aar-ip.html}, printable, and
     * {@code .aar-ip.json}) off the FX thread; completes with the HTML file.
     */
    public CompletableFuture<Path> saveAarIp(firedrill.engine.drill.AarIp edited) {
        Path html = lastReport.get();
        CompletableFuture<Path> out = new CompletableFuture<>();
        if (html == null) {
            out.completeExceptionally(new IllegalStateException("export the report first"));
            return out;
        }
        java.util.List<firedrill.engine.scenario.Problem> problems = firedrill.engine.drill.AarIp.validate("AAR/IP", edited);
        if (!problems.isEmpty()) {
            out.completeExceptionally(new IllegalArgumentException(problems.get(0).path() + ": " + problems.get(0).message()));
            return out;
        }
        background.execute(() -> {
            try {
                Path page = sibling(html, ".aar-ip.html");
                AtomicWrite.write(page, edited.toHtmlBytes());
                AtomicWrite.write(sibling(html, ".aar-ip.json"), edited.toJson().getBytes(StandardCharsets.UTF_8));
                fx.execute(() -> {
                    aarIp.set(edited);
                    exported.set("AAR/IP written: " + page + " (and its JSON)");
                });
                out.complete(page);
            } catch (IOException | RuntimeException e) {
                firedrill.app.fx.Errors.report(e, "writing the AAR/IP beside " + html);
                fx.execute(() -> exported.set("Could not write the AAR/IP: " + e.getMessage()));
                out.completeExceptionally(e);
            }
        });
        return out;
    }

    public ReadOnlyObjectProperty<firedrill.engine.drill.AarIp> aarIpProperty() {
        return aarIp.getReadOnlyProperty();
    }

    /** The JSON file written beside a report's HTML file. */
    static Path jsonOf(Path html) {
        return html.resolveSibling(html.getFileName().toString().replaceFirst("\\.html?$", "") + ".json");
    }

    /** Opens the last report in the default browser (off the FX thread); says so when it cannot. */
    public void openReport() {
        Path html = lastReport.get();
        if (html == null) {
            return;
        }
        background.execute(() -> {
            String problem = firedrill.app.fx.OpenFile.open(html);
            if (problem != null) {
                fx.execute(() -> exported.set("Could not open the report (" + problem + "); it is at " + html));
            }
        });
    }

    /** Copies the last report (HTML, and its JSON beside the copy) to {@code target}; completes with the HTML copy. */
    public CompletableFuture<Path> saveReportAs(Path target) {
        Path html = lastReport.get();
        CompletableFuture<Path> out = new CompletableFuture<>();
        if (html == null) {
            out.completeExceptionally(new IllegalStateException("no report has been written yet"));
            return out;
        }
        Path to = target.getFileName().toString().matches("(?i).*\\.html?$") ? target
                : target.resolveSibling(target.getFileName() + ".html");
        background.execute(() -> {
            try {
                AtomicWrite.write(to, java.nio.file.Files.readAllBytes(html));
                AtomicWrite.write(jsonOf(to), java.nio.file.Files.readAllBytes(jsonOf(html)));
                fx.execute(() -> exported.set("Report saved as " + to + " (and " + jsonOf(to).getFileName() + ")"));
                out.complete(to);
            } catch (IOException | RuntimeException e) {
                fx.execute(() -> exported.set("Could not save the report: " + e.getMessage()));
                out.completeExceptionally(e);
            }
        });
        return out;
    }

    /** The report written last (HTML), or null before the first export. */
    public ReadOnlyObjectProperty<Path> lastReportProperty() {
        return lastReport.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty nextEventFullProperty() {
        return nextEventFull.getReadOnlyProperty();
    }

    /** Default report file: DATA/drills/reports/SCENARIO-START-at-HHMM.html. */
    public Path defaultReportFile(DrillStore store) {
        String at = spec.timeOf(tick.get()).replace(":", "").replace("+", "d");
        return store.reportsDir().resolve(spec.scenario().id() + "-" + DrillStore.stamp(drill.startedAt()) + "-at-" + at
                + ".html");
    }

    // ---- projector text size ----------------------------------------------------------------------

    /** Smallest and largest projector text size (1 = the size that fits the window). */
    public static final double TEXT_MIN = 0.7;
    public static final double TEXT_MAX = 2.0;

    /**
     * Text size on the projector relative to the size that fits its window (1 = 100%): larger for a
     * big room or a small screen; the participant view reflows (two columns when it must).
     */
    public javafx.beans.property.DoubleProperty projectorTextProperty() {
        return projectorText;
    }

    /** One step (10%) larger or smaller, within {@link #TEXT_MIN}–{@link #TEXT_MAX}; 0 resets to 100%. */
    public void stepProjectorText(int steps) {
        double next = steps == 0 ? 1.0 : Math.round((projectorText.get() + 0.1 * steps) * 10) / 10.0;
        projectorText.set(Math.max(TEXT_MIN, Math.min(TEXT_MAX, next)));
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

    /** True while the truth rows are being replaced (a table's selection follows its rows, not the facilitator). */
    boolean truthUpdating() {
        return truthUpdating;
    }

    /** Every cluster id of the fleet (for sizing the truth table's cluster column). */
    public List<String> clusterIds() {
        var layout = spec.layout();
        List<String> ids = new ArrayList<>(layout.clusters());
        for (int c = 0; c < layout.clusters(); c++) {
            ids.add(layout.id(c));
        }
        return ids;
    }

    public ObservableList<GroundTruth.Row> missing() {
        return missing;
    }

    public ObservableList<DecisionRow> decisions() {
        return decisions;
    }

    public ObservableList<ObservationRow> observations() {
        return observations;
    }

    public ObservableList<ScriptedRow> scripted() {
        return scripted;
    }

    public String time(int tick) {
        return spec.clockOf(tick);
    }
}
