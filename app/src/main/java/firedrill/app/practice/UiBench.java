package firedrill.app.practice;

import firedrill.app.fx.FrameStats;
import firedrill.app.fx.Navigator;
import firedrill.app.fx.Screen;
import firedrill.app.shell.MainWindow;
import firedrill.app.shell.Settings;
import firedrill.app.shell.Styles;
import firedrill.engine.model.ModelSpec;
import firedrill.engine.scenario.Scenario;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * {@code ui-bench}: opens the real incident console on a scenario at a fixed speed and records frame
 * times from the AnimationTimer's pulse timestamps, plus the time our frame code takes. Starts the
 * JavaFX toolkit; everything else in the CLI stays headless.
 */
public final class UiBench {
    /** What one bench run measured. */
    public record Result(int frames, double p50Ms, double p99Ms, int dropped, double workP50Ms, double workP99Ms,
                         double workMaxMs, int clusters, int ticks, String from, String to) {}

    private UiBench() {}

    public static Result run(Scenario scenario, double seconds, double warmupSeconds, int width, int height, Speed speed)
            throws InterruptedException {
        ModelSpec spec = new ModelSpec(scenario);
        PracticeSession session = new PracticeSession(scenario, spec, Difficulty.STANDARD, 1, Speed.X300, true, speed);
        SimulationRunner runner = session.newRunner();
        FrameStats stats = new FrameStats((int) Math.ceil((seconds + 1) * 240));
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(1);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        AtomicReference<Stage> stageRef = new AtomicReference<>();
        AtomicReference<ConsoleView> viewRef = new AtomicReference<>();
        Platform.setImplicitExit(false);
        Platform.startup(() -> {
            try {
                Styles.applyTheme(Settings.DEFAULT.theme());
                MainWindow window = new MainWindow();
                Navigator nav = new Navigator() {
                    @Override
                    public void home() {}

                    @Override
                    public void briefing(Scenario s) {}

                    @Override
                    public void show(Screen screen) {}
                };
                ConsoleContext ctx = new ConsoleContext(nav, (r, n) -> null, () -> false, new firedrill.app.fx.FxTaskExecutor());
                ConsoleView view = new ConsoleView(new ConsoleViewModel(session, runner), ctx);
                viewRef.set(view);
                Scene scene = new Scene(window.root(), width, height);
                Styles.applyAll(scene, Settings.DEFAULT);
                Stage stage = new Stage();
                stage.setTitle("Firedrill ui-bench");
                stage.setScene(scene);
                window.show(view);
                stage.show();
                stageRef.set(stage);
                runner.start();
            } catch (Throwable t) {
                failure.set(t);
            } finally {
                started.countDown();
            }
        });
        if (!started.await(60, TimeUnit.SECONDS) || failure.get() != null) {
            throw new IllegalStateException("the console did not open", failure.get());
        }
        // Quiet minutes are skipped; measure the incident itself, after a warm-up.
        runner.awaitFrame(SimulationRunner.Frame::alerted, Duration.ofSeconds(120));
        Thread.sleep((long) (warmupSeconds * 1000));
        int[] ticks = new int[2];
        Platform.runLater(() -> {
            ticks[0] = runner.latest().tick();
            viewRef.get().setFrameListener(new ConsoleView.FrameListener() {
                private long first = -1;

                @Override
                public void frame(long pulse, long work) {
                    if (first < 0) {
                        first = pulse;
                    }
                    stats.record(pulse, work);
                    if (pulse - first >= seconds * 1e9) {
                        viewRef.get().setFrameListener(null);
                        ticks[1] = runner.latest().tick();
                        done.countDown();
                    }
                }
            });
        });
        if (!done.await((long) (seconds + 60), TimeUnit.SECONDS)) {
            throw new IllegalStateException("no frames were rendered");
        }
        CountDownLatch closed = new CountDownLatch(1);
        Platform.runLater(() -> {
            viewRef.get().dispose();
            stageRef.get().close();
            closed.countDown();
        });
        closed.await(10, TimeUnit.SECONDS);
        return new Result(stats.frames(), stats.p50(), stats.p99(), stats.dropped(), stats.renderP50(), stats.renderP99(),
                stats.renderMax(), spec.layout().clusters(), ticks[1] - ticks[0], spec.clockOf(ticks[0]), spec.clockOf(ticks[1]));
    }
}
