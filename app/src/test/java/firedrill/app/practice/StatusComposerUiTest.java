package firedrill.app.practice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import firedrill.app.shell.FiredrillApp;
import firedrill.engine.model.ModelSpec;
import firedrill.engine.scenario.ActionSpec;
import firedrill.engine.scenario.ScenarioLoader;
import firedrill.engine.sim.Message;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Issue 21 through the UI: picking "Post a status page update" opens a composer; its words reach the channel. */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class StatusComposerUiTest {
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
    void aStatusUpdateIsWrittenThenPostedToTheChannel(FxRobot robot) throws Exception {
        SimulationRunner runner = FxTestSupport.openConsole(robot, "standard");
        robot.clickOn("#pause");
        int at = spec.tickOf("15:20");
        runner.fastForwardTo(at - 1);
        FxTestSupport.awaitTick(runner, at - 1);

        Node composer = robot.lookup("#status-composer").query();
        assertFalse(composer.isVisible(), "hidden until a status update is picked");
        ListView<ActionSpec> catalog = robot.lookup("#action-catalog").queryListView();
        ActionSpec status = spec.action("status-update");
        robot.interact(() -> catalog.scrollTo(status));
        robot.clickOn(status.title());
        FxTestSupport.waitUntil(Duration.ofSeconds(5), composer::isVisible);
        Button confirm = robot.lookup("#confirm-action").queryButton();
        assertTrue(confirm.isDisabled(), "nothing written yet");

        // The composer sits in the panel's scrolling details; fill it the way the controls would be filled.
        robot.interact(() -> {
            robot.lookup("#status-product-api").queryAs(CheckBox.class).setSelected(true);
            robot.lookup("#status-impact").queryAs(TextField.class).setText("most API requests fail");
            robot.lookup("#status-doing").queryAs(TextField.class).setText("we are shedding load");
        });
        Label preview = robot.lookup("#status-preview").queryAs(Label.class);
        Label error = robot.lookup("#action-error").queryAs(Label.class);
        FxTestSupport.waitUntil(Duration.ofSeconds(5), () -> !confirm.isDisabled());
        assertFalse(error.isVisible(), error.getText());
        String text = preview.getText();
        assertTrue(text.startsWith("Investigating: API — most API requests fail. We are shedding load. Next update by "),
                text);
        robot.clickOn("#confirm-action");

        int later = spec.tickOf("15:30");
        runner.fastForwardTo(later);
        FxTestSupport.awaitTick(runner, later);
        Message posted = runner.latest().snapshot().messages().stream().filter(m -> "status".equals(m.kind()))
                .findFirst().orElseThrow(() -> new AssertionError("no status text in the channel"));
        assertEquals(text, posted.text());
        FxTestSupport.waitUntil(Duration.ofSeconds(10), () -> robot.lookup(".msg-status").tryQuery().isPresent());
    }

    @Test
    void restartingCoreDnsSaysItNeedsTheApi(FxRobot robot) {
        FxTestSupport.openConsole(robot, "standard");
        robot.clickOn("#pause");
        ListView<ActionSpec> catalog = robot.lookup("#action-catalog").queryListView();
        ActionSpec dns = spec.action("restart-coredns");
        robot.interact(() -> catalog.scrollTo(dns));
        robot.clickOn(dns.title());
        Label needs = robot.lookup("#action-needs").queryAs(Label.class);
        assertTrue(needs.getText().startsWith("Needs the Kubernetes API"), needs.getText());
    }
}
