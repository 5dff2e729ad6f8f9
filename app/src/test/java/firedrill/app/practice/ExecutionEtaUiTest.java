package firedrill.app.practice;

import static org.junit.jupiter.api.Assertions.assertTrue;

import firedrill.engine.scenario.ActionSpec;
import java.time.Duration;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The action panel shows the engine's estimate before issuing; the in-flight card shows n/N done. */
@ExtendWith(ApplicationExtension.class)
class ExecutionEtaUiTest {
    private SimulationRunner runner;
    private ConsoleView view;

    @Start
    void start(Stage stage) throws Exception {
        view = FxTestSupport.showConsole(stage, Difficulty.STANDARD, Speed.X300);
        runner = view.viewModel().runner();
    }

    @Test
    @SuppressWarnings("unchecked")
    void fleetWideActionShowsItsEstimateAndTheCardCountsDoneTargets(FxRobot robot) throws Exception {
        runner.setPaused(true);
        runner.start();
        ListView<ActionSpec> catalog = robot.lookup("#action-catalog").queryListView();
        robot.interact(() -> {
            ActionSpec block = catalog.getItems().stream().filter(a -> a.id().equals("block-admin-api")).findFirst()
                    .orElseThrow();
            catalog.getSelectionModel().select(block);
            ComboBox<ActionPanelViewModel.TargetKind> kind = robot.lookup("#target-kind").queryComboBox();
            kind.setValue(ActionPanelViewModel.TargetKind.ALL);
        });
        WaitForAsyncUtils.waitForFxEvents();
        Label eta = robot.lookup("#action-eta").queryAs(Label.class);
        String automated = eta.getText();
        assertTrue(eta.isVisible(), "the estimate is shown");
        // Issued at 14:20:01: 4 min to prepare the rule, 1 min to propagate to all 297 clusters.
        assertTrue(automated.matches("takes effect ~14:25, holds 1 responder until 14:24.*"), automated);

        robot.interact(() -> {
            ComboBox<String> mode = robot.lookup("#action-mode").queryComboBox();
            mode.setValue("manual");
        });
        WaitForAsyncUtils.waitForFxEvents();
        String manual = eta.getText();
        // By hand: 5 min for the first cluster, 2 min for each of the other 296 (about ten hours).
        assertTrue(manual.matches("first effect ~14:25, last ~00:17\\+1, holds 1 responder until 00:17\\+1.*"), manual);

        robot.interact(() -> {
            ComboBox<ActionPanelViewModel.TargetKind> kind = robot.lookup("#target-kind").queryComboBox();
            kind.setValue(ActionPanelViewModel.TargetKind.LARGEST);
        });
        robot.interact(() -> robot.lookup("#confirm-action").queryButton().fire());
        // By hand: the first cluster after 5 min (±15%), then one every 2 min: some but not all done at 8 min.
        int t = runner.latest().tick() + 8 * 60;
        runner.fastForwardTo(t);
        FxTestSupport.awaitTick(runner, t);
        FxTestSupport.waitUntil(Duration.ofSeconds(5), () -> robot.lookup(".action-row-meta").queryAll().stream()
                .anyMatch(n -> ((Label) n).getText().matches(".*\\b[1-4]/5 done.*")));
        runner.close();
    }
}
