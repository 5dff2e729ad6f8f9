package firedrill.app.author;

import firedrill.engine.scenario.Scenario;
import java.io.IOException;
import java.nio.file.Path;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * A scenario being edited: the current (immutable) value, its undo history, where it came from and
 * where it is saved. Every change goes through {@link #execute}, {@link #undo} or {@link #redo}.
 * Dirty means "not the state last saved or opened". Not thread-safe: use it on one thread (the FX
 * thread in the app).
 */
public final class ScenarioDocument {
    /** Where the document came from; shipped scenarios are never overwritten. */
    public enum Origin { NEW, SHIPPED, FILE }

    private final ReadOnlyObjectWrapper<Scenario> scenario = new ReadOnlyObjectWrapper<>(this, "scenario");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper(this, "undoText", "");
    private final ReadOnlyStringWrapper redoText = new ReadOnlyStringWrapper(this, "redoText", "");
    private final ReadOnlyStringWrapper name = new ReadOnlyStringWrapper(this, "name", "");
    private final UndoStack stack;
    private Origin origin;
    private Path file;
    private long savedState;

    public ScenarioDocument(Scenario initial, Origin origin, Path file, int historyCapacity) {
        this.stack = new UndoStack(historyCapacity);
        this.origin = origin;
        this.file = file;
        scenario.set(initial);
        // Nothing to lose yet: a document is clean until its first edit (a new one then shows "•" until saved).
        savedState = stack.stateId();
        update();
    }

    public ScenarioDocument(Scenario initial, Origin origin, Path file) {
        this(initial, origin, file, UndoStack.DEFAULT_CAPACITY);
    }

    /** Applies a command and records it; null (nothing to change) is ignored. Returns whether it applied. */
    public boolean execute(EditCommand command) {
        if (command == null) {
            return false;
        }
        Scenario next = command.apply(scenario.get());
        stack.push(command);
        scenario.set(next);
        update();
        return true;
    }

    /** Reverts the last command; returns it (null when there was none). */
    public EditCommand undo() {
        EditCommand c = stack.undo();
        if (c != null) {
            scenario.set(c.revert(scenario.get()));
            update();
        }
        return c;
    }

    public EditCommand redo() {
        EditCommand c = stack.redo();
        if (c != null) {
            scenario.set(c.apply(scenario.get()));
            update();
        }
        return c;
    }

    /** Sets a value by JSON path as one undoable command. */
    public boolean set(String path, Object value) {
        return execute(Edits.set(scenario.get(), path, value));
    }

    /**
     * Saves to the document's own file. Refuses (returns false) when there is none or it is a shipped
     * scenario: the caller offers {@link #saveAs} a copy instead.
     */
    public boolean save() throws IOException {
        if (file == null || origin != Origin.FILE || ScenarioFiles.isShipped(file)) {
            return false;
        }
        ScenarioFiles.save(file, scenario.get());
        markSaved(file);
        return true;
    }

    /** Saves to {@code target} (refusing a shipped scenario's file) and makes it the document's file. */
    public void saveAs(Path target) throws IOException {
        if (ScenarioFiles.isShipped(target)) {
            throw new IOException(target + " is a shipped scenario; save a copy in your scenario folder instead");
        }
        ScenarioFiles.save(target, scenario.get());
        markSaved(target);
    }

    private void markSaved(Path target) {
        file = target;
        origin = Origin.FILE;
        savedState = stack.stateId();
        update();
    }

    /** Whether Save can write to the document's own file without asking. */
    public boolean canSaveInPlace() {
        return file != null && origin == Origin.FILE && !ScenarioFiles.isShipped(file);
    }

    private void update() {
        dirty.set(stack.stateId() != savedState);
        canUndo.set(stack.canUndo());
        canRedo.set(stack.canRedo());
        undoText.set(stack.undoDescription());
        redoText.set(stack.redoDescription());
        String base = file != null ? file.getFileName().toString()
                : (scenario.get() == null || scenario.get().id() == null ? "untitled" : scenario.get().id())
                + (origin == Origin.SHIPPED ? " (shipped)" : " (new)");
        name.set(base);
    }

    public Scenario scenario() {
        return scenario.get();
    }

    public ReadOnlyObjectProperty<Scenario> scenarioProperty() {
        return scenario.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public boolean isDirty() {
        return dirty.get();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty undoTextProperty() {
        return undoText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoTextProperty() {
        return redoText.getReadOnlyProperty();
    }

    /** File name, or the id with "(new)" / "(shipped)". */
    public ReadOnlyStringProperty nameProperty() {
        return name.getReadOnlyProperty();
    }

    public Origin origin() {
        return origin;
    }

    public Path file() {
        return file;
    }

    public UndoStack history() {
        return stack;
    }
}
