package firedrill.app.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** An exception thrown on the JavaFX thread ends in one dialog that names the log file. */
@ExtendWith(ApplicationExtension.class)
class ErrorDialogTest {
    private final Path log = Path.of("/var/tmp/firedrill-test/logs/firedrill.log");
    private Thread.UncaughtExceptionHandler before;

    @Start
    void start(Stage stage) {
        before = Thread.currentThread().getUncaughtExceptionHandler();
        Thread.currentThread().setUncaughtExceptionHandler(new UncaughtErrors(() -> log, ErrorDialog::show));
        stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 200, 100));
        stage.show();
    }

    @AfterEach
    void closeDialogs(FxRobot robot) {
        robot.interact(() -> {
            for (Window w : Window.getWindows().toArray(new Window[0])) {
                if (w.getScene() != null && w.getScene().getRoot() instanceof DialogPane) {
                    ((Stage) w).close();
                }
            }
            Thread.currentThread().setUncaughtExceptionHandler(before);
        });
    }

    @Test
    void anExceptionInAnEventHandlerShowsTheLogFilesPathOnce(FxRobot robot) throws Exception {
        Platform.runLater(() -> {
            throw new IllegalStateException("chart has no series");
        });
        Platform.runLater(() -> {
            throw new IllegalStateException("a second failure while the dialog is open");
        });
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !robot.lookup("#error-dialog").queryAll().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, robot.lookup("#error-dialog").queryAll().size(), "one dialog, however many errors");
        DialogPane pane = robot.lookup("#error-dialog").queryAs(DialogPane.class);
        assertTrue(pane.getHeaderText().contains("chart has no series"), pane.getHeaderText());
        assertEquals(log.toString(), robot.lookup("#error-log-path").queryAs(TextField.class).getText());
    }
}
