package firedrill.app.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import firedrill.app.cli.Cli;
import firedrill.app.fx.FxTaskExecutor;
import firedrill.app.fx.RecordingTaskExecutor;
import firedrill.app.shell.MainWindow;
import firedrill.engine.cohort.Cohort;
import firedrill.engine.cohort.SampleCohort;
import firedrill.engine.csv.Csv;
import firedrill.engine.model.ModelSpec;
import firedrill.engine.scenario.ScenarioLoader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.chart.LineChart;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
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
 * The cohort view with 20 trainees × 5 attempts (generated here, deterministic), and
 * {@code firedrill cohort --json} on the same folder giving the same document the view shows.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 600, unit = TimeUnit.SECONDS)
class CohortUiTest {
    private static final int TRAINEES = 20;
    private static final int ATTEMPTS = 5;
    private static Path data;
    private RecordingTaskExecutor tasks;
    private CohortView view;

    @BeforeAll
    static void cohort() throws Exception {
        data = Files.createTempDirectory("firedrill-cohort-");
        SampleCohort.write(data, new ModelSpec(ScenarioLoader.loadShipped("reddit-2023-03-14")), TRAINEES, ATTEMPTS);
        // A file a trainee broke: refused with its path, the rest still read.
        Files.writeString(data.resolve("trainee-03").resolve("broken.json"),
                "{\"format\":\"firedrill/session@1\",\"scenario\":\"reddit-2023-03-14\",\"seed\":1.5}");
    }

    @Start
    void start(Stage stage) {
        tasks = new RecordingTaskExecutor(new FxTaskExecutor());
        CohortViewModel vm = new CohortViewModel(tasks, id -> {
            try {
                return Optional.of(ScenarioLoader.loadShipped(id));
            } catch (Exception e) {
                return Optional.empty();
            }
        });
        vm.parRunsProperty().set(0);
        view = new CohortView(vm);
        MainWindow window = new MainWindow();
        Scene scene = new Scene(window.root(), 1280, 800);
        firedrill.app.shell.Styles.applyAll(scene, firedrill.app.shell.Settings.DEFAULT);
        stage.setScene(scene);
        stage.show();
        window.show(view);
    }

    @Test
    void showsEveryTraineeFiltersExportsAndMatchesTheCli(FxRobot robot) throws Exception {
        robot.interact(() -> view.open(data));
        WaitForAsyncUtils.waitFor(500, TimeUnit.SECONDS, () -> view.viewModel().shownProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("work on a worker", "success on the FX thread"),
                tasks.calls(CohortViewModel.LOADING).stream().map(RecordingTaskExecutor.Call::where).toList());

        Cohort all = view.viewModel().cohortProperty().get();
        assertEquals(TRAINEES * ATTEMPTS, all.attempts().size());
        TableView<Cohort.Summary> table = robot.lookup("#cohort-summaries").queryTableView();
        assertEquals(TRAINEES, table.getItems().size());
        assertTrue(table.getItems().stream().allMatch(s -> s.attempts().size() == ATTEMPTS));
        // Practice helps the synthetic trainees on the whole: later attempts grade better than first ones.
        double first = table.getItems().stream().mapToInt(Cohort.Summary::first).average().orElse(0);
        double last = table.getItems().stream().mapToInt(Cohort.Summary::last).average().orElse(0);
        assertTrue(last > first, "mean first grade " + first + ", mean last grade " + last);
        VBox missed = robot.lookup("#cohort-missed").query();
        assertTrue(missed.getChildren().size() >= 1 && all.mostMissed().get(0).count() > 0);
        ListView<String> problems = robot.lookup("#cohort-problems").queryListView();
        assertTrue(!problems.getItems().isEmpty() && problems.getItems().stream().allMatch(p -> p.contains("broken.json")),
                problems.getItems().toString());
        assertTrue(problems.getItems().stream().anyMatch(p -> p.contains("$.seed")), problems.getItems().toString());

        // Filters: one trainee; then the detail of the selected row.
        robot.clickOn("#cohort-trainee-filter").write("trainee-07");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, table.getItems().size());
        robot.interact(() -> table.getSelectionModel().select(0));
        TableView<Cohort.Attempt> attempts = robot.lookup("#cohort-attempts").queryTableView();
        assertEquals(ATTEMPTS, attempts.getItems().size());
        LineChart<?, ?> chart = robot.lookup("#cohort-grade-chart").query();
        assertEquals(1, chart.getData().size());
        assertEquals(ATTEMPTS, chart.getData().get(0).getData().size());
        robot.interact(() -> view.viewModel().scenarioFilterProperty().set("no-such-scenario"));
        assertEquals(0, table.getItems().size());
        robot.interact(() -> {
            view.viewModel().scenarioFilterProperty().set(CohortViewModel.ALL);
            view.viewModel().traineeFilterProperty().set("");
        });
        assertEquals(TRAINEES, table.getItems().size());

        // CSV of what is shown: RFC 4180, one row per attempt.
        Path csv = data.resolveSibling(data.getFileName() + "-out.csv");
        robot.interact(() -> view.viewModel().exportCsv(csv));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> Files.exists(csv)
                && view.viewModel().statusProperty().get().startsWith("CSV written"));
        List<Csv.Row> rows = Csv.parse(Files.readString(csv, StandardCharsets.UTF_8));
        assertEquals(1 + TRAINEES * ATTEMPTS, rows.size());
        assertEquals(Cohort.CSV_COLUMNS, rows.get(0).fields());
        Files.delete(csv);

        // The headless command on the same folder: the same document (exit 2: the broken file is reported).
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(new PrintWriter(out, true), new PrintWriter(err, true), "cohort", "--sessions", data.toString(),
                "--par", "0", "--json");
        assertEquals(Cli.BAD_INPUT, code);
        assertTrue(err.toString().contains("broken.json"), err.toString());
        assertEquals(all.toJson(), out.toString());
    }
}
