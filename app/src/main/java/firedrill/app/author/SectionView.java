package firedrill.app.author;

import javafx.scene.Node;

/** One section of the editor: its content and how it re-reads the scenario after a change. */
interface SectionView {
    Node root();

    void refresh();

    /** Commits text the author typed but did not confirm yet (before undo, save, navigation). */
    default void commitPending() {}

    /** Reverts the focused field's uncommitted text; true when there was some (Ctrl+Z then stops there). */
    default boolean revertPending(Node focused) {
        return false;
    }
}
