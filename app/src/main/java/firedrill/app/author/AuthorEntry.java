package firedrill.app.author;

import atlantafx.base.theme.Styles;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;

/** The app bar's way into scenario authoring. */
public final class AuthorEntry {
    private AuthorEntry() {}

    public static Button button(Runnable open) {
        Button b = new Button("Author a scenario");
        b.setId("open-author");
        b.getStyleClass().addAll(Styles.FLAT, "author-entry");
        b.setFocusTraversable(false);
        b.setTooltip(new Tooltip("Turn your own incident into a drill: a new scenario from the template, or open one"));
        b.setOnAction(e -> open.run());
        return b;
    }
}
