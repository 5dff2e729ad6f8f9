package firedrill.app.practice;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A stuck engine never freezes the console: frames keep coming and clicks are handled at once. */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ConsoleResponsivenessTest {
    private SimulationRunner runner;
    private ConsoleView view;

    @Start
    void start(Stage stage) throws Exception {
        view = FxTestSupport.showConsole(stage, Difficulty.STANDARD, Speed.X300);
        runner = view.viewModel().runner();
        runner.start();
    }

    @Test
    void theUiKeepsRenderingAndRespondingWhileTheEngineIsStuck(FxRobot robot) throws Exception {
        runner.awaitFrame(f -> f.tick() > 60, Duration.ofSeconds(20));
        AtomicBoolean stuck = new AtomicBoolean(true);
        CountDownLatch inside = new CountDownLatch(1);
        runner.setStepHook(() -> {
            if (stuck.get()) {
                inside.countDown();
                while (stuck.get()) {
                    Thread.onSpinWait(); // the engine is busy for as long as the test wants
                }
            }
        });
        assertTrue(inside.await(10, TimeUnit.SECONDS));
        AtomicInteger frames = new AtomicInteger();
        robot.interact(() -> view.setFrameListener((pulse, work) -> frames.incrementAndGet()));
        long t0 = System.nanoTime();
        robot.clickOn("#pause");
        robot.clickOn("#speed-60");
        long clickMs = (System.nanoTime() - t0) / 1_000_000;
        long r0 = System.nanoTime();
        CountDownLatch ran = new CountDownLatch(1);
        Platform.runLater(ran::countDown);
        assertTrue(ran.await(2, TimeUnit.SECONDS));
        long latencyMs = (System.nanoTime() - r0) / 1_000_000;
        Thread.sleep(1000);
        int rendered = frames.get();
        stuck.set(false);
        assertTrue(clickMs < 3000, "clicks took " + clickMs + " ms");
        assertTrue(latencyMs < 500, "the FX thread answered after " + latencyMs + " ms");
        assertTrue(rendered >= 20, "only " + rendered + " frames in a second while the engine was stuck");
        SimulationRunner.Frame f = runner.awaitFrame(x -> x.paused() && x.speed() == Speed.X60, Duration.ofSeconds(10));
        assertTrue(f.paused(), "the requests made while it was stuck took effect afterwards");
        runner.close();
    }
}
