package firedrill.app.practice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import firedrill.app.debrief.FinishedRun;
import firedrill.app.practice.ActionPanelViewModel.TargetKind;
import firedrill.app.shell.FiredrillApp;
import firedrill.engine.model.Targets;
import firedrill.engine.model.ModelSpec;
import firedrill.engine.scenario.ActionSpec;
import firedrill.engine.scenario.Playbook;
import firedrill.engine.scenario.Scenario;
import firedrill.engine.scenario.ScenarioLoader;
import firedrill.engine.score.RunOutcome;
import firedrill.engine.command.Command;
import firedrill.engine.sim.Playbooks;
import firedrill.engine.sim.Simulation;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Acceptance: the 11 Dec scenario played through the UI only. Library → briefing → console; the
 * reference playbook's actions are issued through the action panel's controls at their times (the
 * clock is paused with the pause button and moved with the runner's fast-forward hook); the results
 * screen's API full recovery must equal the engine's RunOutcome for the same seed and command log.
 */
@ExtendWith(ApplicationExtension.class)
class PracticeEndToEndTest {
    private Stage stage;
    private Parent root;
    private ListView<ActionSpec> catalog;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        new FiredrillApp().start(stage);
        stage.setWidth(1280);
        stage.setHeight(800);
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void playsTheReferencePlaybookThroughTheUiAndShowsTheEnginesRecoveryTime(FxRobot robot) throws Exception {
        Scenario scenario = ScenarioLoader.loadShipped(FxTestSupport.SCENARIO);
        ModelSpec spec = new ModelSpec(scenario);
        List<Playbook.Step> steps = playbook(scenario);

        SimulationRunner runner = FxTestSupport.openConsole(robot, "standard");
        robot.clickOn("#pause");
        robot.clickOn("#speed-300");
        assertTrue(runner.awaitFrame(SimulationRunner.Frame::paused, Duration.ofSeconds(10)).paused());

        Parent root = stage.getScene().getRoot();
        catalog = robot.lookup("#action-catalog").queryListView();
        this.root = root;
        boolean acked = false;
        int issued = 0;
        boolean usedHeatmap = false;
        for (int i = 0; i < steps.size(); i++) {
            Playbook.Step step = steps.get(i);
            int tick = spec.tickOf(step.at());
            runner.fastForwardTo(tick - 1);
            SimulationRunner.Frame f = FxTestSupport.awaitTick(runner, tick - 1);
            if (f.ended()) {
                break;
            }
            assertEquals(tick - 1, f.tick(), "held just before " + step.at());
            if (!acked && f.alerted()) {
                robot.clickOn("#clock"); // focus away from any text field, then acknowledge the oldest page
                robot.type(KeyCode.A);
                acked = true;
            }
            ActionSpec a = scenario.action(step.action());
            if (i == 0) {
                // The palette: Ctrl+K, type, Enter.
                robot.press(KeyCode.CONTROL, KeyCode.K).release(KeyCode.K, KeyCode.CONTROL);
                robot.write(a.title().substring(0, 8));
                robot.type(KeyCode.ENTER);
                assertEquals(step.action(), catalog.getSelectionModel().getSelectedItem().id());
            } else {
                robot.interact(() -> catalog.getSelectionModel().select(a));
            }
            if (!usedHeatmap && step.target() != null && step.target().startsWith("cluster:")
                    && step.target().split(",").length > 1) {
                selectOnHeatmap(robot, spec, step.target());
                usedHeatmap = true;
            } else {
                robot.interact(() -> {
                    setTarget(a, step.target());
                    setParams(step.params());
                });
            }
            if (step.text() != null) {
                // A status update is written, not pressed: the step's words go into the composer.
                robot.interact(() -> ((javafx.scene.control.TextField) root.lookup("#status-impact")).setText(step.text()));
            }
            if (i < 5 || i % 10 == 0) {
                robot.clickOn("#confirm-action");
            } else {
                // Same button, activated without moving the mouse (keeps the test well under a minute).
                Button confirm = (Button) root.lookup("#confirm-action");
                robot.interact(confirm::fire);
            }
            // Fleet-wide actions list their targets and ask once more.
            javafx.scene.Node ask = root.lookup("#fleet-confirmation");
            if (ask != null && ask.isVisible()) {
                robot.interact(((Button) root.lookup("#confirm-fleet-action"))::fire);
            }
            issued++;
            int expected = pendingActionsAt(steps, i, spec);
            runner.awaitFrame(x -> x.pending().stream().filter(c -> Command.ACTION.equals(c.type())).count() >= expected,
                    Duration.ofSeconds(10));
        }
        assertTrue(issued > 0, "the playbook has steps");

        // Let the incident play out: the runner ends it when every service has recovered (or at the horizon).
        runner.fastForwardTo(spec.horizonTick());
        FxTestSupport.waitUntil(Duration.ofSeconds(60), () -> robot.lookup("#full-recovery-api").tryQuery().isPresent());
        String shown = robot.lookup("#full-recovery-api").queryAs(Label.class).getText();

        FinishedRun run = runner.finished().get(10, TimeUnit.SECONDS);
        List<Command> log = run.sim().log();
        Simulation headless = Playbooks.run(spec, 1, log, spec.horizonTick());
        int expected = RunOutcome.of(headless).service("api").fullRecovery();
        assertEquals(expected < 0 ? "never" : spec.timeOf(expected), shown);

        // The UI issued exactly the playbook's actions, at the playbook's ticks.
        List<Command> actions = log.stream().filter(c -> Command.ACTION.equals(c.type())).toList();
        assertEquals(issued, actions.size());
        for (int i = 0; i < actions.size(); i++) {
            Playbook.Step step = steps.get(i);
            Command c = actions.get(i);
            assertEquals(spec.tickOf(step.at()), c.tick(), "tick of step " + i);
            assertEquals(step.action(), c.action());
            ActionSpec a = scenario.action(step.action());
            if (c.target() != null || step.target() != null) {
                String want = step.target() == null ? a.defaultTarget() : step.target();
                if (c.target() != null && want != null) {
                    // The same clusters; a fleet selection lists them in fleet order, which only changes the work order.
                    assertTrue(Arrays.equals(Targets.resolveAscending(want, spec.layout()),
                                    Targets.resolveAscending(c.target(), spec.layout())),
                            "target of step " + i + ": " + want + " vs " + c.target());
                }
            }
            assertEquals(withDefaults(a, step.params()), withDefaults(a, c.params()), "params of step " + i);
        }
        assertTrue(log.stream().anyMatch(c -> Command.ACK.equals(c.type())), "the A key acknowledged an alert");
    }

    /** The reference playbook in time order (ties keep file order). */
    private static List<Playbook.Step> playbook(Scenario scenario) {
        Playbook pb = scenario.referencePlaybook();
        assertNotNull(pb, "the scenario ships a reference playbook");
        List<Playbook.Step> steps = new ArrayList<>(pb.actions());
        steps.sort((a, b) -> a.at().compareTo(b.at()));
        return steps;
    }

    private static int pendingActionsAt(List<Playbook.Step> steps, int i, ModelSpec spec) {
        int tick = spec.tickOf(steps.get(i).at());
        int n = 0;
        for (int j = 0; j <= i; j++) {
            if (spec.tickOf(steps.get(j).at()) == tick) {
                n++;
            }
        }
        return n;
    }

    /** Ctrl-clicks each target cluster's cell in the fleet view. */
    private static void selectOnHeatmap(FxRobot robot, ModelSpec spec, String target) {
        FleetHeatmap heatmap = robot.lookup("#fleet-heatmap").queryAs(FleetHeatmap.class);
        robot.clickOn("#clear-selection");
        for (String id : target.substring("cluster:".length()).split(",")) {
            int c = spec.layout().indexOf(id.trim());
            Point2D p = heatmap.localToScreen(heatmap.cellCenter(c));
            robot.press(KeyCode.CONTROL);
            robot.clickOn(p);
            robot.release(KeyCode.CONTROL);
        }
        ComboBox<TargetKind> kind = robot.lookup("#target-kind").queryComboBox();
        // The scope is the trainee's explicit choice: the selection fills "Selected clusters" only.
        robot.interact(() -> kind.setValue(TargetKind.SELECTION));
        TextField ids = robot.lookup("#target-clusters").queryAs(TextField.class);
        assertEquals(Arrays.stream(Targets.resolveAscending(target, spec.layout())).boxed().toList(),
                Arrays.stream(Targets.resolveAscending("cluster:" + ids.getText(), spec.layout())).boxed().toList());
    }

    /** Sets the target controls like a trainee would (on the FX thread). */
    @SuppressWarnings("unchecked")
    private void setTarget(ActionSpec a, String target) {
        String sel = target == null ? a.defaultTarget() : target;
        if (sel == null) {
            return; // not cluster-scoped: the panel hides the target
        }
        ComboBox<TargetKind> kind = (ComboBox<TargetKind>) root.lookup("#target-kind");
        if (sel.equals("all")) {
            kind.setValue(TargetKind.ALL);
        } else if (sel.startsWith("cluster:")) {
            kind.setValue(TargetKind.SELECTION);
            ((TextField) root.lookup("#target-clusters")).setText(sel.substring("cluster:".length()));
        } else if (sel.startsWith("largest:")) {
            kind.setValue(TargetKind.LARGEST);
            ((Spinner<Integer>) root.lookup("#target-largest")).getValueFactory()
                    .setValue(Integer.parseInt(sel.substring("largest:".length())));
        } else if (sel.startsWith("region:")) {
            kind.setValue(TargetKind.REGION);
            ((ComboBox<String>) root.lookup("#target-region")).setValue(sel.substring("region:".length()));
        } else if (sel.startsWith("service:")) {
            kind.setValue(TargetKind.SERVICE);
            ((ComboBox<String>) root.lookup("#target-service")).setValue(sel.substring("service:".length()));
        }
    }

    @SuppressWarnings("unchecked")
    private void setParams(Map<String, Double> params) {
        for (Map.Entry<String, Double> e : params.entrySet()) {
            ((Spinner<Double>) root.lookup("#param-" + e.getKey())).getValueFactory().setValue(e.getValue());
        }
    }

    private static Map<String, Double> withDefaults(ActionSpec a, Map<String, Double> given) {
        Map<String, Double> m = new LinkedHashMap<>();
        a.params().forEach((k, p) -> m.put(k, p.defaultValue()));
        m.putAll(given);
        return m;
    }
}
