package firedrill.app.diagnostics;

import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Tells the user about an error nobody caught: what it was, that the details are in the log and
 * where that file is (selectable, to attach to a bug report), with the stack trace to expand. One
 * dialog at a time: errors while it is open are only logged, so a failing animation cannot bury the
 * screen under dialogs.
 */
public final class ErrorDialog {
    private static final AtomicBoolean OPEN = new AtomicBoolean();

    private ErrorDialog() {}

    /** Shows the report on the JavaFX thread (from any thread). */
    public static void show(UncaughtErrors.Report report) {
        if (!Platform.isFxApplicationThread()) {
            Platform.runLater(() -> show(report));
            return;
        }
        if (!OPEN.compareAndSet(false, true)) {
            return;
        }
        Alert alert = build(report);
        alert.setOnHidden(e -> OPEN.set(false));
        // show(), not showAndWait(): this may run inside layout or an animation, where waiting is refused.
        alert.show();
    }

    static Alert build(UncaughtErrors.Report report) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.setTitle("Firedrill — unexpected error");
        alert.setHeaderText("Something went wrong: " + clip(report.summary()));
        VBox content = new VBox(6, new Label(report.whereToLook()));
        if (report.logFile() != null) {
            TextField path = new TextField(report.logFile().toString());
            path.setId("error-log-path");
            path.setEditable(false);
            content.getChildren().add(path);
        }
        alert.getDialogPane().setContent(content);
        TextArea trace = new TextArea(report.stackTrace());
        trace.setEditable(false);
        trace.setWrapText(false);
        VBox.setVgrow(trace, Priority.ALWAYS);
        alert.getDialogPane().setExpandableContent(new VBox(5, new Label("Stack trace:"), trace));
        alert.getDialogPane().setId("error-dialog");
        return alert;
    }

    private static String clip(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }
}
