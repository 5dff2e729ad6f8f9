package firedrill.app.drill;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import firedrill.app.shell.FiredrillApp;
import firedrill.engine.drill.DrillRecord;
import firedrill.engine.model.ModelSpec;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 20, facilitator safety: End drill and leaving a drill ask first; a decision can be undone
 * (withdrawn before it applies); the inject box and the cluster selection keep their state across a
 * jump; the decision form's messages name the ground-truth table; and the jump banner clears on Resume.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class FacilitatorSafetyUiTest {
    private Stage stage;
    private FiredrillApp app;
    private Drill drill;
    private FacilitatorConsoleView console;
    private Parent facilitator;
    private ModelSpec spec;
    private final AtomicInteger asked = new AtomicInteger();
    private volatile int answer = -1;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        app = new FiredrillApp();
        app.start(stage);
        stage.setWidth(1280);
        stage.setHeight(800);
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> {
            if (console != null) {
                console.dispose();
            }
        });
    }

    private void openDrill(FxRobot robot) throws Exception {
        robot.interact(() -> robot.lookup("#open-drill").queryButton().fire());
        robot.interact(() -> {
            robot.lookup("#person-name-0").queryAs(TextInputControl.class).setText("Dana");
            robot.lookup("#person-name-1").queryAs(TextInputControl.class).setText("Lee");
            robot.lookup("#start-drill").queryButton().fire();
        });
        waitUntil(() -> robot.lookup("#facilitator-console").tryQuery().isPresent());
        facilitator = (Parent) robot.lookup("#facilitator-console").query();
        drill = (Drill) facilitator.getProperties().get(FacilitatorConsoleView.DRILL_KEY);
        console = (FacilitatorConsoleView) facilitator.getProperties().get(FacilitatorConsoleView.VIEW_KEY);
        spec = drill.spec();
        console.setConfirm((owner, header, text, choices) -> {
            asked.incrementAndGet();
            return answer;
        });
        assertNotNull(drill);
    }

    private void at(String time) throws InterruptedException {
        DrillReportTest.at(drill, time);
        WaitForAsyncUtils.waitForFxEvents();
        FxWaitPulses.pulses(3);
    }

    private static void waitUntil(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (TimeoutException e) {
            throw new AssertionError("condition not met within 20 s", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void endingAndLeavingAskFirst(FxRobot robot) throws Exception {
        openDrill(robot);
        at("15:20");
        answer = -1;
        robot.interact(() -> ((Button) facilitator.lookup("#drill-end")).fire());
        assertEquals(1, asked.get(), "End drill asks");
        assertFalse(drill.isEnded(), "and Cancel keeps the drill going");

        // Leaving for the editor asks too; Cancel stays on the drill, the participant view stays open.
        boolean[] left = new boolean[1];
        robot.interact(() -> left[0] = console.canLeave());
        assertFalse(left[0]);
        assertEquals(2, asked.get());
        assertTrue(console.participant().isShowing());
        // "Keep it and leave": the drill stays saved (running) for a resume, not ended.
        answer = 0;
        robot.interact(() -> app.navigator().author());
        waitUntil(() -> robot.lookup("#facilitator-console").tryQuery().isEmpty());
        assertEquals(3, asked.get());
        assertFalse(console.participant().isShowing(), "the participant window closed with the console");
        DrillStore.Interrupted kept = new DrillStore(firedrill.app.fx.DataDir.resolve()).interrupted();
        assertNotNull(kept, "kept to resume later");
        assertTrue(kept.record().running());
        console = null; // disposed by the navigation
    }

    @Test
    void endDrillEndsWhenConfirmed(FxRobot robot) throws Exception {
        openDrill(robot);
        at("15:19");
        answer = 0;
        robot.interact(() -> ((Button) facilitator.lookup("#drill-end")).fire());
        DrillRecord r = drill.ended().get(30, TimeUnit.SECONDS);
        assertEquals(DrillRecord.ENDED, r.status());
        assertEquals(spec.clockOf(r.tick()), r.endedAtDrillClock());
    }

    @Test
    void aDecisionIsWithdrawnBeforeItAppliesAndFormsKeepTheirStateAcrossAJump(FxRobot robot) throws Exception {
        openDrill(robot);
        at("15:22");
        // Select two clusters in the ground-truth table: they become the target of the next decision.
        TableView<?> truth = (TableView<?>) facilitator.lookup("#truth-table");
        waitUntil(() -> truth.getItems().size() >= 2); // the truth refresh is throttled to a few a second
        robot.interact(() -> {
            truth.getSelectionModel().select(0);
            truth.getSelectionModel().select(1);
        });
        List<String> selected = List.copyOf(console.viewModel().observed().selectedClusters());
        assertEquals(2, selected.size());
        robot.interact(() -> console.viewModel().actions().selectedProperty().set(spec.action("block-admin-api")));
        assertEquals("", console.viewModel().actions().errorProperty().get());
        // Typed, not sent yet.
        TextInputControl inject = (TextInputControl) facilitator.lookup("#inject-text");
        robot.interact(() -> inject.setText("Draft: the CEO wants an update"));

        robot.interact(() -> ((Button) facilitator.lookup("#drill-jump")).fire());
        Label notice = (Label) facilitator.lookup("#drill-notice");
        assertTrue(notice.getText().startsWith("Jumping to") || notice.getText().startsWith("Holding at"), notice.getText());
        int next = drill.events().stream().filter(e -> e.tick() > spec.tickOf("15:22")).findFirst().orElseThrow().tick();
        drill.runner().awaitFrame(f -> f.tick() >= next && f.paused(), Duration.ofSeconds(30));
        FxWaitPulses.pulses(20); // the truth table refreshes its rows, the library its ✓ marks
        assertEquals("Draft: the CEO wants an update", inject.getText(), "the inject box keeps what was typed");
        assertEquals(selected, List.copyOf(console.viewModel().observed().selectedClusters()), "the selection stays");
        assertEquals("", console.viewModel().actions().errorProperty().get(), "no red 'select clusters' message");
        assertTrue(notice.getText().startsWith("Holding at"), notice.getText());
        robot.interact(() -> ((Button) facilitator.lookup("#drill-pause")).fire()); // Resume
        assertEquals("", notice.getText(), "the jump banner clears on Resume");
        robot.interact(() -> ((Button) facilitator.lookup("#drill-pause")).fire()); // Pause again
        drill.runner().awaitFrame(f -> f.paused(), Duration.ofSeconds(10));
        FxWaitPulses.pulses(3);

        // Record the decision (paused: it waits for the clock), then undo it before it applies.
        robot.interact(() -> ((Button) facilitator.lookup("#confirm-action")).fire());
        assertEquals("", console.viewModel().actions().errorProperty().get(), "no error right after a Record");
        ListView<?> log = (ListView<?>) facilitator.lookup("#decision-log");
        DrillViewModel.DecisionRow row = (DrillViewModel.DecisionRow) log.getItems().get(0);
        assertEquals("pending", row.state());
        Drill.Undo[] undone = new Drill.Undo[1];
        robot.interact(() -> undone[0] = console.viewModel().undoDecision(row, null));
        assertEquals(Drill.Undo.WITHDRAWN, undone[0]);
        assertTrue(drill.decisions().isEmpty());
        assertEquals(1, drill.withdrawn().size());
        assertTrue(notice.getText().contains("never saw it"), notice.getText());
        // Sending clears the box and the pick; a later jump does not refill it with an earlier message.
        robot.interact(() -> ((Button) facilitator.lookup("#send-inject")).fire());
        assertEquals("", inject.getText());
        int now = drill.frame().tick();
        robot.interact(() -> ((Button) facilitator.lookup("#drill-jump")).fire());
        int after = drill.events().stream().filter(e -> e.tick() > now).findFirst().orElseThrow().tick();
        drill.runner().awaitFrame(f -> f.tick() >= after && f.paused(), Duration.ofSeconds(30));
        FxWaitPulses.pulses(10);
        assertEquals("", inject.getText(), "nothing is queued up to be sent twice");
        // The withdrawn decision never reached the simulation.
        assertTrue(drill.frame().snapshot().actions().stream().noneMatch(a -> "block-admin-api".equals(a.action())));
        // The form's message names the control the facilitator actually uses.
        robot.interact(() -> {
            console.viewModel().observed().setSelection(List.of());
            console.viewModel().actions().targetKindProperty().set(firedrill.app.practice.ActionPanelViewModel.TargetKind.SELECTION);
        });
        assertTrue(console.viewModel().actions().errorProperty().get().contains("ground-truth table"));
    }
}
