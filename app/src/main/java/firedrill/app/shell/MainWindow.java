package firedrill.app.shell;

import atlantafx.base.theme.Styles;
import firedrill.app.fx.Screen;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;

/** Main window layout: an app bar on top, notices under it, the current screen in the centre. */
public final class MainWindow {
    private final BorderPane root = new BorderPane();
    private final Label crumb = new Label();
    private final HBox actions = new HBox(8);
    private final javafx.scene.layout.VBox notices = new javafx.scene.layout.VBox(4);
    private Screen current;

    public MainWindow() {
        root.getStyleClass().add("main-window");
        root.setId("main-window");
        Label brand = new Label(FiredrillApp.TITLE);
        brand.getStyleClass().add("brand");
        brand.setId("brand");
        crumb.setId("crumb");
        crumb.getStyleClass().addAll("crumb", Styles.TEXT_MUTED);
        crumb.setMinWidth(0);
        javafx.scene.layout.Region grow = new javafx.scene.layout.Region();
        HBox.setHgrow(grow, javafx.scene.layout.Priority.ALWAYS);
        actions.setAlignment(Pos.CENTER_RIGHT);
        HBox bar = new HBox(brand, crumb, grow, actions);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("app-bar");
        notices.setId("notices");
        root.setTop(new javafx.scene.layout.VBox(bar, notices));
    }

    /**
     * Replaces the current screen (disposing it) and shows the new one. When the current screen
     * refuses to be left ({@link Screen#canLeave()}), it stays and the new one is disposed unshown.
     */
    public void show(Screen screen) {
        Screen old = current;
        if (old != null && old != screen && !old.canLeave()) {
            screen.dispose();
            return;
        }
        current = screen;
        if (old != null) {
            old.dispose();
        }
        crumb.setText(screen.title());
        root.setCenter(screen.root());
        // No button keeps or inherits focus across screens: a Space or Enter meant for the old screen
        // (pausing the console) must not activate the new one's first button (issue #21).
        screen.root().requestFocus();
        screen.shown();
    }

    /** Adds a control at the right end of the app bar (e.g. the facilitated drill's entry). */
    public void addBarAction(javafx.scene.Node node) {
        actions.getChildren().add(node);
    }

    /**
     * Shows a notice under the app bar until the user dismisses it: something the user must know that
     * is not an error of the current screen (a damaged settings file set aside, a save that failed).
     */
    public void showNotice(String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().add(Styles.WARNING);
        label.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(label, javafx.scene.layout.Priority.ALWAYS);
        javafx.scene.control.Button dismiss = new javafx.scene.control.Button("Dismiss");
        dismiss.getStyleClass().add(Styles.SMALL);
        dismiss.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox row = new HBox(8, label, dismiss);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("notice-bar");
        row.setStyle("-fx-padding: 6 12 6 12;");
        dismiss.setOnAction(e -> notices.getChildren().remove(row));
        notices.getChildren().add(row);
    }

    /** The notices shown now, oldest first. */
    public java.util.List<String> notices() {
        return notices.getChildren().stream()
                .map(n -> ((Label) ((HBox) n).getChildren().get(0)).getText()).toList();
    }

    public Screen current() {
        return current;
    }

    public Parent root() {
        return root;
    }
}
