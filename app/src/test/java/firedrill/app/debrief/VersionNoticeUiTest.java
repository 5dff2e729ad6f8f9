package firedrill.app.debrief;

import static org.junit.jupiter.api.Assertions.assertTrue;

import firedrill.app.fx.Navigator;
import firedrill.app.fx.Screen;
import firedrill.app.session.SessionStore;
import firedrill.app.session.Sessions;
import firedrill.app.shell.MainWindow;
import firedrill.engine.scenario.Scenario;
import firedrill.engine.session.SessionRecord;
import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Opening a saved attempt recorded before model versions: the debrief says so, with both outcomes. */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class VersionNoticeUiTest {
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        SessionStore store = new SessionStore(Files.createTempDirectory("firedrill-versions-ui-"));
        FinishedRun run = DebriefFixtures.finishedRun();
        SessionRecord now = Sessions.of(run.sim(), null, "Standard", 0, List.of(), false);
        // As written before records carried versions.
        store.save(new SessionRecord(now.format(), now.scenario(), now.scenarioHash(), now.seed(), now.difficulty(),
                now.mode(), now.startedTick(), now.endedTick(), now.savedAt(), now.commands(), now.outcome(), null,
                now.notes()));
        Debriefs debriefs = new Debriefs(store, firedrill.app.fx.TaskExecutor.sameThread());
        window = new MainWindow();
        Navigator nav = new Navigator() {
            @Override
            public void home() {}

            @Override
            public void briefing(Scenario scenario) {}

            @Override
            public void show(Screen screen) {
                window.show(screen);
            }
        };
        stage.setScene(new Scene(window.root(), 1280, 800));
        window.show(debriefs.history(nav));
        stage.show();
    }

    @Test
    void theDebriefOfAnOldAttemptShowsTheRecordedAndTheReSimulatedOutcome(FxRobot robot) throws Exception {
        robot.interact(() -> robot.lookup("#open-attempt-" + DebriefFixtures.SCENARIO + "-1").queryButton().fire());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#debrief-versions").tryQuery()
                .map(n -> !((Label) n).getText().isEmpty()).orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
        Label notice = robot.lookup("#debrief-versions").queryAs(Label.class);
        assertTrue(notice.isVisible());
        assertTrue(notice.getText().startsWith("This session was recorded before Firedrill wrote model versions"),
                notice.getText());
        assertTrue(notice.getText().contains("Recorded outcome: no grade, "), notice.getText());
        assertTrue(notice.getText().contains("Re-simulated outcome: grade "), notice.getText());
    }
}
