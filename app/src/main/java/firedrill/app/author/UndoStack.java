package firedrill.app.author;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Done and undone commands with a bounded history: the oldest command is forgotten when more than
 * {@code capacity} are kept. Each state has an id (the id of the command on top, or the base id), so
 * the document knows whether it is back at the state it last saved.
 */
public final class UndoStack {
    private record Entry(EditCommand command, long id) {}

    public static final int DEFAULT_CAPACITY = 500;

    private final int capacity;
    private final Deque<Entry> done = new ArrayDeque<>();
    private final Deque<Entry> undone = new ArrayDeque<>();
    private long nextId = 1;
    private long baseId;

    public UndoStack(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, got " + capacity);
        }
        this.capacity = capacity;
    }

    public UndoStack() {
        this(DEFAULT_CAPACITY);
    }

    /** Records a command that was just applied; clears what could be redone. */
    public void push(EditCommand command) {
        done.push(new Entry(command, nextId++));
        undone.clear();
        while (done.size() > capacity) {
            baseId = done.removeLast().id();
        }
    }

    /** The command to revert, moved to the redo side; null when there is none. */
    public EditCommand undo() {
        Entry e = done.poll();
        if (e == null) {
            return null;
        }
        undone.push(e);
        return e.command();
    }

    /** The command to apply again, moved back to the undo side; null when there is none. */
    public EditCommand redo() {
        Entry e = undone.poll();
        if (e == null) {
            return null;
        }
        done.push(e);
        return e.command();
    }

    public boolean canUndo() {
        return !done.isEmpty();
    }

    public boolean canRedo() {
        return !undone.isEmpty();
    }

    public String undoDescription() {
        return done.isEmpty() ? "" : done.peek().command().description();
    }

    public String redoDescription() {
        return undone.isEmpty() ? "" : undone.peek().command().description();
    }

    /** Identifies the current state: equal ids mean the same sequence of applied commands. */
    public long stateId() {
        return done.isEmpty() ? baseId : done.peek().id();
    }

    public int size() {
        return done.size();
    }

    public int capacity() {
        return capacity;
    }

    public void clear() {
        done.clear();
        undone.clear();
        baseId = nextId++;
    }
}
