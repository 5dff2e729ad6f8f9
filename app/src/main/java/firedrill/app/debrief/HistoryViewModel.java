package firedrill.app.debrief;

import firedrill.app.fx.TaskExecutor;
import firedrill.app.session.SessionStore;
import firedrill.engine.model.ModelSpec;
import firedrill.engine.scenario.Scenario;
import firedrill.engine.session.SessionRecord;
import firedrill.engine.sim.Simulation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * Past attempts per scenario from the {@link SessionStore}: date, mode, grade, impact minutes and the
 * grade trend; opens an attempt by replaying its record, or says why it cannot (other scenario content).
 * {@link #load}, {@link #problem} and {@link #replay} read files or simulate: call them off the FX
 * thread, and hand the result to {@link #bind} there.
 */
public final class HistoryViewModel {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(HistoryViewModel.class);
    /** One attempt as listed. */
    public record Row(String scenario, int number, String date, String mode, String grade, String impact,
                      SessionStore.Attempt attempt) {
        public String text() {
            return "#" + number + "  " + date + "  " + mode + "  grade " + grade + "  impact " + impact + " min";
        }
    }

    /** A scenario's attempts and grade trend (grades 0–100 as 0..1 for the sparkline). */
    public record Group(String scenario, List<Row> rows, double[] trend, String trendText, List<String> unreadable,
                        String title) {}

    private final SessionStore store;
    private final Function<String, Scenario> scenarios;
    private final Runnable beforeLoad;
    private final ReadOnlyObjectWrapper<List<Group>> groups = new ReadOnlyObjectWrapper<>(this, "groups");

    /** @param scenarios loads a scenario by id (null when not installed; an exception, saying why, when damaged) */
    public HistoryViewModel(SessionStore store, Function<String, Scenario> scenarios) {
        this(store, scenarios, () -> {});
    }

    /** @param beforeLoad runs on the worker before each {@link #load} (waits for a save in flight) */
    public HistoryViewModel(SessionStore store, Function<String, Scenario> scenarios, Runnable beforeLoad) {
        this.store = store;
        this.scenarios = scenarios;
        this.beforeLoad = beforeLoad;
    }

    /**
     * Reads every saved attempt, a scenario at a time (progress counts scenarios).
     *
     * @throws java.io.IOException when the store cannot be listed (shown as such, never as "no attempts")
     */
    public List<Group> load(TaskExecutor.Progress progress) throws java.io.IOException {
        beforeLoad.run();
        List<Group> out = new ArrayList<>();
        List<String> ids = store.scenarios();
        int done = 0;
        for (String id : ids) {
            if (progress.isCancelled()) {
                break;
            }
            progress.update(done++, ids.size());
            SessionStore.History h = store.history(id);
            if (h.attempts().isEmpty() && h.unreadable().isEmpty()) {
                continue;
            }
            List<Row> rows = new ArrayList<>();
            for (SessionStore.Attempt a : h.attempts()) {
                SessionRecord r = a.record();
                String date = r.savedAt() == null ? "" : r.savedAt().replace('T', ' ').replace("Z", " UTC");
                rows.add(new Row(id, a.number(), date, r.mode() == null ? "" : r.mode(),
                        a.grade() == null ? "–" : a.grade().toString(),
                        Double.isNaN(a.impactMinutes()) ? "–" : String.format(Locale.ROOT, "%.0f", a.impactMinutes()), a));
            }
            SessionStore.Trend t = h.trend();
            double[] trend = t.grades().stream().mapToDouble(g -> g / 100.0).toArray();
            String text = t.best() == null ? t.direction()
                    : "best " + t.best() + " · latest " + t.latest() + " · " + t.direction();
            List<String> bad = h.unreadable().stream().map(u -> u.file().getFileName() + ": " + u.problem()).toList();
            String title = id;
            try {
                Scenario sc = scenarios.apply(id);
                title = sc == null ? id : sc.meta().title() + " (" + id + ")";
            } catch (RuntimeException e) {
                // The id is title enough; opening an attempt says why its scenario cannot be loaded.
                LOG.warn("Cannot load scenario {} for the history's title", id, e);
            }
            out.add(new Group(id, List.copyOf(rows), trend, text, bad, title));
        }
        return List.copyOf(out);
    }

    /** {@link #load} without progress (tests, headless use). */
    public List<Group> groups() throws java.io.IOException {
        return load(NO_PROGRESS);
    }

    /** Publishes what {@link #load} read (FX thread). */
    public void bind(List<Group> loaded) {
        groups.set(List.copyOf(loaded));
    }

    /** The groups as last bound; null until the history has been read. */
    public ReadOnlyObjectProperty<List<Group>> groupsProperty() {
        return groups.getReadOnlyProperty();
    }

    /**
     * What opening an attempt needs, worked out off the FX thread: the replayed run.
     *
     * @throws IllegalStateException saying why, in words, when it cannot be replayed
     */
    public RunResult open(Row row) {
        Optional<String> problem = problem(row);
        if (problem.isPresent()) {
            throw new IllegalStateException(problem.get());
        }
        return replay(row);
    }

    private static final TaskExecutor.Progress NO_PROGRESS = new TaskExecutor.Progress() {
        @Override
        public void update(long done, long total) {}

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    /** Why an attempt cannot be replayed now, in words, or empty when it can. */
    public Optional<String> problem(Row row) {
        Scenario s;
        try {
            s = scenarios.apply(row.scenario());
        } catch (RuntimeException e) {
            LOG.warn("Cannot load scenario {} to replay attempt #{}", row.scenario(), row.number(), e);
            return Optional.of("Scenario \"" + row.scenario() + "\" cannot be loaded, so this attempt cannot be replayed: "
                    + e.getMessage());
        }
        if (s == null) {
            return Optional.of("Scenario \"" + row.scenario() + "\" is not installed, so this attempt cannot be replayed.");
        }
        return row.attempt().record().mismatch(new ModelSpec(s)).map(m -> "Cannot replay: " + m + ".");
    }

    /** Replays an attempt and scores it like a fresh run (off the FX thread). */
    public RunResult replay(Row row) {
        Scenario s = scenarios.apply(row.scenario());
        ModelSpec spec = new ModelSpec(s);
        SessionRecord r = row.attempt().record();
        Simulation sim = r.replay(spec);
        return RunResults.compute(new FinishedRun(spec, r.seed(), sim, sim.tick(), "Saved attempt #" + row.number(),
                r.mode() == null ? "" : r.mode()));
    }
}
