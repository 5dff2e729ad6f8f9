package firedrill.app.author;

import firedrill.app.fx.Errors;
import firedrill.app.fx.TaskExecutor;
import firedrill.engine.scenario.Fleet;
import firedrill.engine.scenario.Problem;
import firedrill.engine.scenario.Scenario;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.util.Duration;

/**
 * The scenario editor's state: the document and its history, the problems of the current scenario
 * (validated exactly as {@code ./firedrill validate} does, {@value #DEBOUNCE_MILLIS} ms after the last
 * edit and off the FX thread; a result for an older version of the scenario is dropped), the fleet's
 * sizes, the preview (do-nothing and reference runs, started once a version validates, computed off
 * the FX thread, stale runs cancelled) and the solvability check. Views bind to its read-only
 * properties and call its methods. Use on the FX thread.
 */
public final class AuthorViewModel {
    static final int DEBOUNCE_MILLIS = 250;
    /** Quiet time after the last edit before the scenario is validated (and then previewed). */
    public static final Duration EDIT_DEBOUNCE = Duration.millis(DEBOUNCE_MILLIS);
    public static final long PREVIEW_SEED = 1;

    /** What Save did. */
    public enum SaveOutcome { SAVED, NEEDS_COPY, FAILED }

    private final ScenarioDocument doc;
    private final ObservableList<Problem> problems = FXCollections.observableArrayList();
    private final ObservableList<Problem> problemsView = FXCollections.unmodifiableObservableList(problems);
    private final ReadOnlyObjectWrapper<FleetSizes> fleetSizes = new ReadOnlyObjectWrapper<>(this, "fleetSizes");
    private final ReadOnlyObjectWrapper<Preview.Result> preview = new ReadOnlyObjectWrapper<>(this, "preview");
    private final ReadOnlyStringWrapper previewStatus = new ReadOnlyStringWrapper(this, "previewStatus", "");
    private final ReadOnlyBooleanWrapper previewRunning = new ReadOnlyBooleanWrapper(this, "previewRunning");
    /** True from an edit until the preview of that edit is shown (the charts show an earlier scenario). */
    private final ReadOnlyBooleanWrapper previewStale = new ReadOnlyBooleanWrapper(this, "previewStale");
    /** True when the solvability findings shown were checked on an earlier version of the scenario. */
    private final ReadOnlyBooleanWrapper solvabilityStale = new ReadOnlyBooleanWrapper(this, "solvabilityStale");
    /** The preview shown before the current one (for "changed since the last preview"), or null. */
    private final ReadOnlyObjectWrapper<Preview.Result> previousPreview = new ReadOnlyObjectWrapper<>(this, "previousPreview");
    private final ReadOnlyObjectWrapper<Solvability.Report> solvability = new ReadOnlyObjectWrapper<>(this, "solvability");
    private final ReadOnlyDoubleWrapper solvabilityProgress = new ReadOnlyDoubleWrapper(this, "solvabilityProgress");
    private final ReadOnlyBooleanWrapper solvabilityRunning = new ReadOnlyBooleanWrapper(this, "solvabilityRunning");
    private final ReadOnlyStringWrapper solvabilityStatus = new ReadOnlyStringWrapper(this, "solvabilityStatus",
            "Runs the reference playbook over " + Solvability.DEFAULT_SEEDS + " seeds and doing nothing over a few.");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyBooleanWrapper validating = new ReadOnlyBooleanWrapper(this, "validating");
    private final TaskExecutor tasks;
    private final Executor previewLane;
    private final Executor checkLane;
    private final AtomicLong previewGeneration = new AtomicLong();
    private final AtomicLong checkGeneration = new AtomicLong();
    private final AtomicLong validationGeneration = new AtomicLong();
    private final PauseTransition debounce = new PauseTransition(EDIT_DEBOUNCE);
    private TaskExecutor.Job validation;
    private Fleet lastFleet;
    private Consumer<String> focusHandler = p -> { };
    private boolean disposed;

