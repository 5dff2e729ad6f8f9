package firedrill.app.author;

import firedrill.app.fx.TaskExecutor;
import firedrill.engine.scenario.Scenario;
import firedrill.engine.score.StrategySuite;
import firedrill.engine.tuning.Fitter;
import firedrill.engine.tuning.Parameter;
import firedrill.engine.tuning.ScenarioTree;
import firedrill.engine.tuning.Sensitivity;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The editor's fit pane: which parameters to fit (every number under mechanisms to tick, plus any
 * path typed in), the fit itself in the background (progress, cancel), the residuals before and
 * after, which fitted parameters the milestones cannot pin down (±20% moves no milestone by a
 * minute), and applying the fit to the document as one undoable edit before saving. The work runs
 * on the app's TaskExecutor; this class only binds results on the FX thread.
 */
public final class FitViewModel {
    public static final int SEEDS = 4;
    public static final int EVALUATIONS = 120;
    public static final double RANGE = 0.2;

    /** One parameter the author may tick: its path and its value as written. */
    public static final class Choice {
        private final String path;
        private final String value;
        private final BooleanProperty selected = new SimpleBooleanProperty();

        Choice(String path, String value, boolean selected) {
            this.path = path;
            this.value = value;
            this.selected.set(selected);
        }

        public String path() {
            return path;
        }

        public String value() {
            return value;
        }

        public BooleanProperty selectedProperty() {
            return selected;
        }
    }

    /** A finished fit: the result, the sensitivity of the fitted parameters, and the scenario it was fitted from. */
    public record Outcome(Fitter.Result fit, Sensitivity.Result sensitivity, Scenario from) {
        /** The fitted parameters whose ±20% moves no milestone by a minute or more. */
        public List<Sensitivity.Row> notPinned() {
            return sensitivity.rows().stream().filter(r -> !r.pinnedByTimeline()).toList();
        }
    }

