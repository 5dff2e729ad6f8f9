package firedrill.app.debrief;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import firedrill.app.fx.Navigator;
import firedrill.app.fx.Screen;
import firedrill.app.session.SessionStore;
import firedrill.app.shell.MainWindow;
import firedrill.engine.scenario.Scenario;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.TabPane;
import java.util.List;
import javafx.stage.Stage;
import org.controlsfx.control.StatusBar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The debrief on screen (headless): grade and decisions, par, a what-if, export and history, and the status bar. */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 150, unit = TimeUnit.SECONDS)
class DebriefUiTest {
    private MainWindow window;
    private Debriefs debriefs;
    private Navigator nav;
    private DebriefView view;
    private final java.util.List<String> opened = new java.util.concurrent.CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) throws Exception {
        Path data = Files.createTempDirectory("firedrill-debrief-ui-");
        debriefs = new Debriefs(new SessionStore(data), new firedrill.app.fx.FxTaskExecutor());
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

            @Override
            public void openDocument(String uri) {
                opened.add(uri);
            }
        };
        RunResult r = DebriefFixtures.fastResponse();
        view = (DebriefView) debriefs.debrief(r, new ResultsViewModel(r, null, false), nav);
        Scene scene = new Scene(window.root(), 1280, 800);
        firedrill.app.shell.Styles.applyAll(scene, firedrill.app.shell.Settings.DEFAULT);
        stage.setScene(scene);
        window.show(view);
        stage.show();
    }

    @Test
    void gradeDecisionsParWhatIfHistoryAndExport(FxRobot robot) throws Exception {
        // The grade and the decisions of the finished run.
        waitUntil(() -> view.viewModel().cardProperty().get() != null);
        Label grade = robot.lookup("#debrief-grade").queryAs(Label.class);
        assertTrue(Integer.parseInt(grade.getText()) > 50, grade.getText());
        assertEquals("Better than the real team", robot.lookup("#debrief-label").queryAs(Label.class).getText());
        @SuppressWarnings("unchecked")
        ListView<DebriefViewModel.DecisionRow> list = robot.lookup("#decision-list").queryAs(ListView.class);
        assertFalse(list.getItems().isEmpty());
        assertTrue(robot.lookup("#breakdown").tryQuery().isPresent());

        // Par with few runs: progress completes and a percentile is shown.
        robot.interact(() -> {
            @SuppressWarnings("unchecked")
            Spinner<Integer> runs = robot.lookup("#par-runs").queryAs(Spinner.class);
            runs.getValueFactory().setValue(4);
            robot.lookup("#par-start").queryButton().fire();
        });
        Label parText = robot.lookup("#par-text").queryAs(Label.class);
        waitUntil(() -> parText.getText().startsWith("Better than"));
        // The status bar (ControlsFX) reported it and is idle again: no progress, no Cancel.
        StatusBar status = robot.lookup("#" + DebriefStatusBar.ID).queryAs(StatusBar.class);
        assertEquals("Par: " + parText.getText(), status.getText());
        assertEquals(0.0, status.getProgress());
        assertFalse(robot.lookup("#par-cancel").query().isVisible());

        // What-if: remove the first decision → a second curve and deltas.
        robot.interact(() -> {
            robot.lookup("#debrief-tabs").queryAs(TabPane.class).getSelectionModel().select(1);
            list.getSelectionModel().select(0);
            robot.lookup("#whatif-run").queryButton().fire();
        });
        WhatIfChart chart = robot.lookup("#whatif-chart").queryAs(WhatIfChart.class);
        waitUntil(() -> chart.data() != null);
        assertNotNull(chart.data().alternative());
        assertTrue(robot.lookup("#whatif-text").queryAs(Label.class).getText().contains("impact"));
        assertEquals(robot.lookup("#whatif-text").queryAs(Label.class).getText(), status.getText());

        // Export in the background (the view model's path, no file chooser): the status bar says where.
        Path html = Files.createTempDirectory("firedrill-aar-").resolve("aar.html");
        robot.interact(() -> view.viewModel().export(html));
        waitUntil(() -> !view.viewModel().exportingProperty().get());
        assertTrue(status.getText().startsWith("Exported the after-action report: " + html), status.getText());
        assertTrue(Files.isRegularFile(html.resolveSibling("aar.json")));
        String text = Files.readString(html);
        assertFalse(text.toLowerCase().contains("<script"));
        assertTrue(text.length() > 1000);

        // The form starts from the decision as the console showed it: its title, target and parameters.
        DebriefViewModel.DecisionRow first = list.getItems().get(0);
        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<String> action = robot.lookup("#whatif-action").queryAs(javafx.scene.control.ComboBox.class);
        assertEquals(first.actionId(), action.getValue());
        assertEquals(first.action(), action.getConverter().toString(action.getValue()), "shown by its title");
        assertFalse(first.action().equals(first.actionId()), "a title, not an id: " + first.action());
        assertEquals(first.target(), robot.lookup("#whatif-target").queryAs(javafx.scene.control.TextField.class).getText());
        DebriefViewModel.DecisionRow unblock = list.getItems().stream().filter(d -> "unblock-admin-api".equals(d.actionId()))
                .findFirst().orElseThrow();
        robot.interact(() -> list.getSelectionModel().select(unblock));
        assertEquals("rate=0.1", robot.lookup("#whatif-params").queryAs(javafx.scene.control.TextField.class).getText());
        assertTrue(robot.lookup("#whatif-param-help").queryAs(Label.class).getText().contains("share of nodes per minute"));
        // A grouped action: each cluster's own verdict, and the value over the run.
        assertTrue(robot.lookup("#decision-clusters").tryQuery().isPresent(), "per-cluster verdicts of largest:5");
        assertTrue(robot.lookup("#decision-value").queryAs(Label.class).getText().contains("by the end of the run"));

        // The scorecard reads the status updates (none here) and shows the measures.
        robot.interact(() -> robot.lookup("#debrief-tabs").queryAs(TabPane.class).getSelectionModel().select(0));
        assertTrue(robot.lookup("#status-updates").tryQuery().isPresent());
        assertTrue(robot.lookup("#measures").tryQuery().isPresent());

        // The run was saved; History lists it.
        waitUntil(() -> view.viewModel().savedFileProperty().get() != null);
        robot.interact(() -> robot.lookup("#open-history").queryButton().fire());
        waitUntil(() -> window.current() instanceof HistoryView h && !h.items().isEmpty());
        List<HistoryView.Item> items = ((HistoryView) window.current()).items();
        assertEquals(1, items.stream().filter(i -> i instanceof HistoryView.Attempt a
                && a.row().scenario().equals(DebriefFixtures.SCENARIO)).count(), items::toString);
        assertTrue(robot.lookup("#open-attempt-" + DebriefFixtures.SCENARIO + "-1").tryQuery().isPresent());

        // Export (past the file chooser): no script element, then a confirmation with the path and Open.
        Path html2 = Files.createTempDirectory("firedrill-aar-").resolve("aar.html");
        robot.interact(() -> view.exportTo(html2));
        waitUntil(() -> robot.lookup("#export-confirmation").tryQuery().isPresent());
        javafx.scene.control.DialogPane pane = robot.lookup("#export-confirmation").queryAs(javafx.scene.control.DialogPane.class);
        assertTrue(pane.getContentText().contains(html2.toAbsolutePath().toString()), pane.getContentText());
        String text2 = Files.readString(html2);
        assertFalse(text2.toLowerCase().contains("<script"));
        assertTrue(text2.length() > 1000);
        robot.interact(() -> ((javafx.scene.control.Button) pane.lookupButton(pane.getButtonTypes().stream()
                .filter(b -> b.getText().equals("Open")).findFirst().orElseThrow())).fire());
        waitUntil(() -> !opened.isEmpty());
        assertEquals(html2.toAbsolutePath().toUri().toString(), opened.get(0));
        assertEquals(html2.toAbsolutePath().getParent(), DebriefView.exportDirectory(), "the next export starts there");
    }

    private static void waitUntil(BooleanSupplier c) {
        try {
            WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, c::getAsBoolean);
        } catch (TimeoutException e) {
            throw new AssertionError("condition not met in 90 s", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}