    public AuthorViewModel(ScenarioDocument doc, TaskExecutor tasks) {
        this.doc = doc;
        this.tasks = tasks;
        this.previewLane = tasks.serial("the editor's preview");
        this.checkLane = tasks.serial("the editor's solvability check");
        debounce.setOnFinished(e -> validate());
        doc.scenarioProperty().addListener((o, a, b) -> changed());
        doc.nameProperty().addListener((o, a, b) -> updateTitle());
        doc.dirtyProperty().addListener((o, a, b) -> updateTitle());
        updateTitle();
        changed();
        debounce.stop();
        validate(); // the opened document at once; edits wait for a pause in typing
    }

    /** The app's background work (the view opens documents with it). */
    public TaskExecutor tasks() {
        return tasks;
    }

    // ---- Opening -----------------------------------------------------------------------------

    /** A new document from the shipped template. */
    public static ScenarioDocument template() {
        return new ScenarioDocument(ScenarioFiles.template(), ScenarioDocument.Origin.NEW, null);
    }

    /** A file: read strictly when possible, else shown with its problems (no edits can be made to bytes). */
    public static ScenarioDocument open(Path file) throws firedrill.engine.scenario.InvalidInputException {
        Scenario s;
        try {
            s = firedrill.engine.scenario.ScenarioLoader.load(file);
        } catch (firedrill.engine.scenario.InvalidInputException e) {
            // A file with meaning problems still binds: open it so they can be fixed in the editor.
            s = firedrill.engine.scenario.StrictJson.read(file, Scenario.class);
        }
        return new ScenarioDocument(s, ScenarioDocument.Origin.FILE, file);
    }

    /**
     * A scenario from the library: a user scenario opens its own file; a shipped one opens as a new copy
     * (its own id, "(copy)" in the title), to be saved in the user's scenario folder.
     */
    public static ScenarioDocument forLibrary(Scenario s) {
        Path own = s.id() == null || ScenarioFiles.shippedIds().contains(s.id()) ? null : UserScenarios.fileOf(s.id());
        if (own != null) {
            return new ScenarioDocument(s, ScenarioDocument.Origin.FILE, own);
        }
        return copyOf(s);
    }

    /** A new, unsaved copy of a scenario with a fresh id. */
    public static ScenarioDocument copyOf(Scenario s) {
        Scenario copy = ScenarioLens.with(s, "$.meta.id", ScenarioFiles.copyId(s.id()));
        if (s.meta() != null && s.meta().title() != null) {
            copy = ScenarioLens.with(copy, "$.meta.title", s.meta().title() + " (copy)");
        }
        return new ScenarioDocument(copy, ScenarioDocument.Origin.NEW, null);
    }

    // ---- Editing -----------------------------------------------------------------------------

    public Scenario scenario() {
        return doc.scenario();
    }

    public ScenarioDocument document() {
        return doc;
    }

    public boolean execute(EditCommand c) {
        return doc.execute(c);
    }

    public boolean set(String path, Object value) {
        return doc.set(path, value);
    }

    /** Undoes the last edit; returns it so the view can show where it happened (null when none). */
    public EditCommand undo() {
        EditCommand c = doc.undo();
        status(c == null ? "Nothing to undo" : "Undone: " + c.description());
        return c;
    }

    public EditCommand redo() {
        EditCommand c = doc.redo();
        status(c == null ? "Nothing to redo" : "Redone: " + c.description());
        return c;
    }

    /** Asks the view to focus a path after the current event (set by the view). */
    void focusLater(String path) {
        Platform.runLater(() -> focusHandler.accept(path));
    }

    void setFocusHandler(Consumer<String> handler) {
        this.focusHandler = handler;
    }

    public void status(String text) {
        status.set(text);
    }

    private void changed() {
        Scenario s = doc.scenario();
        if (s.fleet() != lastFleet) {
            lastFleet = s.fleet();
            fleetSizes.set(FleetSizes.of(s.fleet()));
        }
        if (solvabilityRunning.get() || solvability.get() != null) {
            checkGeneration.incrementAndGet();
            solvabilityRunning.set(false);
            if (solvability.get() != null) {
                solvabilityStatus.set("The scenario changed since the last check: run it again.");
                solvabilityStale.set(true);
            }
        }
        previewGeneration.incrementAndGet();
        validationGeneration.incrementAndGet();
        validating.set(true);
        if (preview.get() != null) {
            previewStale.set(true);
        }
        debounce.playFromStart();
    }