    private final AuthorViewModel author;
    private final TaskExecutor tasks;
    private final ObservableList<Choice> choices = FXCollections.observableArrayList();
    private final StringProperty extraPaths = new SimpleStringProperty(this, "extraPaths", "");
    private final ReadOnlyObjectWrapper<Outcome> outcome = new ReadOnlyObjectWrapper<>(this, "outcome");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyBooleanWrapper stale = new ReadOnlyBooleanWrapper(this, "stale");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status",
            "Tick the parameters to fit, then Fit. Each candidate runs the reference playbook over " + SEEDS + " seeds.");
    private TaskExecutor.Job job;
    private TaskExecutor.Job choicesJob;

    public FitViewModel(AuthorViewModel author) {
        this.author = author;
        this.tasks = author.tasks();
        author.document().scenarioProperty().addListener((obs, a, b) -> {
            refreshChoices();
            Outcome o = outcome.get();
            if (o != null) {
                stale.set(b != o.from() && b != o.fit().fitted());
            }
        });
        refreshChoices();
    }

    /** Every number under mechanisms, computed off the FX thread; ticks survive a refresh. */
    private void refreshChoices() {
        Scenario s = author.scenario();
        if (choicesJob != null) {
            choicesJob.cancel();
        }
        choicesJob = tasks.submit("listing the scenario's parameters", p -> {
            List<Choice> out = new ArrayList<>();
            for (Parameter param : Parameter.mechanisms(ScenarioTree.of(s))) {
                out.add(new Choice(param.expression(), param.describe(param.base()), false));
            }
            return out;
        }, list -> {
            if (sameChoices(list)) {
                return; // most edits touch no mechanism number: leave the list (and the FX thread) alone
            }
            Set<String> ticked = selectedPaths();
            for (Choice c : list) {
                c.selectedProperty().set(ticked.contains(c.path()));
            }
            choices.setAll(list);
        }, e -> status.set("Cannot list the parameters: " + e.getMessage()));
    }

    private boolean sameChoices(List<Choice> list) {
        if (list.size() != choices.size()) {
            return false;
        }
        for (int i = 0; i < list.size(); i++) {
            if (!list.get(i).path().equals(choices.get(i).path()) || !list.get(i).value().equals(choices.get(i).value())) {
                return false;
            }
        }
        return true;
    }

    private Set<String> selectedPaths() {
        Set<String> out = new LinkedHashSet<>();
        for (Choice c : choices) {
            if (c.selectedProperty().get()) {
                out.add(c.path());
            }
        }
        return out;
    }

    /** Ticks a parameter by path (for tests and for "fit this" shortcuts); false when it is not listed. */
    public boolean select(String path, boolean on) {
        for (Choice c : choices) {
            if (c.path().equals(path)) {
                c.selectedProperty().set(on);
                return true;
            }
        }
        return false;
    }

    /** The ticked parameters and typed paths (one per line), in that order. */
    List<String> chosen() {
        List<String> out = new ArrayList<>(selectedPaths());
        for (String line : extraPaths.get().split("[\\n;]")) {
            if (!line.isBlank()) {
                out.add(line.strip());
            }
        }
        return out;
    }

    public void fit() {
        if (running.get()) {
            return;
        }
        if (!author.problems().isEmpty()) {
            status.set("Fix the " + author.problems().size() + " problem" + (author.problems().size() == 1 ? "" : "s")
                    + " before fitting.");
            return;
        }
        List<String> paths = chosen();
        if (paths.isEmpty()) {
            status.set("Tick at least one parameter (or type a path) to fit.");
            return;
        }
        Scenario s = author.scenario();
        running.set(true);
        progress.set(0);
        status.set("Fitting " + paths.size() + " parameter" + (paths.size() == 1 ? "" : "s") + "…");
        job = tasks.submit("fitting the scenario", p -> compute(s, paths, p), o -> {
            running.set(false);
            progress.unbind();
            progress.set(1);
            outcome.set(o);
            stale.set(author.scenario() != s);
            status.set(summary(o));
        }, e -> {
            running.set(false);
            progress.unbind();
            status.set("Fit failed: " + e.getMessage());
        });
        if (running.get()) {
            progress.bind(job.progressProperty());
        }
    }

    /** The work: fit, then ±20% of each fitted parameter around the fit (the milestones only). */
    static Outcome compute(Scenario s, List<String> paths, TaskExecutor.Progress p) {
        var tree = ScenarioTree.of(s);
        List<Parameter> params = new ArrayList<>();
        for (String path : paths) {
            params.add(Parameter.parse(path, tree));
        }
        int sensitivityRuns = (1 + 2 * params.size()) * SEEDS;
        long total = EVALUATIONS + sensitivityRuns;
        Fitter.Result fit = Fitter.fit(s, params, new Fitter.Options(SEEDS, 1, EVALUATIONS, 1),
                (done, max, best) -> p.update(done, total), p::isCancelled);
        var fittedTree = ScenarioTree.of(fit.fitted());
        List<Parameter> around = new ArrayList<>();
        for (Parameter param : params) {
            around.add(Parameter.of(firedrill.engine.tuning.ParamPath.parse(param.expression()), fittedTree));
        }
        Sensitivity.Result sens = Sensitivity.run(fit.fitted(), around, new StrategySuite(s.id(), List.of()),
                new Sensitivity.Options(RANGE, SEEDS, 0, 1), (done, t) -> p.update(EVALUATIONS + done, total), p::isCancelled);
        return new Outcome(fit, sens, s);
    }

    private static String summary(Outcome o) {
        var b = o.fit().beforeReport();
        var a = o.fit().afterReport();
        return String.format(Locale.ROOT, "Milestones within tolerance: %d of %d before, %d of %d after (%d candidates, %d runs).%s",
                b.inTolerance(), b.rows().size(), a.inTolerance(), a.rows().size(), o.fit().evaluations(), o.fit().simulations(),
                o.notPinned().isEmpty() ? "" : " " + o.notPinned().size() + " fitted parameter"
                        + (o.notPinned().size() == 1 ? " is" : "s are") + " not pinned down by the milestones.");
    }

    public void cancel() {
        if (job != null && job.cancel()) {
            running.set(false);
            progress.unbind();
            progress.set(0);
            status.set("Fit cancelled.");
        }
    }

    /**
     * Puts the fitted values and their assumptions into the document as one undoable edit, then saves
     * (in place, or as a copy in the user's folder for a new or shipped scenario).
     */
    public AuthorViewModel.SaveOutcome applyAndSave() {
        Outcome o = outcome.get();
        if (o == null || stale.get()) {
            status.set(o == null ? "Fit first." : "The scenario changed since the fit: fit again before saving.");
            return AuthorViewModel.SaveOutcome.FAILED;
        }
        Scenario before = author.scenario();
        Scenario after = o.fit().fitted();
        if (before != after) {
            int n = o.fit().params().size();
            author.execute(new EditCommand() {
                @Override
                public String description() {
                    return "Apply the fit of " + n + " parameter" + (n == 1 ? "" : "s");
                }

                @Override
                public String path() {
                    return o.fit().params().get(0).locations().get(0).path();
                }

                @Override
                public Scenario apply(Scenario s) {
                    return after;
                }

                @Override
                public Scenario revert(Scenario s) {
                    return before;
                }
            });
        }
        AuthorViewModel.SaveOutcome saved = author.save();
        if (saved == AuthorViewModel.SaveOutcome.NEEDS_COPY) {
            saved = author.saveAsCopy();
        }
        status.set(saved == AuthorViewModel.SaveOutcome.SAVED ? "Fitted scenario saved: " + author.document().file()
                : "Fit applied, but not saved (see the status bar).");
        return saved;
    }

    public ObservableList<Choice> choices() {
        return choices;
    }

    public StringProperty extraPathsProperty() {
        return extraPaths;
    }

    public ReadOnlyObjectProperty<Outcome> outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty staleProperty() {
        return stale.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
