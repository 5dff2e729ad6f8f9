package firedrill.app.practice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import firedrill.app.shell.FiredrillApp;
import firedrill.engine.model.ModelSpec;
import firedrill.engine.scenario.ActionSpec;
import firedrill.engine.scenario.ScenarioLoader;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The console's rules, seen through the UI: pressure mode's clock, and a failed action's reason (in
 * its row, the channel and a pop-up notice).
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class ConsoleModesTest {
    static ModelSpec spec;

    @BeforeAll
    static void setUp() throws Exception {
        spec = new ModelSpec(ScenarioLoader.loadShipped(FxTestSupport.SCENARIO));
    }

    @Start
    void start(Stage stage) {
        new FiredrillApp().start(stage);
        stage.setWidth(1280);
        stage.setHeight(800);
    }

    @Test
    void pressureModeRefusesToPauseAndSaysWhy(FxRobot robot) throws Exception {
        SimulationRunner runner = FxTestSupport.openConsole(robot, "pressure");
        robot.clickOn("#pause");
        Label notice = robot.lookup("#notice").queryAs(Label.class);
        FxTestSupport.waitUntil(Duration.ofSeconds(5), notice::isVisible);
        assertEquals("Pressure mode: a real incident does not pause.", notice.getText());
        robot.type(KeyCode.SPACE);
        // sync: whatever the button and the key asked of the runner has been applied by now.
        assertFalse(runner.sync().get(10, TimeUnit.SECONDS).paused(), "neither the button nor Space pauses");

        // Quiet minutes may be skipped; after the first alert the clock is held at real time.
        robot.clickOn("#skip");
        runner.awaitFrame(f -> f.alerted() && f.speed() == Speed.X1, Duration.ofSeconds(30));
        FxTestSupport.waitUntil(Duration.ofSeconds(5),
                () -> robot.lookup("#speed-300").queryAs(ToggleButton.class).isDisabled());
        assertTrue(robot.lookup("#speed-1").queryAs(ToggleButton.class).isSelected());
        robot.type(KeyCode.DIGIT4);
        assertEquals(Speed.X1, runner.sync().get(10, TimeUnit.SECONDS).speed(), "the 4 key cannot speed it up either");
    }

    @Test
    void aFailedActionShowsItsReason(FxRobot robot) throws Exception {
        SimulationRunner runner = FxTestSupport.openConsole(robot, "standard");
        robot.clickOn("#pause");
        int at = spec.tickOf("15:20");
        runner.fastForwardTo(at - 1);
        FxTestSupport.awaitTick(runner, at - 1);

        ListView<ActionSpec> catalog = robot.lookup("#action-catalog").queryListView();
        ActionSpec rollback = spec.action("rollback-telemetry");
        robot.interact(() -> catalog.scrollTo(rollback));
        robot.clickOn(rollback.title());
        assertEquals(rollback, catalog.getSelectionModel().getSelectedItem());
        Label needs = robot.lookup("#action-needs").queryAs(Label.class);
        assertTrue(needs.getText().startsWith("Needs the Kubernetes API"), needs.getText());
        // Pop-up notices (ControlsFX) are collected as their windows open: they fade after seconds.
        List<String> notices = new CopyOnWriteArrayList<>();
        ListChangeListener<Window> popups = c -> {
            while (c.next()) {
                for (Window w : c.getAddedSubList()) {
                    if (w.getScene() != null) {
                        w.getScene().getRoot().lookupAll(".notification-bar").forEach(bar -> notices.add(
                                String.join(" ", bar.getStyleClass()) + " | " + ((Label) bar.lookup(".title")).getText()));
                    }
                }
            }
        };
        robot.interact(() -> Window.getWindows().addListener(popups));
        robot.clickOn("#confirm-action");
        // A fleet-wide action lists the resolved targets and asks before anything is issued (issue #21).
        Label ask = robot.lookup("#fleet-confirmation-text").queryAs(Label.class);
        assertTrue(ask.isVisible(), "fleet-wide actions ask first");
        int clusters = spec.layout().clusters();
        assertTrue(ask.getText().contains(rollback.title() + " on " + clusters + " clusters (all)"), ask.getText());
        assertTrue(ask.getText().contains(spec.layout().id(spec.layout().largest(0))), ask.getText());
        assertTrue(runner.latest().pending().isEmpty(), "nothing issued before confirming");
        // Fired rather than clicked: a pop-up notice can sit over the panel's bottom corner.
        robot.interact(() -> robot.lookup("#confirm-fleet-action").queryButton().fire());
        FxTestSupport.waitUntil(Duration.ofSeconds(10), () -> !runner.latest().pending().isEmpty()
                || !runner.latest().snapshot().actions().isEmpty());

        runner.fastForwardTo(spec.tickOf("15:35"));
        FxTestSupport.awaitTick(runner, spec.tickOf("15:35"));

        FxTestSupport.waitUntil(Duration.ofSeconds(10), () -> robot.lookup(".action-reason").queryAll().stream()
                .anyMatch(n -> n.isVisible() && ((Label) n).getText().contains("Kubernetes API unreachable")));
        Label reason = (Label) robot.lookup(".action-reason").queryAll().stream()
                .filter(n -> n.isVisible() && ((Label) n).getText().contains("Kubernetes API unreachable"))
                .findFirst().orElseThrow();
        assertTrue(reason.getText().contains("timed out"), reason.getText());
        assertTrue(robot.lookup(".outcome-failed").tryQuery().isPresent(), "the row says failed");
        assertTrue(robot.lookup(".msg-bad").tryQuery().isPresent(), "and the incident channel reports it");
        try {
            FxTestSupport.waitUntil(Duration.ofSeconds(10), () -> notices.stream().anyMatch(t -> t.contains("notice-bad")
                    && t.endsWith(rollback.title() + " failed")));
        } catch (AssertionError e) {
            throw new AssertionError("notices: " + notices, e);
        }
        robot.interact(() -> Window.getWindows().removeListener(popups));
        assertTrue(notices.stream().noneMatch(t -> t.contains(rollback.title() + " succeeded")), notices::toString);
        Button end = robot.lookup("#end-exercise").queryButton();
        assertFalse(end.isDisabled());
    }
}
