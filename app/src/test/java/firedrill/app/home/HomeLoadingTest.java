package firedrill.app.home;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import firedrill.app.cli.SampleDataCommand;
import firedrill.app.fx.FxTaskExecutor;
import firedrill.app.fx.Navigator;
import firedrill.app.fx.PulseGaps;
import firedrill.app.fx.RecordingTaskExecutor;
import firedrill.app.fx.Screen;
import firedrill.app.shell.MainWindow;
import firedrill.engine.scenario.Scenario;
import firedrill.engine.scenario.ScenarioLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.layout.Region;
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
 * The home screen with 200 user scenarios: the library is listed off the FX thread and bound once, into
 * a virtualised list (nodes for the cards on screen only). The longest pulse gap is printed, not
 * asserted (wall time on a shared machine).
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class HomeLoadingTest {
    private static final int USER_SCENARIOS = 200;
    private static final String LISTING = "loading the scenario library";
    private static Path data;
    private MainWindow window;
    private RecordingTaskExecutor tasks;

    @BeforeAll
    static void twoHundredScenarios() throws Exception {
        data = Files.createTempDirectory("firedrill-home-");
        SampleDataCommand.fill(data, USER_SCENARIOS, 0, 1);
    }

    @Start
    void start(Stage stage) {
        tasks = new RecordingTaskExecutor(new FxTaskExecutor());
        window = new MainWindow();
        Scene scene = new Scene(window.root(), 1280, 800);
        firedrill.app.shell.Styles.applyAll(scene, firedrill.app.shell.Settings.DEFAULT);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void listsTheLibraryOffTheFxThreadAndShowsOnlyTheCardsOnScreen(FxRobot robot) throws Exception {
        Library library = new Library(data.resolve("scenarios"));
        for (int round = 1; round <= 2; round++) {
            PulseGaps gaps = new PulseGaps(System::nanoTime);
            int before = tasks.calls(LISTING).size();
            HomeViewModel vm = new HomeViewModel(new PersonalBests(data), library, tasks);
            robot.interact(() -> {
                gaps.start();
                window.show(new HomeView(vm, nav(), new Region()));
            });
            int expected = ScenarioLoader.shippedIds().size() + USER_SCENARIOS;
            WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> !vm.loadingProperty().get());
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(gaps::stop);
            assertEquals(expected, vm.cards().size());
            int onScreen = robot.lookup(".scenario-card").queryAll().size();
            assertTrue(onScreen > 0 && onScreen < 20, "cards with nodes: " + onScreen);
            List<RecordingTaskExecutor.Call> calls = tasks.calls(LISTING).subList(before, tasks.calls(LISTING).size());
            assertEquals(List.of("work on a worker", "success on the FX thread"),
                    calls.stream().map(RecordingTaskExecutor.Call::where).toList());
            System.out.printf(Locale.ROOT, "HomeLoadingTest round %d: %d scenarios listed on a worker in %.0f ms;"
                            + " binding on the FX thread %.1f ms; longest gap between pulses %d ms (%d pulses)%n",
                    round, expected, calls.get(0).nanos() / 1e6, calls.get(1).nanos() / 1e6, gaps.longestGapMillis(),
                    gaps.pulses());
        }
    }

    private Navigator nav() {
        return new Navigator() {
            @Override
            public void home() {}

            @Override
            public void briefing(Scenario scenario) {}

            @Override
            public void show(Screen screen) {
                window.show(screen);
            }
        };
    }
}
