package firedrill.app.practice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Issue 20: leaving a solo run that is still under way asks first; a finished run leaves freely. */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class LeaveRunningConsoleTest {
    private ConsoleView view;

    @Start
    void start(Stage stage) throws Exception {
        view = FxTestSupport.showConsole(stage, Difficulty.STANDARD);
    }

    @Test
    void leavingARunningExerciseAsksAndCancelStays(FxRobot robot) throws Exception {
        AtomicInteger asked = new AtomicInteger();
        int[] answer = {-1};
        view.setConfirm((owner, header, text, choices) -> {
            asked.incrementAndGet();
            assertTrue(text.contains("discards"), text);
            return answer[0];
        });
        robot.interact(() -> view.viewModel().runner().start());
        boolean[] left = new boolean[1];
        robot.interact(() -> left[0] = view.canLeave());
        assertFalse(left[0], "Cancel stays on the run");
        answer[0] = 0;
        robot.interact(() -> left[0] = view.canLeave());
        assertTrue(left[0], "Leave and discard");
        assertEquals(2, asked.get());
        // Once the run has ended it leaves for its debrief without asking.
        robot.interact(() -> view.viewModel().endExercise());
        view.viewModel().runner().awaitFrame(SimulationRunner.Frame::ended, java.time.Duration.ofSeconds(20));
        robot.interact(() -> {
            view.viewModel().pull();
            left[0] = view.canLeave();
        });
        assertTrue(left[0]);
        assertEquals(2, asked.get());
        robot.interact(() -> view.dispose());
    }
}
