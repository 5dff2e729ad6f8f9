package firedrill.app.drill;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import firedrill.app.fx.DataDir;
import firedrill.app.shell.FiredrillApp;
import firedrill.app.testing.TempDataDir;
import firedrill.engine.drill.DrillRecord;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The next start after an interrupted drill offers to resume it, and resuming brings back the clock,
 * the team's decisions and the facilitator's observations, paused, with the participant view open.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 60, unit = TimeUnit.SECONDS)
@TempDataDir.PerClass
class DrillResumeUiTest {
    private static DrillRecord interrupted;

    @BeforeAll
    static void interruptedDrill() throws Exception {
        Path data = DataDir.resolve(); // the class's temporary data dir, shared by its tests
        try (Drill d = Drill.start(DrillCrashChild.setup(), new DrillStore(data))) {
            DrillReportTest.at(d, "15:20");
            d.decide("Dana", DrillRecord.INCIDENT_COMMANDER, "status-update", null, Map.of());
            d.observe(DrillRecord.Tag.STRENGTH, DrillRecord.INCIDENT_COMMANDER, "Declared the incident at once");
            d.saveNow().get(10, TimeUnit.SECONDS);
        } // closed, not ended: the autosave stays, as after a crash
        interrupted = new DrillStore(data).interrupted().record();
        assertNotNull(interrupted);
    }

    @Start
    void start(Stage stage) {
        new FiredrillApp().start(stage);
        stage.setWidth(1280);
        stage.setHeight(800);
    }

    @Test
    void theNextStartOffersToResumeAndResumesWhereItStopped(FxRobot robot) throws Exception {
        // The app opened on the drill screen (the autosave is looked for in the background), with the
        // interrupted drill described.
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#resume-card").tryQuery()
                .map(javafx.scene.Node::isVisible).orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
        Parent card = (Parent) robot.lookup("#resume-card").query();
        assertTrue(card.isVisible());
        String what = robot.lookup("#interrupted-drill").queryAs(Label.class).getText();
        assertTrue(what.contains("15:20") && what.contains("1 decision") && what.contains("1 observation"), what);

        robot.interact(() -> robot.lookup("#resume-drill").queryButton().fire());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#facilitator-console").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents(); // the resumed console arrives from a worker: let it lay out
        Parent console = (Parent) robot.lookup("#facilitator-console").query();
        Drill d = (Drill) console.getProperties().get(FacilitatorConsoleView.DRILL_KEY);
        try {
            assertTrue(d.frame().paused(), "a resumed drill waits for the facilitator");
            assertEquals(interrupted.tick(), d.frame().tick());
            assertEquals(interrupted.digest(), DrillRecord.digestText(d.runner().checkpoint().get(10, TimeUnit.SECONDS).digest()));
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#decision-log").queryListView().getItems().size() == 1
                    && robot.lookup("#observation-list").queryListView().getItems().size() == 1);
            ListView<?> log = robot.lookup("#decision-log").queryListView();
            assertEquals("Dana", ((DrillViewModel.DecisionRow) log.getItems().get(0)).decision().by());
            ListView<?> obs = robot.lookup("#observation-list").queryListView();
            assertEquals("Declared the incident at once", ((DrillViewModel.ObservationRow) obs.getItems().get(0)).observation().text());
            assertTrue(robot.lookup("#participant-clock").tryQuery().isPresent(), "the participant view reopened");
            assertTrue(robot.lookup("#participant-clock").queryAs(Label.class).getText().startsWith("15:20:00"));
        } finally {
            robot.interact(() -> ((FacilitatorConsoleView) console.getProperties().get(FacilitatorConsoleView.VIEW_KEY)).dispose());
        }
    }
}