    /** Validates the current version in the background; the preview follows when it is the latest. */
    private void validate() {
        if (disposed) {
            return;
        }
        long gen = validationGeneration.get();
        String name = doc.nameProperty().get();
        Scenario s = doc.scenario();
        if (validation != null) {
            validation.cancel();
        }
        validation = tasks.submit("validating the scenario", p -> LiveValidation.validate(name, s), found -> {
            if (gen == validationGeneration.get() && !disposed) {
                problems.setAll(found);
                validating.set(false);
                startPreview();
            }
        }, e -> {
            if (gen == validationGeneration.get()) {
                validating.set(false);
                status("Could not validate the scenario: " + e.getMessage());
            }
        });
    }

    private void updateTitle() {
        title.set(doc.nameProperty().get() + (doc.isDirty() ? " •" : ""));
    }

    /** Problems per section, for the sidebar badges. */
    public long problemCount(Section section) {
        return problems.stream().filter(p -> Section.of(p.path()) == section).count();
    }

    // ---- Preview -----------------------------------------------------------------------------

    private void startPreview() {
        if (disposed) {
            return;
        }
        long gen = previewGeneration.incrementAndGet();
        if (!problems.isEmpty()) {
            previewRunning.set(false);
            previewStatus.set(String.format(Locale.ROOT, "Preview paused: fix the %d problem%s first.",
                    problems.size(), problems.size() == 1 ? "" : "s"));
            return;
        }
        Scenario s = doc.scenario();
        previewRunning.set(true);
        previewStatus.set("Running the reference playbook and doing nothing…");
        previewLane.execute(() -> {
            try {
                Preview.Result r = Preview.compute(s, PREVIEW_SEED, () -> previewGeneration.get() != gen);
                tasks.fx().execute(() -> {
                    if (previewGeneration.get() == gen) {
                        previousPreview.set(preview.get());
                        preview.set(r);
                        previewStale.set(false);
                        previewRunning.set(false);
                        previewStatus.set("Seed " + PREVIEW_SEED + " · updated after your last edit");
                    }
                });
            } catch (java.util.concurrent.CancellationException e) {
                // A newer edit superseded this run; its own preview follows.
            } catch (RuntimeException e) {
                Errors.report(e, "previewing the scenario");
                tasks.fx().execute(() -> {
                    if (previewGeneration.get() == gen) {
                        previewRunning.set(false);
                        previewStatus.set("Preview failed: " + e.getMessage());
                    }
                });
            }
        });
    }

    // ---- Solvability -------------------------------------------------------------------------

    public void checkSolvability() {
        if (validating.get()) {
            solvabilityStatus.set("The scenario is still being validated: check again in a moment.");
            return;
        }
        if (!problems.isEmpty()) {
            solvabilityStatus.set("Fix the " + problems.size() + " problem" + (problems.size() == 1 ? "" : "s")
                    + " before checking solvability.");
            return;
        }
        long gen = checkGeneration.incrementAndGet();
        Scenario s = doc.scenario();
        solvability.set(null);
        solvabilityStale.set(false);
        solvabilityRunning.set(true);
        solvabilityProgress.set(0);
        solvabilityStatus.set("Checking over " + Solvability.DEFAULT_SEEDS + " seeds…");
        checkLane.execute(() -> {
            try {
                Solvability.Report r = Solvability.check(s, Solvability.DEFAULT_SEEDS, 1,
                        p -> tasks.fx().execute(() -> {
                            if (checkGeneration.get() == gen) {
                                solvabilityProgress.set(p);
                            }
                        }),
                        () -> checkGeneration.get() != gen || disposed);
                tasks.fx().execute(() -> {
                    if (checkGeneration.get() == gen) {
                        solvability.set(r);
                        solvabilityRunning.set(false);
                        solvabilityProgress.set(1);
                        solvabilityStatus.set(r.solvable() ? "Solvable over " + r.runs() + " seeds."
                                : r.warnings().size() + " warning" + (r.warnings().size() == 1 ? "" : "s")
                                + " (the scenario can still be saved and played).");
                    }
                });
            } catch (java.util.concurrent.CancellationException e) {
                // Superseded by an edit.
            } catch (RuntimeException e) {
                Errors.report(e, "checking solvability");
                tasks.fx().execute(() -> {
                    if (checkGeneration.get() == gen) {
                        solvabilityRunning.set(false);
                        solvabilityStatus.set("Check failed: " + e.getMessage());
                    }
                });
            }
        });
    }

