package firedrill.app.practice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A stuck engine never freezes the console: while a step hook holds the runner thread, clicks are
 * handled, the FX thread answers and the console keeps rendering frames; what was asked for applies
 * once the engine comes back. (How fast it renders is measured by {@code ui-bench}, not here.)
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ConsoleResponsivenessTest {
    private final CountDownLatch release = new CountDownLatch(1);
    private SimulationRunner runner;
    private ConsoleView view;

    @Start
    void start(Stage stage) throws Exception {
        view = FxTestSupport.showConsole(stage, Difficulty.STANDARD, Speed.X300);
        runner = view.viewModel().runner();
        runner.start();
    }

    @AfterEach
    void stop() {
        release.countDown();
        runner.close();
    }

    @Test
    void theUiKeepsRenderingAndRespondingWhileTheEngineIsStuck(FxRobot robot) throws Exception {
        runner.awaitFrame(f -> f.tick() > 60, Duration.ofSeconds(20));
        AtomicBoolean first = new AtomicBoolean(true);
        CountDownLatch inside = new CountDownLatch(1);
        runner.setStepHook(() -> {
            if (first.getAndSet(false)) {
                inside.countDown();
                awaitQuietly(release); // the engine is busy for as long as the test wants
            }
        });
        assertTrue(inside.await(20, TimeUnit.SECONDS), "the runner is inside the stuck step");
        SimulationRunner.Frame stuckAt = runner.latest();

        CountDownLatch rendered = new CountDownLatch(30);
        robot.interact(() -> view.setFrameListener((pulse, work) -> rendered.countDown()));
        robot.clickOn("#pause");
        robot.clickOn("#speed-60");
        CountDownLatch answered = new CountDownLatch(1);
        Platform.runLater(answered::countDown);
        assertTrue(answered.await(20, TimeUnit.SECONDS), "the FX thread answers");
        assertTrue(rendered.await(20, TimeUnit.SECONDS), "the console rendered 30 frames");
        CompletableFuture<SimulationRunner.Frame> applied = runner.sync();

        // All of the above happened while the runner thread was provably held inside the step.
        assertFalse(applied.isDone(), "the engine is still stuck");
        assertSame(stuckAt, runner.latest(), "no frame was published meanwhile");
        AtomicInteger shown = new AtomicInteger(-1);
        robot.interact(() -> shown.set(view.viewModel().tickProperty().get()));
        assertEquals(stuckAt.tick(), shown.get(), "the console shows the last frame there was");

        release.countDown();
        SimulationRunner.Frame f = applied.get(20, TimeUnit.SECONDS);
        assertTrue(f.paused(), "the requests made while it was stuck took effect afterwards");
        assertEquals(Speed.X60, f.speed());
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
