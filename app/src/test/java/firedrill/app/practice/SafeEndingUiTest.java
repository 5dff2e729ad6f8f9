package firedrill.app.practice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import firedrill.app.debrief.FinishedRun;
import firedrill.app.debrief.HistoryView;
import firedrill.app.shell.FiredrillApp;
import firedrill.engine.command.Command;
import firedrill.engine.model.ModelSpec;
import firedrill.engine.scenario.Scenario;
import firedrill.engine.scenario.ScenarioLoader;
import firedrill.engine.sim.Playbooks;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Issue #21: a run that ends itself (15 stable minutes) warns first, Space during the warning pauses
 * and never navigates, the results screen shows, and History lists the attempt as soon as it is read.
 */
@ExtendWith(ApplicationExtension.class)
class SafeEndingUiTest {
    @Start
    void start(Stage stage) {
        new FiredrillApp().start(stage);
        stage.setWidth(1280);
        stage.setHeight(800);
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void aRunThatEndsItselfWarnsThenShowsResultsAndTheAttemptInHistory(FxRobot robot) throws Exception {
        Scenario scenario = ScenarioLoader.loadShipped(FxTestSupport.SCENARIO);
        ModelSpec spec = new ModelSpec(scenario);
        SimulationRunner runner = FxTestSupport.openConsole(robot, "standard");
        Node box = robot.lookup("#ending-box").query();
        ConsoleViewModel vm = (ConsoleViewModel) robot.lookup("#console").query().getProperties()
                .get(ConsoleView.VIEW_MODEL_KEY);
        assertFalse(box.isVisible(), "no ending under way at the start");

        // The reference playbook, each command submitted while the clock is held just before its tick;
        // in between the clock moves at most two minutes at a time, until the countdown shows.
        List<Command> commands = new ArrayList<>(Playbooks.commands(scenario.referencePlaybook(), spec, "trainee"));
        int t = runner.latest().tick();
        while (!box.isVisible()) {
            while (!commands.isEmpty() && commands.get(0).tick() <= t + 1) {
                runner.submit(commands.remove(0));
            }
            int next = t + 120;
            if (!commands.isEmpty()) {
                next = Math.min(next, commands.get(0).tick() - 1);
            }
            t = Math.max(t + 1, next);
            assertTrue(t < spec.horizonTick(), "the reference playbook recovers before the horizon");
            runner.fastForwardTo(t);
            SimulationRunner.Frame f = FxTestSupport.awaitTick(runner, t);
            assertFalse(f.ended(), "the run never ends without the countdown having shown");
            int shown = f.tick();
            FxTestSupport.waitUntil(Duration.ofSeconds(10), () -> vm.tickProperty().get() >= shown);
        }
        String text = robot.lookup("#ending-notice").queryAs(Label.class).getText();
        assertTrue(text.startsWith("ends in ") && text.endsWith(" min"), text);

        // Space during the notice resumes/pauses the clock; it never navigates.
        robot.clickOn("#clock");
        robot.type(KeyCode.SPACE);
        runner.awaitFrame(x -> !x.paused() || x.ended(), Duration.ofSeconds(10));
        robot.type(KeyCode.SPACE);
        SimulationRunner.Frame paused = runner.awaitFrame(x -> x.paused() || x.ended(), Duration.ofSeconds(10));
        assertTrue(robot.lookup("#console").tryQuery().isPresent(), "still on the console");
        assertFalse(robot.lookup("#history").tryQuery().isPresent(), "Space never opens History");
        assertTrue(paused.paused());

        // Let it end itself.
        runner.fastForwardTo(spec.horizonTick());
        FinishedRun run = runner.finished().get(60, TimeUnit.SECONDS);
        assertEquals(SimulationRunner.EndReason.RECOVERED.label(), run.endReason());
        FxTestSupport.waitUntil(Duration.ofSeconds(60), () -> robot.lookup("#full-recovery-api").tryQuery().isPresent());
        for (int i = 0; i < 3; i++) {
            robot.type(KeyCode.SPACE);
            robot.type(KeyCode.ENTER);
        }
        assertTrue(robot.lookup("#full-recovery-api").tryQuery().isPresent(), "Results stay shown");
        assertFalse(robot.lookup("#history").tryQuery().isPresent(), "keys never navigate to History");

        robot.clickOn("#app-history");
        FxTestSupport.waitUntil(Duration.ofSeconds(30), () -> robot.lookup("#history-list").tryQuery().isPresent());
        ListView<HistoryView.Item> list = robot.lookup("#history-list").queryListView();
        FxTestSupport.waitUntil(Duration.ofSeconds(30), () -> !list.getItems().isEmpty()
                || list.getPlaceholder() instanceof Label l && l.getText().startsWith("No saved"));
        assertTrue(list.getItems().stream().anyMatch(i -> i instanceof HistoryView.Attempt),
                "the attempt just played is listed at once");
    }
}
