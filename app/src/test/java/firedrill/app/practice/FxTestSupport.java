package firedrill.app.practice;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Shared helpers for the headless UI tests. */
final class FxTestSupport {
    static final String SCENARIO = "openai-2024-12-11";

    private FxTestSupport() {}

    static void waitUntil(Duration timeout, BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS, condition::getAsBoolean);
        } catch (TimeoutException e) {
            throw new AssertionError("condition not met within " + timeout, e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Library → briefing → chosen mode → Start; returns the console's runner. */
    static SimulationRunner openConsole(FxRobot robot, String mode) {
        // The library is listed, and a card's scenario loaded, in the background.
        waitUntil(Duration.ofSeconds(20), () -> robot.lookup("#practice-" + SCENARIO).tryQuery().isPresent());
        robot.clickOn("#practice-" + SCENARIO);
        waitUntil(Duration.ofSeconds(20), () -> robot.lookup("#mode-" + mode).tryQuery().isPresent());
        robot.clickOn("#mode-" + mode);
        robot.clickOn("#start-exercise");
        waitUntil(Duration.ofSeconds(20), () -> robot.lookup("#console").tryQuery().isPresent());
        Node console = robot.lookup("#console").query();
        return (SimulationRunner) console.getProperties().get(ConsoleView.RUNNER_KEY);
    }

    /** A console on its own stage (no library or briefing), with the given mode; the runner is not started. */
    static ConsoleView showConsole(javafx.stage.Stage stage, Difficulty mode) throws Exception {
        return showConsole(stage, mode, Speed.X10);
    }

    /** As above, with the clock speed after the first alert. */
    static ConsoleView showConsole(javafx.stage.Stage stage, Difficulty mode, Speed incidentSpeed) throws Exception {
        return showConsole(stage, mode, incidentSpeed, SCENARIO);
    }

    /** As above, for a shipped scenario by id. */
    static ConsoleView showConsole(javafx.stage.Stage stage, Difficulty mode, Speed incidentSpeed, String scenarioId)
            throws Exception {
        firedrill.engine.scenario.Scenario scenario = firedrill.engine.scenario.ScenarioLoader.loadShipped(scenarioId);
        PracticeSession session = new PracticeSession(scenario, new firedrill.engine.model.ModelSpec(scenario), mode, 1,
                Speed.X300, false, incidentSpeed);
        SimulationRunner runner = session.newRunner();
        firedrill.app.fx.Navigator nav = new firedrill.app.fx.Navigator() {
            @Override
            public void home() {}

            @Override
            public void briefing(firedrill.engine.scenario.Scenario s) {}

            @Override
            public void show(firedrill.app.fx.Screen screen) {}
        };
        ConsoleView view = new ConsoleView(new ConsoleViewModel(session, runner), new ConsoleContext(nav, (r, n) -> null, () -> false,
                new firedrill.app.fx.FxTaskExecutor()));
        firedrill.app.shell.MainWindow window = new firedrill.app.shell.MainWindow();
        javafx.scene.Scene scene = new javafx.scene.Scene(window.root(), 1280, 800);
        firedrill.app.shell.Styles.applyAll(scene, firedrill.app.shell.Settings.DEFAULT);
        stage.setScene(scene);
        window.show(view);
        stage.show();
        return view;
    }

    static SimulationRunner.Frame awaitTick(SimulationRunner runner, int tick) {
        try {
            SimulationRunner.Frame f = runner.awaitFrame(x -> x.ended() || x.tick() >= tick && x.paused(),
                    Duration.ofSeconds(60));
            WaitForAsyncUtils.waitForFxEvents();
            return f;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
