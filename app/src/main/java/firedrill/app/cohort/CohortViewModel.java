package firedrill.app.cohort;

import firedrill.app.fx.TaskExecutor;
import firedrill.app.session.AtomicWrite;
import firedrill.engine.cohort.Cohort;
import firedrill.engine.cohort.CohortSources;
import firedrill.engine.scenario.Problem;
import firedrill.engine.scenario.Scenario;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The cohort view's state: the folder read, the scored cohort (read and scored on a worker through
 * the app's {@link TaskExecutor}, bound once on the FX thread), the filters (trainee name part,
 * scenario) and the filtered cohort the view shows, and the CSV export (written on a worker).
 */
public final class CohortViewModel {
    /** The scenario filter's "every scenario" choice. */
    public static final String ALL = "All scenarios";
    static final String LOADING = "reading and scoring the cohort";

    private final TaskExecutor tasks;
    private final Function<String, Optional<Scenario>> scenarios;
    private final ReadOnlyObjectWrapper<Cohort> cohort = new ReadOnlyObjectWrapper<>(this, "cohort");
    private final ReadOnlyObjectWrapper<Cohort> shown = new ReadOnlyObjectWrapper<>(this, "shown");
    private final StringProperty traineeFilter = new SimpleStringProperty(this, "traineeFilter", "");
    private final ObjectProperty<String> scenarioFilter = new SimpleObjectProperty<>(this, "scenarioFilter", ALL);
    private final IntegerProperty parRuns = new SimpleIntegerProperty(this, "parRuns", 20);
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status",
            "Open a folder of trainees' session files (a sub-folder per trainee) or trainee exports.");
    private TaskExecutor.Job job;

    public CohortViewModel(TaskExecutor tasks, Function<String, Optional<Scenario>> scenarios) {
        this.tasks = tasks;
        this.scenarios = scenarios;
        traineeFilter.addListener((o, a, b) -> refilter());
        scenarioFilter.addListener((o, a, b) -> refilter());
    }

    /** Reads and scores the folder in the background; a load under way is cancelled. */
    public TaskExecutor.Job load(Path dir) {
        if (job != null) {
            job.cancel();
        }
        loading.set(true);
        status.set("Reading and scoring the attempts in " + dir + "…");
        int runs = parRuns.get();
        job = tasks.submit(LOADING, p -> {
            CohortSources.Found found = CohortSources.read(dir);
            return Cohort.score(found.sources(), scenarios, runs, found.problems(), new Cohort.Progress() {
                @Override
                public void update(long done, long total) {
                    p.update(done, total);
                }

                @Override
                public boolean isCancelled() {
                    return p.isCancelled();
                }
            });
        }, this::bind, e -> {
            loading.set(false);
            status.set("Cannot read " + dir + ": " + e.getMessage());
        });
        return job;
    }

    /** The FX thread's one step: the scored cohort in. */
    void bind(Cohort c) {
        loading.set(false);
        cohort.set(c);
        refilter();
        status.set(String.format(Locale.ROOT, "%d attempts by %d trainees at %d scenario%s%s", c.attempts().size(),
                c.trainees().size(), c.scenarios().size(), c.scenarios().size() == 1 ? "" : "s", c.problems().isEmpty() ? ""
                        : "; " + c.problems().size() + " problem" + (c.problems().size() == 1 ? "" : "s") + " (below)"));
    }

    private void refilter() {
        Cohort c = cohort.get();
        if (c == null) {
            return;
        }
        String t = traineeFilter.get() == null ? "" : traineeFilter.get().trim().toLowerCase(Locale.ROOT);
        String s = scenarioFilter.get();
        shown.set(c.filter(a -> (t.isEmpty() || a.trainee().toLowerCase(Locale.ROOT).contains(t))
                && (s == null || ALL.equals(s) || s.equals(a.scenario()))));
    }

    /** The filtered cohort as CSV (RFC 4180) in {@code file}, written on a worker. */
    public void exportCsv(Path file) {
        Cohort c = shown.get();
        if (c == null) {
            return;
        }
        tasks.submit("writing the cohort CSV", p -> {
            AtomicWrite.write(file, c.toCsv().getBytes(StandardCharsets.UTF_8));
            return file;
        }, f -> status.set("CSV written: " + f + " (" + c.attempts().size() + " attempts)"),
                e -> status.set("Cannot write " + file + ": " + e.getMessage()));
    }

    public List<String> problemLines() {
        Cohort c = cohort.get();
        return c == null ? List.of() : c.problems().stream().map(Problem::toString).toList();
    }

    public ReadOnlyObjectProperty<Cohort> cohortProperty() {
        return cohort.getReadOnlyProperty();
    }

    /** The cohort after the filters. */
    public ReadOnlyObjectProperty<Cohort> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    public StringProperty traineeFilterProperty() {
        return traineeFilter;
    }

    public ObjectProperty<String> scenarioFilterProperty() {
        return scenarioFilter;
    }

    /** Reference runs for par per scenario (0: the real team with the attempt's seed). */
    public IntegerProperty parRunsProperty() {
        return parRuns;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The load under way or done last (its progress), or null. */
    public TaskExecutor.Job job() {
        return job;
    }
}