    // ---- Saving ------------------------------------------------------------------------------

    /** Saves in place; a new or shipped scenario is not saved but answered with NEEDS_COPY. */
    public SaveOutcome save() {
        if (!doc.canSaveInPlace()) {
            return SaveOutcome.NEEDS_COPY;
        }
        try {
            doc.save();
            status(savedMessage(doc.file()));
            return SaveOutcome.SAVED;
        } catch (IOException e) {
            status("Not saved: " + e.getMessage());
            return SaveOutcome.FAILED;
        }
    }

    /** The file a copy goes to: the user's scenario folder, named by id (a fresh id if it clashes). */
    public Path copyTarget() {
        String id = doc.scenario().id();
        if (id == null || id.isBlank() || ScenarioFiles.shippedIds().contains(id)
                || Files.exists(ScenarioFiles.userDir().resolve(id + ".json"))) {
            return null;
        }
        return ScenarioFiles.userDir().resolve(id + ".json");
    }

    /**
     * Saves into the user's scenario folder. A shipped id, or one whose file exists already, first gets
     * a fresh id (an undoable edit), so the copy never shadows another scenario in the library.
     */
    public SaveOutcome saveAsCopy() {
        if (copyTarget() == null) {
            set("$.meta.id", ScenarioFiles.copyId(doc.scenario().id()));
        }
        Path target = copyTarget();
        if (target == null) {
            status("Not saved: give the scenario an id (meta.id) first");
            return SaveOutcome.FAILED;
        }
        return saveAs(target);
    }

    public SaveOutcome saveAs(Path target) {
        try {
            doc.saveAs(target);
            status(savedMessage(target));
            return SaveOutcome.SAVED;
        } catch (IOException e) {
            status("Not saved: " + e.getMessage());
            return SaveOutcome.FAILED;
        }
    }

    private String savedMessage(Path file) {
        return "Saved " + file + (problems.isEmpty() ? "" : " — with " + problems.size() + " problem"
                + (problems.size() == 1 ? "" : "s") + "; it joins the library once they are fixed");
    }

    /** Stops the debounce and makes running preview and check runs stop at their next step. */
    public void dispose() {
        disposed = true;
        debounce.stop();
        previewGeneration.incrementAndGet();
        checkGeneration.incrementAndGet();
        validationGeneration.incrementAndGet();
        if (validation != null) {
            validation.cancel();
        }
    }

    // ---- Properties --------------------------------------------------------------------------

    public ObservableList<Problem> problems() {
        return problemsView;
    }

    /** True from an edit until its version has been validated ({@link #problems()} may be stale meanwhile). */
    public ReadOnlyBooleanProperty validatingProperty() {
        return validating.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<FleetSizes> fleetSizesProperty() {
        return fleetSizes.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Preview.Result> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty previewStatusProperty() {
        return previewStatus.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty previewRunningProperty() {
        return previewRunning.getReadOnlyProperty();
    }

    /** The preview shown is of an earlier version of the scenario (an edit is waiting for its run, or has problems). */
    public ReadOnlyBooleanProperty previewStaleProperty() {
        return previewStale.getReadOnlyProperty();
    }

    /** The solvability findings shown were checked before the last edit. */
    public ReadOnlyBooleanProperty solvabilityStaleProperty() {
        return solvabilityStale.getReadOnlyProperty();
    }

    /** The preview shown before the current one, for what changed (null before the second preview). */
    public ReadOnlyObjectProperty<Preview.Result> previousPreviewProperty() {
        return previousPreview.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Solvability.Report> solvabilityProperty() {
        return solvability.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty solvabilityProgressProperty() {
        return solvabilityProgress.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty solvabilityRunningProperty() {
        return solvabilityRunning.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty solvabilityStatusProperty() {
        return solvabilityStatus.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The document's name with " •" while it has unsaved changes. */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }
}
