package firedrill.app.practice;

import firedrill.app.debrief.FinishedRun;
import firedrill.engine.model.ModelSpec;
import firedrill.engine.command.Command;
import firedrill.engine.sim.RunRecord;
import firedrill.engine.sim.Simulation;
import firedrill.engine.sim.Snapshot;
import firedrill.engine.sim.StateDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Predicate;

/**
 * Owns one {@link Simulation} on its own daemon thread and is the only code that touches it while
 * the exercise runs (ADR 0005).
 *
 * <ul>
 *   <li>Pacing: {@code speed × wall seconds} ticks are owed; the thread steps them in batches of at
 *       most {@link #SLICE_MILLIS} of work, then publishes one immutable {@link Frame} (with the
 *       engine's {@link Snapshot}) through an {@link AtomicReference}. Owed ticks are capped at
 *       {@link #MAX_LAG_SECONDS} of wall time, so a slow engine makes the clock slower, not the UI
 *       stuck.</li>
 *   <li>Input: every request (commands, pause, speed, skip, end) is a message in one lock-free
 *       queue, applied by the runner thread in order at a tick boundary. A command is stamped with
 *       the next tick ({@code sim.tick() + 1}), so what is in the log is exactly what happened.</li>
 *   <li>Nothing here blocks the caller: the JavaFX thread only enqueues and reads {@link #latest()}.</li>
 *   <li>Time comes from a {@link RunnerClock}: the system clock in the app, a hand-advanced one in tests.</li>
 * </ul>
 * Before the first alert the trainee may fast-forward ({@link #skipToFirstAlert()}); when it fires the
 * clock switches to the incident speed, which pressure mode forces to 1×.
 */
public final class SimulationRunner implements AutoCloseable {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(SimulationRunner.class);
    /** At most this much wall time is spent stepping before a frame is published. */
    static final long SLICE_MILLIS = 12;
    /** Owed ticks beyond this much wall time are forgiven (the clock slows instead of lurching). */
    static final double MAX_LAG_SECONDS = 0.25;
    /**
     * While the clock runs, a frame is published at most this often: 30 a second. The display still
     * renders at 60 fps; halving the snapshots halves the engine's per-snapshot allocation (and the GC
     * pauses that drop frames), and requests still wake the runner at once.
     */
    static final long FRAME_NANOS = 1_000_000_000L / 30;

    /** Why the exercise ended. */
    public enum EndReason {
        RECOVERED("All services recovered"),
        HORIZON("The scenario day ended"),
        TRAINEE("You ended the exercise");

        private final String label;

