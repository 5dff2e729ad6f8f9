package firedrill.app.practice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** In-flight actions: submitted, then running with a visible progress bar. */
@ExtendWith(ApplicationExtension.class)
class ActionsInFlightTest {
    private SimulationRunner runner;
    private ConsoleView view;

    @Start
    void start(Stage stage) throws Exception {
        view = FxTestSupport.showConsole(stage, Difficulty.STANDARD, Speed.X300);
        runner = view.viewModel().runner();
    }

    @Test
    void submittedThenRunningWithProgress(FxRobot robot) throws Exception {
        runner.setPaused(true);
        runner.start();
        robot.interact(() -> {
            view.viewModel().issue("scale-up-apiservers", "largest:2", Map.of());
            view.viewModel().issue("escalate", null, Map.of());
        });
        runner.awaitFrame(f -> f.pending().size() == 2, Duration.ofSeconds(10));
        WaitForAsyncUtils.waitForFxEvents();
        FxTestSupport.waitUntil(Duration.ofSeconds(5), () -> robot.lookup(".outcome-submitted").queryAll().size() == 2);

        int t = runner.latest().tick() + 120;
        runner.fastForwardTo(t);
        FxTestSupport.awaitTick(runner, t);
        FxTestSupport.waitUntil(Duration.ofSeconds(5), () -> robot.lookup(".outcome-running").queryAll().size() == 2);
        List<Node> bars = robot.lookup(".action-progress").queryAll().stream().filter(Node::isVisible).toList();
        assertEquals(2, bars.size());
        for (Node n : bars) {
            ProgressBar bar = (ProgressBar) n;
            assertTrue(bar.getHeight() >= 4, "the bar is laid out, " + bar.getHeight() + " px high");
            assertTrue(bar.getProgress() > 0 && bar.getProgress() < 1, "progress " + bar.getProgress());
        }
        Label title = robot.lookup(".action-row-title").queryAs(Label.class);
        assertTrue(title.getText().startsWith("Escalate") || title.getText().startsWith("Add API"), title.getText());
        runner.close();
    }
}
