package firedrill.app.debrief;

import firedrill.app.fx.Navigator;
import firedrill.app.fx.Screen;
import firedrill.app.fx.TaskExecutor;
import firedrill.app.session.SessionStore;
import firedrill.engine.scenario.InvalidInputException;
import firedrill.engine.scenario.Scenario;
import firedrill.engine.scenario.ScenarioLoader;
import firedrill.engine.session.SessionRecord;
import javafx.scene.control.Button;

/**
 * Builds the debrief and history screens for the shell: saves every finished solo run through the
 * {@link SessionStore}, scores it off the FX thread and opens past attempts by replaying them.
 */
public final class Debriefs {
    /** How long History waits for a run that just ended to be saved before it lists what is there. */
    private static final long SAVE_WAIT_MILLIS = 15_000;
    private final SessionStore store;
    private final TaskExecutor tasks;
    private final java.time.Clock clock;

    /** @param tasks where scoring, saving, replays and history reading run */
    public Debriefs(SessionStore store, TaskExecutor tasks) {
        this(store, tasks, java.time.Clock.systemUTC());
    }

    /** @param clock the time saved attempts record as {@code savedAt} */
    public Debriefs(SessionStore store, TaskExecutor tasks, java.time.Clock clock) {
        this.store = store;
        this.tasks = tasks;
        this.clock = clock;
    }

    /**
     * Saves a solo run as a new attempt the moment it ends (the console's {@link RunSaver}); the
     * debrief adds the outcome and grade to the same file once they are computed.
     */
    public java.nio.file.Path saveFinished(FinishedRun run) throws java.io.IOException {
        return store.save(firedrill.app.session.Sessions.unscored(run.sim(), run.mode(), clock));
    }

    /**
     * The console's saver: {@link #saveFinished}, announced when the run ends, so that History opened
     * before the save lands waits for it rather than saying "no saved attempts yet" (issue #21).
     */
    public RunSaver saver() {
        return new RunSaver() {
            @Override
            public java.nio.file.Path save(FinishedRun run) throws java.io.IOException {
                try {
                    return saveFinished(run);
                } finally {
                    synchronized (savesLock) {
                        savesAnnounced = Math.max(0, savesAnnounced - 1);
                        savesLock.notifyAll();
                    }
                }
            }

            @Override
            public void announce() {
                synchronized (savesLock) {
                    savesAnnounced++;
                }
            }
        };
    }

    /** Waits (on a worker, at most {@code maxMillis}) until every announced save has landed. */
    void awaitSaves(long maxMillis) {
        long end = System.nanoTime() + maxMillis * 1_000_000L;
        synchronized (savesLock) {
            while (savesAnnounced > 0) {
                long left = (end - System.nanoTime()) / 1_000_000L;
                if (left <= 0) {
                    return;
                }
                try {
                    savesLock.wait(left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private final Object savesLock = new Object();
    private int savesAnnounced;

    public SessionStore store() {
        return store;
    }

    /** The debrief of a finished run (saved as it ended; completed with outcome and grade here). */
    public Screen debrief(RunResult r, ResultsViewModel results, Navigator nav) {
        return open(r, results, null, nav);
    }

    private Screen open(RunResult r, ResultsViewModel results, SessionRecord replayed, Navigator nav) {
        DebriefViewModel vm = new DebriefViewModel(r, store, replayed, tasks.background(), tasks.fx());
        DebriefView view = new DebriefView(vm, results, nav, () -> nav.show(history(nav)));
        vm.start();
        return view;
    }

    /** The history of saved attempts. */
    public Screen history(Navigator nav) {
        HistoryViewModel vm = new HistoryViewModel(store, Debriefs::scenario, () -> awaitSaves(SAVE_WAIT_MILLIS));
        return new HistoryView(vm, nav, tasks, (r, rec) -> nav.show(open(r, new ResultsViewModel(r, null, false), rec, nav)));
    }

    /** The app bar's "History" button. */
    public static Button button(Runnable open) {
        Button b = new Button("History");
        b.setId("app-history");
        // Never the focus owner: Space and Enter are console shortcuts and must not navigate (issue #21).
        b.setFocusTraversable(false);
        b.setOnAction(e -> open.run());
        return b;
    }

    /**
     * A saved attempt's scenario: the shipped one with this id, else the user's own; null when neither
     * exists (not installed).
     *
     * @throws IllegalArgumentException when it exists but cannot be loaded, saying why
     */
    static Scenario scenario(String id) {
        if (ScenarioLoader.shippedIds().contains(id)) {
            try {
                return ScenarioLoader.loadShipped(id);
            } catch (InvalidInputException e) {
                throw new IllegalArgumentException("the shipped scenario \"" + id + "\" cannot be loaded: "
                        + e.getMessage(), e);
            }
        }
        return firedrill.app.author.UserScenarios.find(id);
    }
}