        EndReason(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * One consistent picture for the UI: the snapshot plus the runner's clock state. Immutable.
     * {@code pending} are commands submitted but not yet applied (they apply when the clock moves).
     */
    public record Frame(long seq, Snapshot snapshot, Speed speed, boolean paused, boolean skipping,
                        boolean ended, EndReason endReason, List<Command> pending, String notice) {
        public int tick() {
            return snapshot.tick();
        }

        public boolean alerted() {
            return snapshot.firstAlertTick() >= 0;
        }
    }

    private interface Msg {}

    private record Submit(Command command) implements Msg {}

    private record SetSpeed(Speed speed) implements Msg {}

    private record SetPaused(boolean paused) implements Msg {}

    private record Skip() implements Msg {}

    private record FastForward(int tick) implements Msg {}

    private record End() implements Msg {}

    private record TakeCheckpoint(CompletableFuture<Checkpoint> reply) implements Msg {}

    private record Sync(CompletableFuture<Frame> reply) implements Msg {}

    private record Withdraw(Command command, CompletableFuture<Boolean> reply) implements Msg {}

    /**
     * The run as it stands at a tick boundary, taken on the runner thread (drill autosave): the record
     * of applied commands, the commands submitted but not applied yet, and the state digest.
     */
    public record Checkpoint(RunRecord record, List<Command> pending, long digest, boolean ended) {
        public int tick() {
            return record.ticks();
        }
    }

    private final ModelSpec spec;
    private final long seed;
    private final Difficulty difficulty;
    private final Speed incidentSpeed;
    private final ConcurrentLinkedQueue<Msg> inbox = new ConcurrentLinkedQueue<>();
    private final AtomicReference<Frame> latest = new AtomicReference<>();
    private final CompletableFuture<FinishedRun> finished = new CompletableFuture<>();
    private final Object frameMonitor = new Object();
    private final RunnerClock clock;
    private final Thread thread;
    private volatile boolean closed;
    private volatile Runnable stepHook;
    private volatile boolean stopped;

    // Runner-thread state (read by other threads only through published frames).
    private final Simulation sim;
    private Speed speed;
    private boolean paused;
    private boolean skipping;
    private int fastForwardTo = -1;
    private boolean alerted;
    private String notice = "";
    private long seq;
    private final List<CompletableFuture<Frame>> syncs = new ArrayList<>();

    /**
     * @param preAlertSpeed clock speed until the first alert
     * @param skipQuiet     fast-forward through the quiet minutes until the first alert
     * @param incidentSpeed clock speed once the first alert fired (pressure mode: always 1×)
     */
    public SimulationRunner(ModelSpec spec, long seed, Difficulty difficulty, Speed preAlertSpeed, boolean skipQuiet,
                            Speed incidentSpeed) {
        this(spec, seed, difficulty, preAlertSpeed, skipQuiet, incidentSpeed, RunnerClock.SYSTEM);
    }

    /** As above, paced by {@code clock} (tests pass one they advance by hand). */
    public SimulationRunner(ModelSpec spec, long seed, Difficulty difficulty, Speed preAlertSpeed, boolean skipQuiet,
                            Speed incidentSpeed, RunnerClock clock) {
        this(Simulation.start(Objects.requireNonNull(spec), seed), difficulty, preAlertSpeed, skipQuiet, incidentSpeed,
                false, clock);
    }

    private SimulationRunner(Simulation sim, Difficulty difficulty, Speed speed, boolean skipQuiet, Speed incidentSpeed,
                             boolean paused, RunnerClock clock) {
        this.clock = Objects.requireNonNull(clock);
        this.spec = sim.spec();
        this.seed = sim.seed();
        this.difficulty = difficulty;
        this.incidentSpeed = difficulty.realtimeAfterAlert() ? Speed.X1 : incidentSpeed;
        this.sim = sim;
        this.speed = speed;
        this.skipping = skipQuiet;
        this.paused = paused;
        this.alerted = sim.alerts().firstRealAlert() >= 0;
        this.thread = new Thread(this::run, "firedrill-sim-" + spec.scenario().id());
        this.thread.setDaemon(true);
        publish();
    }

    /**
     * A runner that continues {@code sim} (e.g. a drill replayed to where it was before a crash), paused,
     * at {@code speed}. The runner owns {@code sim} from now on.
     */
    public static SimulationRunner resume(Simulation sim, Difficulty difficulty, Speed speed, Speed incidentSpeed) {
        return new SimulationRunner(sim, difficulty, speed, false, incidentSpeed, true, RunnerClock.SYSTEM);
    }

    public SimulationRunner start() {
        thread.start();
        return this;
    }

    public ModelSpec spec() {
        return spec;
    }

    public long seed() {
        return seed;
    }

    public Difficulty difficulty() {
        return difficulty;
    }

    /** The latest published frame; never null, never blocks. */
    public Frame latest() {
        return latest.get();
    }

    /** Completes (on the runner thread) when the exercise ends for any reason but {@link #close()}. */
    public CompletableFuture<FinishedRun> finished() {
        return finished;
    }

    /** Queues a command; it applies at the start of the next tick the runner steps. */
    public void submit(Command command) {
        send(new Submit(Objects.requireNonNull(command)));
    }

    /**
     * Takes back a submitted command that has not applied yet (see {@link firedrill.engine.sim.Simulation#withdraw});
     * completes with whether it was still pending. After the run ended, with false.
     */
    public CompletableFuture<Boolean> withdraw(Command command) {
        CompletableFuture<Boolean> reply = new CompletableFuture<>();
        send(new Withdraw(Objects.requireNonNull(command), reply));
        if (stopped) {
            drainCheckpoints();
        }
        return reply;
    }

    /** Pauses or resumes. Returns false (and changes nothing) when the mode does not allow pausing. */
    public boolean setPaused(boolean pause) {
        if (pause && !difficulty.pauseAllowed()) {
            return false;
        }
        send(new SetPaused(pause));
        return true;
    }

    /** Changes the clock speed; false when pressure mode holds it at 1× after the first alert. */
    public boolean setSpeed(Speed s) {
        if (speedLocked(latest().alerted()) && s != Speed.X1) {
            return false;
        }
        send(new SetSpeed(s));
        return true;
    }

    /** Whether speed changes are refused: pressure mode once the first alert fired. */
    public boolean speedLocked(boolean firstAlertFired) {
        return difficulty.realtimeAfterAlert() && firstAlertFired;
    }

    /** Fast-forwards until the first alert fires; false when it already has. */
    public boolean skipToFirstAlert() {
        if (latest().alerted()) {
            return false;
        }
        send(new Skip());
        return true;
    }

    /** Ends the exercise at the current tick. */
    public void end() {
        send(new End());
    }

    /**
     * Takes a {@link Checkpoint} at the next tick boundary (within a frame, paused or not); after the run
     * ended or was closed, of its final state. Never blocks the caller.
     */
    public CompletableFuture<Checkpoint> checkpoint() {
        CompletableFuture<Checkpoint> reply = new CompletableFuture<>();
        send(new TakeCheckpoint(reply));
        if (stopped) {
            drainCheckpoints(); // the loop is over: nobody steps the simulation any more
        }
        return reply;
    }

    /**
     * Completes (on the runner thread) with the frame published once every request sent before this one
     * has been applied: a barrier for callers that must see their requests' effect, without waiting for
     * time to pass. After the run ended or was closed, with the last frame.
     */
    public CompletableFuture<Frame> sync() {
        CompletableFuture<Frame> reply = new CompletableFuture<>();
        send(new Sync(reply));
        if (stopped) {
            drainCheckpoints();
        }
        return reply;
    }

    /** Stops the thread without producing a result (leaving the console). */
    @Override
    public void close() {
        closed = true;
        LockSupport.unpark(thread);
    }

    public boolean isAlive() {
        return thread.isAlive();
    }

    // ---- test hooks -------------------------------------------------------------------------------

    /**
     * Test hook: steps as fast as possible to {@code tick}, then holds the clock there (paused, whatever
     * the mode) until {@link #setPaused(boolean) resumed}. Messages sent before it are applied first.
     */
    public void fastForwardTo(int tick) {
        send(new FastForward(tick));
    }

    /** Test hook: waits (on the calling thread, never the FX thread) for a frame that matches. */
    public Frame awaitFrame(Predicate<Frame> condition, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (frameMonitor) {
            while (true) {
                Frame f = latest.get();
                if (condition.test(f)) {
                    return f;
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new IllegalStateException("timed out waiting for a frame; latest is tick " + f.tick()
                            + (f.ended() ? " (ended)" : "") + (f.paused() ? " (paused)" : ""));
                }
                frameMonitor.wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
            }
        }
    }

    /** Test hook: runs on the runner thread before every step (e.g. to simulate a slow engine). */
    public void setStepHook(Runnable hook) {
        this.stepHook = hook;
    }

    // ---- runner thread ----------------------------------------------------------------------------

    private void send(Msg m) {
        inbox.add(m);
        LockSupport.unpark(thread);
    }

    private void run() {
        try {
            loop();
        } catch (RuntimeException | Error e) {
            // An engine failure must not leave the console showing a frozen clock with no word why.
            notice = "The simulation stopped: " + e;
            paused = true;
            finished.completeExceptionally(e);
            publish();
            LOG.error("The simulation of {} (seed {}) stopped at tick {}", spec.scenario().id(), seed, sim.tick(), e);
        } finally {
            stopped = true; // before draining: a checkpoint requested after this drains itself
            completeSyncs();
            drainCheckpoints();
        }
    }

    private synchronized void drainCheckpoints() {
        for (Msg m; (m = inbox.poll()) != null; ) {
            if (m instanceof TakeCheckpoint) {
                ((TakeCheckpoint) m).reply().complete(checkpointNow(true));
            } else if (m instanceof Sync) {
                ((Sync) m).reply().complete(latest.get());
            } else if (m instanceof Withdraw) {
                ((Withdraw) m).reply().complete(false);
            }
        }
    }

    /** Answers the syncs applied so far with the latest frame (runner thread, after publishing). */
    private void completeSyncs() {
        Frame f = latest.get();
        for (CompletableFuture<Frame> reply : syncs) {
            reply.complete(f);
        }
        syncs.clear();
    }

    private Checkpoint checkpointNow(boolean ended) {
        return new Checkpoint(RunRecord.of(sim), sim.pending(), StateDigest.of(sim), ended);
    }

    private void loop() {
        long last = clock.nanos();
        double owed = 0;
        while (!closed) {
            int before = sim.tick();
            boolean changed = false;
            for (Msg m; (m = inbox.poll()) != null; ) {
                if (m instanceof End) {
                    finish(EndReason.TRAINEE);
                    return;
                }
                changed |= apply(m);
            }
            long now = clock.nanos();
            double dt = (now - last) / 1e9;
            last = now;
            long deadline = now + TimeUnit.MILLISECONDS.toNanos(SLICE_MILLIS);
            boolean hurry = false;
            EndReason ended = null;
            if (fastForwardTo > sim.tick()) {
                ended = stepWhile(Integer.MAX_VALUE, deadline, true);
                hurry = fastForwardTo > sim.tick();
                if (!hurry) {
                    fastForwardTo = -1;
                    paused = true;
                    changed = true;
                }
                owed = 0;
            } else if (skipping && !alerted) {
                ended = stepWhile(Integer.MAX_VALUE, deadline, false);
                hurry = !alerted;
                owed = 0;
            } else if (!paused) {
                owed = Math.min(owed + speed.factor() * dt, speed.factor() * MAX_LAG_SECONDS + 1);
                int due = (int) owed;
                int before2 = sim.tick();
                ended = stepWhile(due, deadline, false);
                owed -= sim.tick() - before2;
            } else {
                owed = 0;
            }
            if (ended != null) {
                finish(ended);
                return;
            }
            if (changed || sim.tick() != before) {
                publish();
            }
            completeSyncs();
            if (!hurry && inbox.isEmpty()) {
                // Sleep out the rest of this frame; any request wakes the thread at once.
                long left = now + FRAME_NANOS - clock.nanos();
                if (left > 0) {
                    clock.park(this, left);
                }
            }
        }
    }

    /** Applies one request; returns whether the visible state changed. */
    private boolean apply(Msg m) {
        if (m instanceof TakeCheckpoint) {
            ((TakeCheckpoint) m).reply().complete(checkpointNow(false));
            return false;
        }
        if (m instanceof Sync) {
            syncs.add(((Sync) m).reply()); // answered once this iteration's frame is out
            return false;
        }
        if (m instanceof Withdraw) {
            boolean gone = sim.withdraw(((Withdraw) m).command());
            ((Withdraw) m).reply().complete(gone);
            return gone;
        }
        if (m instanceof Submit) {
            Command c = ((Submit) m).command();
            sim.submit(c.at(sim.tick() + 1));
            notice = "";
            return true;
        }
        if (m instanceof SetPaused) {
            boolean p = ((SetPaused) m).paused();
            if (p && !difficulty.pauseAllowed()) {
                return false;
            }
            paused = p;
            fastForwardTo = -1;
            notice = "";
            return true;
        }
        if (m instanceof SetSpeed) {
            Speed s = ((SetSpeed) m).speed();
            if (speedLocked(alerted) && s != Speed.X1) {
                return false;
            }
            speed = s;
            return true;
        }
        if (m instanceof Skip) {
            if (!alerted) {
                skipping = true;
                paused = false;
            }
            return true;
        }
        if (m instanceof FastForward) {
            int target = Math.min(((FastForward) m).tick(), spec.horizonTick());
            if (target <= sim.tick()) {
                fastForwardTo = -1;
                paused = true;
            } else {
                fastForwardTo = target;
            }
            return true;
        }
        return false;
    }

    /**
     * Steps up to {@code maxTicks} ticks (fast-forward: up to the target) or until the deadline, the
     * first alert, or the end. Returns the end reason when the exercise is over, else null.
     */
    private EndReason stepWhile(int maxTicks, long deadline, boolean toTarget) {
        int n = 0;
        while (n < maxTicks && (!toTarget || sim.tick() < fastForwardTo)) {
            Runnable hook = stepHook;
            if (hook != null) {
                hook.run();
            }
            sim.step();
            n++;
            if (sim.finished()) {
                return EndReason.HORIZON;
            }
            if (!alerted && sim.alerts().firstRealAlert() >= 0) {
                onFirstAlert();
                if (!toTarget) {
                    return null; // publish the moment the pager goes off
                }
            }
            if (alerted && sim.tick() % 60 == 0 && RecoveryWatch.recovered(sim.history(), sim.alerts().firstRealAlert())) {
                return EndReason.RECOVERED;
            }
            if ((n & 15) == 0 && clock.nanos() > deadline) {
                break;
            }
            if (closed || !inbox.isEmpty() && !toTarget) {
                break;
            }
        }
        return null;
    }

    private void onFirstAlert() {
        alerted = true;
        skipping = false;
        speed = incidentSpeed;
        if (difficulty.pauseAtFirstAlert()) {
            paused = true;
            notice = "The pager just went off. The clock is paused — look around, then press Space to resume.";
        } else if (difficulty.realtimeAfterAlert()) {
            notice = "The pager just went off. From now on the clock runs in real time.";
        } else {
            notice = "The pager just went off.";
        }
    }

    private void publish() {
        Frame f = new Frame(++seq, sim.snapshot(), speed, paused, skipping,
                false, null, sim.pending(), notice);
        latest.set(f);
        synchronized (frameMonitor) {
            frameMonitor.notifyAll();
        }
    }

    private void finish(EndReason reason) {
        Frame f = new Frame(++seq, sim.snapshot(), speed, true, false, true, reason, sim.pending(), notice);
        // The result first: whoever sees the ended frame finds the finished run ready.
        finished.complete(new FinishedRun(spec, seed, sim, sim.tick(), reason.label(), difficulty.label()));
        latest.set(f);
        synchronized (frameMonitor) {
            frameMonitor.notifyAll();
        }
    }
}
