package firedrill.app.debrief;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import firedrill.app.cli.SampleDataCommand;
import firedrill.app.fx.FxTaskExecutor;
import firedrill.app.fx.Navigator;
import firedrill.app.fx.PulseGaps;
import firedrill.app.fx.RecordingTaskExecutor;
import firedrill.app.fx.Screen;
import firedrill.app.session.SessionStore;
import firedrill.app.shell.MainWindow;
import firedrill.engine.scenario.Scenario;
import firedrill.engine.scenario.ScenarioLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import javafx.scene.Scene;
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
 * Opening History with 500 saved attempts does not stall the FX thread. Asserted structurally: the
 * attempt files are read by work that runs off the FX thread, the FX thread receives the result in
 * exactly one bind, and the list it binds into is virtualised (nodes for the visible rows only, so
 * the FX side does not grow with the number of attempts). The longest gap between pulses while the
 * screen opens is measured and printed, not asserted: it is wall time on a shared machine.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class HistoryLoadingTest {
    private static final int ATTEMPTS = 500;
    private static final String READING = "reading the history";
    private static Path data;
    private MainWindow window;
    private RecordingTaskExecutor tasks;
    private Debriefs debriefs;
    private Navigator nav;

    @BeforeAll
    static void fiveHundredAttempts() throws Exception {
        data = Files.createTempDirectory("firedrill-history-");
        SampleDataCommand.fill(data, 0, ATTEMPTS, 1); // saved through the app's own SessionStore
    }

    @Start
    void start(Stage stage) {
        tasks = new RecordingTaskExecutor(new FxTaskExecutor());
        debriefs = new Debriefs(new SessionStore(data), tasks);
        window = new MainWindow();
        nav = new Navigator() {
            @Override
            public void home() {}

            @Override
            public void briefing(Scenario scenario) {}

            @Override
            public void show(Screen screen) {
                window.show(screen);
            }
        };
        Scene scene = new Scene(window.root(), 1280, 800);
        firedrill.app.shell.Styles.applyAll(scene, firedrill.app.shell.Settings.DEFAULT);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void readsTheAttemptsOffTheFxThreadAndBindsThemOnce(FxRobot robot) throws Exception {
        // Twice: the first opening also pays for loading and compiling the classes involved.
        for (int round = 1; round <= 2; round++) {
            open(robot, round);
        }
    }

    private void open(FxRobot robot, int round) throws Exception {
        PulseGaps gaps = new PulseGaps(System::nanoTime);
        AtomicInteger binds = new AtomicInteger();
        AtomicInteger bindsOffFx = new AtomicInteger();
        long[] buildNanos = new long[1];
        HistoryView[] view = new HistoryView[1];
        int before = tasks.calls(READING).size();
        long gcBefore = gcMillis();
        robot.interact(() -> {
            gaps.start();
            long t0 = System.nanoTime();
            view[0] = (HistoryView) debriefs.history(nav);
            view[0].viewModel().groupsProperty().addListener((o, a, b) -> {
                binds.incrementAndGet();
                if (!Platform.isFxApplicationThread()) {
                    bindsOffFx.incrementAndGet();
                }
            });
            nav.show(view[0]);
            buildNanos[0] = System.nanoTime() - t0;
        });
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> !view[0].items().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(gaps::stop);
        long gc = gcMillis() - gcBefore;

        // The files were read by work that ran on a worker; its result arrived on the FX thread, once.
        List<RecordingTaskExecutor.Call> calls = tasks.calls(READING).subList(before, tasks.calls(READING).size());
        assertEquals(List.of("work on a worker", "success on the FX thread"),
                calls.stream().map(RecordingTaskExecutor.Call::where).toList());
        assertEquals(1, binds.get(), "one bind");
        assertEquals(0, bindsOffFx.get());

        // Everything is listed: a header per scenario, then every attempt.
        List<HistoryView.Item> items = view[0].items();
        int scenarios = ScenarioLoader.shippedIds().size();
        assertEquals(scenarios, items.stream().filter(i -> i instanceof HistoryView.Header).count());
        assertEquals(ATTEMPTS, items.stream().filter(i -> i instanceof HistoryView.Attempt).count());

        // The FX side does not grow with the attempts: rows exist for the visible lines only.
        int rowNodes = robot.lookup(".history-row").queryAll().size();
        assertTrue(rowNodes > 0 && rowNodes < 100, "rows on screen: " + rowNodes);

        // Measured, not asserted (wall time on a loaded machine): see the class comment.
        System.out.printf(java.util.Locale.ROOT, "HistoryLoadingTest round %d: %d attempts read on a worker in %.0f ms;"
                        + " on the FX thread: building the screen %.1f ms, binding the result %.1f ms; longest gap"
                        + " between pulses while opening %d ms (%d pulses; the collector paused all threads for %d ms meanwhile)%n",
                round, ATTEMPTS, calls.get(0).nanos() / 1e6, buildNanos[0] / 1e6, calls.get(1).nanos() / 1e6,
                gaps.longestGapMillis(), gaps.pulses(), gc);
    }

    private static long gcMillis() {
        return java.lang.management.ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(b -> Math.max(0, b.getCollectionTime())).sum();
    }

}
