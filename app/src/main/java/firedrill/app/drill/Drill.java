package firedrill.app.drill;

import firedrill.app.practice.Difficulty;
import firedrill.app.practice.SimulationRunner;
import firedrill.app.practice.Speed;
import firedrill.engine.drill.DrillRecord;
import firedrill.engine.model.ModelSpec;
import firedrill.engine.scenario.Scenario;
import firedrill.engine.scenario.InjectCondition;
import firedrill.engine.scenario.ScenarioTime;
import firedrill.engine.scenario.TimelineEvent;
import firedrill.engine.command.Command;
import firedrill.engine.sim.Simulation;
import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * One facilitated drill, without any UI: one {@link SimulationRunner} (both windows are views of it),
 * the team, the facilitator's observations and the team's decisions, and the autosave. Every input goes
 * to the runner as a command (decisions as {@link Command#action} with {@code by} = "name (role)",
 * injects as {@link Command#inject}), applied at the next tick.
 *
 * <p>Autosave: every {@link #AUTOSAVE_MILLIS} and after every decision, observation and inject, on one
 * saver thread. A save asks the runner for a checkpoint (at a tick boundary: command log, pending
 * commands, state digest) and writes a {@link DrillRecord} atomically. Decisions are appended and
 * submitted under one lock, and the checkpoint is requested under the same lock, so decision {@code i}
 * is always the {@code i}-th action command of the saved log. Thread-safe; never blocks the caller.
 */
public final class Drill implements AutoCloseable {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Drill.class);
    /** Autosave period; tests shorten it with {@code -Dfiredrill.drill.autosaveMillis}. */
    public static final long AUTOSAVE_MILLIS = Long.getLong("firedrill.drill.autosaveMillis", 5000);
    static final long CHECKPOINT_TIMEOUT_SECONDS = 10;

    /** A scripted timeline event (inject, rollout, upgrade, …) at its tick. */
    public record ScriptedEvent(int tick, String time, String kind, String channel, String text, String condition) {
        public ScriptedEvent(int tick, String time, String kind, String channel, String text) {
            this(tick, time, kind, channel, text, null);
        }

        public String describe() {
            String what = text != null && !text.isBlank() ? text
                    : TimelineEvent.ROLLOUT.equals(kind) ? "the rollout starts" : kind;
            return time + " " + (channel == null ? "" : channel + ": ") + what
                    + (condition == null ? "" : " (only " + condition + ")");
        }

        /** {@link #describe()} with the text up to its first clause (";", ". ") when it is long: a header line. */
        public String brief() {
            String what = text != null && !text.isBlank() ? firstClause(text)
                    : TimelineEvent.ROLLOUT.equals(kind) ? "the rollout starts" : kind;
            return time + " " + (channel == null ? "" : channel + ": ") + what;
        }

        static String firstClause(String s) {
            if (s.length() <= 60) {
                return s;
            }
            int cut = -1;
            for (String sep : new String[] {"; ", ". ", ": ", ", "}) {
                int i = s.indexOf(sep, 20);
                if (i > 0 && (cut < 0 || i < cut)) {
                    cut = i;
                }
            }
            return cut > 0 && cut < s.length() - 2 ? s.substring(0, cut) + " (…)" : s;
        }
    }

    private final DrillSetup setup;
    private final SimulationRunner runner;
    private final DrillStore store;
    private final String startedAt;
    private final List<ScriptedEvent> events;
    private final Object lock = new Object();
    private final List<DrillRecord.Decision> decisions = new ArrayList<>();
    private final List<DrillRecord.Decision> withdrawn = new ArrayList<>();
    private final List<DrillRecord.Observation> observations = new ArrayList<>();
    private final ScheduledExecutorService saver;
    private final AtomicBoolean saveQueued = new AtomicBoolean();
    private final List<Consumer<DrillRecord>> savedListeners = new CopyOnWriteArrayList<>();
    private final CompletableFuture<DrillRecord> ended = new CompletableFuture<>();
    private volatile DrillRecord lastSaved;
    private volatile String saveProblem;
    private volatile boolean closed;
    private volatile boolean ending;
    /** The participants on their own devices (drill.web), saved with the drill; null when nobody was invited. */
    private volatile java.util.function.Supplier<firedrill.engine.drill.DrillParticipants> participants = () -> null;
    private volatile firedrill.engine.drill.DrillParticipants resumedParticipants;

    private Drill(DrillSetup setup, SimulationRunner runner, DrillStore store, String startedAt) {
        this.setup = setup;
        this.runner = runner;
        this.store = store;
        this.startedAt = startedAt;
        this.events = scriptedEvents(setup.spec());
        this.saver = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "firedrill-drill-autosave");
            t.setDaemon(true);
            return t;
        });
    }

    /** Starts a new drill (the clock runs at the set-up's pre-alert speed) and saves it at once. */
    public static Drill start(DrillSetup setup, DrillStore store) {
        SimulationRunner runner = new SimulationRunner(setup.spec(), setup.seed(), setup.runnerDifficulty(),
                setup.preAlertSpeed(), false, setup.incidentSpeed());
        Drill d = new Drill(setup, runner, store, now());
        d.begin();
        return d;
    }

    /**
     * Resumes an interrupted drill: replays its command log to the saved tick, checks the state against
     * the saved digest (same state, bit for bit), re-queues the pending commands and restores the team,
     * decisions and observations. The clock starts paused.
     *
     * @throws IllegalArgumentException when the scenario is not the one the drill ran, or the replay does
     *                                  not reproduce the saved state
     */
    public static Drill resume(DrillRecord record, Scenario scenario, DrillStore store) {
        ModelSpec spec = new ModelSpec(scenario);
        Simulation sim = record.resume(spec);
        DrillSetup setup = new DrillSetup(scenario, spec, record.seed(), difficultyOf(record.difficulty()),
                !Boolean.FALSE.equals(record.showSpeed()), record.roles(), record.roster(), null, null);
        boolean alerted = sim.alerts().firstRealAlert() >= 0;
        SimulationRunner runner = SimulationRunner.resume(sim, setup.runnerDifficulty(),
                alerted ? setup.incidentSpeed() : setup.preAlertSpeed(), setup.incidentSpeed());
        Drill d = new Drill(setup, runner, store, record.startedAt() == null ? now() : record.startedAt());
        d.decisions.addAll(record.decisions());
        d.withdrawn.addAll(record.withdrawn());
        d.observations.addAll(record.observations());
        d.resumedParticipants = record.participants();
        d.lastSaved = record;
        d.begin();
        return d;
    }

    static Difficulty difficultyOf(String label) {
        for (Difficulty x : Difficulty.values()) {
            if (x.label().equalsIgnoreCase(label) || x.name().equalsIgnoreCase(label)) {
                return x;
            }
        }
        return Difficulty.STANDARD;
    }

    private void begin() {
        runner.start();
        runner.finished().whenComplete((r, e) -> finishAsync());
        if (store != null) {
            saver.scheduleWithFixedDelay(this::autosave, AUTOSAVE_MILLIS, AUTOSAVE_MILLIS, TimeUnit.MILLISECONDS);
            requestSave();
        }
    }

    private static String now() {
        return Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
    }

    // ---- the clock ---------------------------------------------------------------------------------

    public SimulationRunner runner() {
        return runner;
    }

    public SimulationRunner.Frame frame() {
        return runner.latest();
    }

    public void pause() {
        runner.setPaused(true);
    }

    public void resume() {
        runner.setPaused(false);
    }

    public void setSpeed(Speed s) {
        runner.setSpeed(s);
    }

    /** Scripted events of the scenario, in time order. */
    public List<ScriptedEvent> events() {
        return events;
    }

    /** The next scripted event after the current tick. */
    public Optional<ScriptedEvent> nextEvent() {
        int now = frame().tick();
        for (ScriptedEvent e : events) {
            if (e.tick() > now) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /**
     * Fast-forwards to the next scripted event and holds the clock there (paused) so the facilitator can
     * set the scene; returns the event, or empty when none is left.
     */
    public Optional<ScriptedEvent> jumpToNextEvent() {
        Optional<ScriptedEvent> e = nextEvent();
        e.ifPresent(x -> runner.fastForwardTo(x.tick()));
        return e;
    }

    /** An inject's condition in words for the facilitator ("if no status update for PT30M, until 19:00"), or null. */
    static String condition(TimelineEvent t) {
        InjectCondition w = t.when();
        if (w == null || w.always()) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        if (w.noStatusUpdateFor() != null) {
            parts.add("no status update for " + ScenarioTime.seconds(w.noStatusUpdateFor()) / 60 + " min");
        }
        w.servicesBelow().forEach((k, v) -> parts.add(k + " below " + Math.round(v * 100) + "%"));
        w.servicesAtLeast().forEach((k, v) -> parts.add(k + " at least " + Math.round(v * 100) + "%"));
        if (w.alertFiring() != null) {
            parts.add("alert " + w.alertFiring() + " firing");
        }
        if (w.afterAction() != null) {
            parts.add("after " + w.afterAction());
        }
        if (w.impact() != null) {
            parts.add("impact " + w.impact());
        }
        return "if " + String.join(", ", parts) + (t.until() == null ? "" : "; waits until " + t.until());
    }

    static List<ScriptedEvent> scriptedEvents(ModelSpec spec) {
        List<ScriptedEvent> out = new ArrayList<>();
        for (TimelineEvent t : spec.scenario().timeline()) {
            if (t == null || t.at() == null) {
                continue;
            }
            int tick = spec.tickOf(t.at());
            out.add(new ScriptedEvent(tick, spec.timeOf(tick), t.kind(), t.channel(), t.text(), condition(t)));
        }
        out.sort(Comparator.comparingInt(ScriptedEvent::tick));
        return List.copyOf(out);
    }

    // ---- the facilitator's inputs ------------------------------------------------------------------

    /** Sends an inject to the incident channel; it applies at the next tick. */
    public Command inject(String channel, String text) {
        Command c = Command.inject(frame().tick() + 1, channel == null || channel.isBlank() ? "facilitator" : channel,
                text);
        synchronized (lock) {
            runner.submit(c);
        }
        requestSave();
        return c;
    }

    /**
     * Records a decision of the team and sends it to the simulation ({@code by} = "name (role)"); it
     * applies at the next tick. Saved at once.
     */
    public DrillRecord.Decision decide(String name, String role, String action, String target,
                                       Map<String, Double> params) {
        return decide(name, role, action, target, params, null, null, null);
    }

    /**
     * As above, in a chosen execution mode with a number of responders, and for an action that carries
     * words (a status update's {@code text}, in its command); each null for the default.
     */
    public DrillRecord.Decision decide(String name, String role, String action, String target,
                                       Map<String, Double> params, String mode, Integer responders, String text) {
        if (ending || closed) {
            throw new IllegalStateException("the drill has ended");
        }
        DrillRecord.Decision d = new DrillRecord.Decision(frame().tick(), blankToNull(name), blankToNull(role), action,
                blankToNull(target), params);
        synchronized (lock) {
            decisions.add(d);
            runner.submit(Command.action(frame().tick() + 1, action, d.target(), d.params(), mode, responders, d.who(),
                    text));
        }
        requestSave();
        return d;
    }

    /** A timestamped observation (the clock's current tick) about a role (or the whole team); saved at once. */
    public DrillRecord.Observation observe(DrillRecord.Tag tag, String role, String text) {
        return observe(tag, role, null, text);
    }

    /** A timestamped observation about a person and/or a role (both null: the whole team); saved at once. */
    public DrillRecord.Observation observe(DrillRecord.Tag tag, String role, String person, String text) {
        DrillRecord.Observation o = new DrillRecord.Observation(frame().tick(), tag.id(), blankToNull(role), text,
                blankToNull(person), null, null, null);
        synchronized (lock) {
            observations.add(o);
        }
        requestSave();
        return o;
    }

    /**
     * Replaces observation {@code index} (of {@link #observations()}, every version) with an edited one:
     * the earlier version stays in the record, the new one keeps its time and says when it was edited.
     *
     * @throws IllegalArgumentException when {@code index} is not a current observation
     */
    public DrillRecord.Observation editObservation(int index, DrillRecord.Tag tag, String role, String person,
                                                   String text) {
        synchronized (lock) {
            DrillRecord.Observation old = currentAt(index);
            DrillRecord.Observation o = new DrillRecord.Observation(old.tick(), tag.id(), blankToNull(role), text,
                    blankToNull(person), index, frame().tick(), null);
            observations.add(o);
            requestSave();
            return o;
        }
    }

    /** Removes observation {@code index} from the debrief; the record keeps it with the time it was removed. */
    public void removeObservation(int index) {
        synchronized (lock) {
            DrillRecord.Observation old = currentAt(index);
            observations.set(index, old.withRemovedAt(frame().tick()));
        }
        requestSave();
    }

    private DrillRecord.Observation currentAt(int index) {
        if (index < 0 || index >= observations.size() || observations.get(index).removed()) {
            throw new IllegalArgumentException("no observation " + index);
        }
        for (DrillRecord.Observation o : observations) {
            if (o.replaces() != null && o.replaces() == index) {
                throw new IllegalArgumentException("observation " + index + " was edited since");
            }
        }
        return observations.get(index);
    }

    /** What undoing a decision did. */
    public enum Undo {
        /** It had not applied yet: its command was taken back and the simulation never saw it. */
        WITHDRAWN,
        /** It had applied: the simulation keeps its effect; the record marks it as entered in error. */
        CORRECTED,
        /** Nothing to undo (no such decision, already corrected, or the drill has ended). */
        NONE
    }

    /**
     * Undoes decision {@code index}: when its command has not applied yet (the clock was paused, or it
     * was entered this very tick), withdraws it — the simulation never sees it and the record keeps it
     * under {@code withdrawn}; once applied, an action cannot be un-applied, so the decision stays (the
     * model acted on it) and is marked as entered in error with {@code note}. Waits (within a frame) for
     * the simulation's answer, so decision {@code i} stays the {@code i}-th action command in every save.
     */
    public Undo undo(int index, String note) {
        return undo(index, note, "withdrawn before it applied");
    }

    private Undo undo(int index, String note, String why) {
        if (ending || closed) {
            return Undo.NONE;
        }
        synchronized (lock) {
            if (index < 0 || index >= decisions.size() || decisions.get(index).isCorrected()) {
                return Undo.NONE;
            }
            DrillRecord.Decision d = decisions.get(index);
            boolean gone;
            try {
                gone = runner.withdraw(Command.action(0, d.action(), d.target(), d.params(), d.who()))
                        .get(CHECKPOINT_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Undo.NONE;
            } catch (ExecutionException | TimeoutException e) {
                return Undo.NONE;
            }
            int now = frame().tick();
            if (gone) {
                // The latest equal pending command went: that is this decision's when it is the latest such.
                int same = -1;
                for (int i = decisions.size() - 1; i >= 0; i--) {
                    DrillRecord.Decision x = decisions.get(i);
                    if (x.who().equals(d.who()) && x.action().equals(d.action())
                            && java.util.Objects.equals(x.target(), d.target()) && x.params().equals(d.params())
                            && !x.isCorrected()) {
                        same = i;
                        break;
                    }
                }
                DrillRecord.Decision w = decisions.remove(same < 0 ? index : same);
                withdrawn.add(w.withdrawn(now, note == null || note.isBlank() ? why : why + ": " + note));
            } else {
                decisions.set(index, d.corrected(now, note == null || note.isBlank()
                        ? "entered in error; it had applied, so the simulation kept its effect" : note));
            }
            requestSave();
            return gone ? Undo.WITHDRAWN : Undo.CORRECTED;
        }
    }

    /**
     * Edits decision {@code index} before it applies: withdraws it and records the edited decision in
     * its place (entered now, applies at the next tick). Returns false — and changes nothing — when it
     * has already applied (then only {@link #undo} can mark it).
     */
    public boolean replace(int index, String name, String role, String action, String target,
                           Map<String, Double> params) {
        synchronized (lock) {
            if (index < 0 || index >= decisions.size()) {
                return false;
            }
            if (undo(index, null, "replaced by an edited decision") != Undo.WITHDRAWN) {
                return false;
            }
            decide(name, role, action, target, params);
            return true;
        }
    }

    /** Decisions withdrawn before they applied (with when and why). */
    public List<DrillRecord.Decision> withdrawn() {
        synchronized (lock) {
            return List.copyOf(withdrawn);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    public List<DrillRecord.Decision> decisions() {
        synchronized (lock) {
            return List.copyOf(decisions);
        }
    }

    public int observationCount() {
        synchronized (lock) {
            return observations.size();
        }
    }

    public List<DrillRecord.Observation> observations() {
        synchronized (lock) {
            return List.copyOf(observations);
        }
    }

    /** Where the record's participants come from (the web room); every save asks it. */
    public void setParticipants(java.util.function.Supplier<firedrill.engine.drill.DrillParticipants> source) {
        participants = source == null ? () -> null : source;
    }

    /** The participants of the drill this one resumed (so they can reconnect with their tokens), or null. */
    public firedrill.engine.drill.DrillParticipants resumedParticipants() {
        return resumedParticipants;
    }

    public DrillSetup setup() {
        return setup;
    }

    public ModelSpec spec() {
        return setup.spec();
    }

    public String startedAt() {
        return startedAt;
    }

    // ---- saving ------------------------------------------------------------------------------------

    /** Called on the saver thread after every successful save. */
    public void onSaved(Consumer<DrillRecord> listener) {
        savedListeners.add(listener);
    }

    /** The last record written (or resumed from), or null. */
    public DrillRecord lastSaved() {
        return lastSaved;
    }

    /** Why the last save failed, or null. */
    public String saveProblem() {
        return saveProblem;
    }

    /** Saves soon (coalesced: one save covers every change made before it starts). */
    public void requestSave() {
        if (store != null && !closed && saveQueued.compareAndSet(false, true)) {
            try {
                saver.execute(() -> {
                    saveQueued.set(false);
                    autosave();
                });
            } catch (java.util.concurrent.RejectedExecutionException e) {
                // Closing: close() has taken the last save already.
                LOG.debug("Save requested while the drill closes; the closing save covers it");
                saveQueued.set(false);
            }
        }
    }

    /** Saves now (on the saver thread); completes with the record written. */
    public CompletableFuture<DrillRecord> saveNow() {
        CompletableFuture<DrillRecord> f = new CompletableFuture<>();
        saver.execute(() -> {
            try {
                f.complete(save(DrillRecord.RUNNING));
            } catch (Exception e) {
                f.completeExceptionally(e);
            }
        });
        return f;
    }

    private void autosave() {
        if (ending || closed) {
            return;
        }
        try {
            save(DrillRecord.RUNNING);
        } catch (Exception e) {
            saveProblem = "Autosave failed: " + e.getMessage();
        }
    }

    /** The drill as it stands (a checkpoint of the runner), without writing it. */
    public DrillRecord record(String status) throws IOException {
        CompletableFuture<SimulationRunner.Checkpoint> cp;
        List<DrillRecord.Decision> ds;
        List<DrillRecord.Decision> ws;
        List<DrillRecord.Observation> os;
        synchronized (lock) {
            cp = runner.checkpoint();
            ds = List.copyOf(decisions);
            ws = List.copyOf(withdrawn);
            os = List.copyOf(observations);
        }
        SimulationRunner.Checkpoint c;
        try {
            c = cp.get(CHECKPOINT_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while taking a checkpoint", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IOException("the simulation did not answer within " + CHECKPOINT_TIMEOUT_SECONDS + " s", e);
        }
        // A decision entered as the run ended never reached the simulation: keep decision i ↔ action command i.
        int actions = 0;
        for (Command x : c.record().commands()) {
            actions += Command.ACTION.equals(x.type()) ? 1 : 0;
        }
        for (Command x : c.pending()) {
            actions += Command.ACTION.equals(x.type()) ? 1 : 0;
        }
        if (ds.size() > actions) {
            ds = ds.subList(0, actions);
        }
        ModelSpec spec = setup.spec();
        return new DrillRecord(DrillRecord.FORMAT, spec.scenario().id(), spec.hash(), setup.seed(),
                setup.difficulty().label(), setup.showSpeed(), status, startedAt, now(), c.tick(),
                DrillRecord.digestText(c.digest()), setup.roles(), setup.roster(), c.record().commands(), c.pending(),
                ds, os, null, null, ws).withCurrentVersions().withParticipants(participants.get());
    }

    private DrillRecord save(String status) throws IOException {
        DrillRecord r = record(status);
        if (store != null) {
            store.save(r);
        }
        lastSaved = r;
        saveProblem = null;
        for (Consumer<DrillRecord> l : savedListeners) {
            l.accept(r);
        }
        return r;
    }

    // ---- ending ------------------------------------------------------------------------------------

    /** Ends the drill at the current tick; {@link #ended()} completes with the final record. */
    public CompletableFuture<DrillRecord> end() {
        runner.end();
        return ended;
    }

    /** Completes when the drill ended (the facilitator ended it, or the scenario ran out / recovered). */
    public CompletableFuture<DrillRecord> ended() {
        return ended;
    }

    public boolean isEnded() {
        return ended.isDone();
    }

    private void finishAsync() {
        if (closed) {
            return;
        }
        ending = true;
        try {
            saver.execute(() -> {
                try {
                    DrillRecord r = record(DrillRecord.ENDED);
                    r = r.ended(now(), spec().clockOf(r.tick()));
                    if (store != null) {
                        store.archive(r);
                    }
                    lastSaved = r;
                    for (Consumer<DrillRecord> l : savedListeners) {
                        l.accept(r);
                    }
                    ended.complete(r);
                } catch (Exception e) {
                    saveProblem = "Could not archive the drill: " + e.getMessage();
                    ended.completeExceptionally(e);
                }
            });
        } catch (java.util.concurrent.RejectedExecutionException e) {
            ended.completeExceptionally(e);
        }
    }

    /**
     * Leaves the drill without ending it (the window closes): a last save, then the threads stop. The
     * autosave stays, so the next start offers to resume.
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        if (store != null && !ending) {
            try {
                saveNow().get(CHECKPOINT_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException | TimeoutException | RuntimeException e) {
                // The autosave from a few seconds ago stays and is offered for resume at the next start.
                LOG.warn("The last save of the drill before closing failed; the previous autosave stays", e);
            }
        }
        closed = true;
        if (ending) {
            try {
                ended.get(CHECKPOINT_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException | TimeoutException e) {
                // The view shows saveProblem; the log keeps the cause.
                LOG.warn("Archiving the ended drill did not finish before closing", e);
            }
        }
        saver.shutdownNow();
        runner.close();
    }
}
