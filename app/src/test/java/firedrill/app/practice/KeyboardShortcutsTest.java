package firedrill.app.practice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import firedrill.engine.alert.AlertEvent;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Spinner;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Space pauses, 1–4 set the speed, A acknowledges, Ctrl+K finds an action — but typing stays typing. */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class KeyboardShortcutsTest {
    private ConsoleView view;
    private SimulationRunner runner;

    @Start
    void start(Stage stage) throws Exception {
        view = FxTestSupport.showConsole(stage, Difficulty.STANDARD);
        runner = view.viewModel().runner();
        runner.start();
    }

    @Test
    void shortcuts(FxRobot robot) throws Exception {
        robot.clickOn("#clock");
        robot.type(KeyCode.SPACE);
        runner.awaitFrame(SimulationRunner.Frame::paused, Duration.ofSeconds(5));
        int target = FxTestSupport.awaitTick(runner, 0).tick() + 3600;
        runner.fastForwardTo(target);
        SimulationRunner.Frame f = FxTestSupport.awaitTick(runner, target);
        assertTrue(f.alerted());
        robot.type(KeyCode.DIGIT3); // after the first alert: the incident speed
        runner.awaitFrame(x -> x.speed() == Speed.X60, Duration.ofSeconds(5));
        FxTestSupport.waitUntil(Duration.ofSeconds(5), () -> !view.viewModel().alerts().isEmpty());
        AlertEvent oldest = view.viewModel().oldestUnacked();
        assertNotNull(oldest);
        robot.type(KeyCode.A);
        assertTrue(view.viewModel().ackPending(oldest), "A acknowledges the oldest firing alert");

        robot.press(KeyCode.CONTROL, KeyCode.K).release(KeyCode.K, KeyCode.CONTROL);
        Node palette = robot.lookup("#action-palette").query();
        assertTrue(palette.isVisible());
        robot.write("replicas");
        robot.type(KeyCode.ENTER);
        assertFalse(palette.isVisible());
        assertEquals("scale-up-apiservers", view.actionPanelViewModel().selectedProperty().get().id());

        // Digits typed into the target's number field are the number, not a speed change.
        Spinner<?> largest = robot.lookup("#target-largest").queryAs(Spinner.class);
        robot.doubleClickOn(largest.getEditor());
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.write("14");
        robot.type(KeyCode.ENTER);
        assertEquals("largest:14", view.actionPanelViewModel().selectorProperty().get());
        SimulationRunner.Frame now = runner.sync().get(10, TimeUnit.SECONDS); // every key's request applied
        assertEquals(Speed.X60, now.speed(), "typing 1 and 4 did not change the speed");
        assertTrue(now.paused());
        assertEquals(f.tick(), now.tick());
        runner.close();
    }
}
