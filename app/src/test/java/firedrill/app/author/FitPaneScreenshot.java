package firedrill.app.author;

import firedrill.app.testing.ScreenshotSupport;
import firedrill.app.shell.FiredrillApp;
import firedrill.engine.scenario.Scenario;
import firedrill.engine.scenario.ScenarioLoader;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import javafx.application.Application;
import javafx.stage.Stage;

/**
 * Not a test: the fit pane after fitting a copy of the 11 Dec scenario with the DNS grace doubled and
 * the telemetry agent's cost halved, written to {@code author-fit.png} in the directory given as the
 * first argument (docs/authoring.md). Run under Xvfb with JavaFX on the module path, like {@code ./firedrill}.
 */
public final class FitPaneScreenshot extends Application {
    private static Path out;

    public static void main(String[] args) throws Exception {
        out = ScreenshotSupport.prepare(args.length > 0 ? args[0] : "target/screenshots");
        launch(args);
    }

    @Override
    public void start(Stage stage) {
        ScreenshotSupport.runApp(stage, 1500, 940, this::play);
    }

    private void play(FiredrillApp app, Stage stage) throws Exception {
        Scenario s = ScenarioLoader.loadShipped("openai-2024-12-11");
        s = ScenarioLens.with(s, "$.mechanisms.dns.graceSeconds", 960.0);
        Scenario perturbed = ScenarioLens.with(s, "$.mechanisms.telemetry.seatsPerNodeSquared", 0.0006);
        fx(() -> app.navigator().author(perturbed));
        AtomicReference<AuthorView> editor = new AtomicReference<>();
        waitFor(() -> {
            javafx.scene.Node v = stage.getScene().getRoot().lookup("#author");
            editor.set(v == null ? null : (AuthorView) v.getProperties().get(AuthorView.VIEW_KEY));
            return editor.get() != null;
        });
        FitViewModel vm = editor.get().fitViewModel();
        waitFor(() -> !vm.choices().isEmpty() && !editor.get().viewModel().validatingProperty().get());
        fx(() -> {
            vm.select("$.mechanisms.dns.graceSeconds", true);
            vm.select("$.mechanisms.telemetry.seatsPerNodeSquared", true);
            ((javafx.scene.control.ToggleButton) stage.getScene().getRoot().lookup("#tab-fit")).fire();
            vm.fit();
        });
        waitFor(() -> vm.outcomeProperty().get() != null);
        fx(() -> {
            // A wider side panel, scrolled to the results: residuals, fitted values, what is pinned down.
            javafx.scene.Node n = stage.getScene().getRoot().lookup("#author-side");
            while (n != null && !(n instanceof javafx.scene.control.SplitPane)) {
                n = n.getParent();
            }
            if (n != null) {
                ((javafx.scene.control.SplitPane) n).setDividerPositions(0.4);
            }
        });
        ScreenshotSupport.frames(30);
        fx(() -> ((javafx.scene.control.ScrollPane) ((javafx.scene.layout.VBox) stage.getScene().getRoot().lookup("#author-fit"))
                .getChildren().get(0)).setVvalue(1));
        ScreenshotSupport.frames(60);
        capture(stage, "author-fit.png");
        System.out.println("SHOTS-DONE " + vm.statusProperty().get());
    }

    private static void waitFor(Supplier<Boolean> condition) throws Exception {
        ScreenshotSupport.waitFor(600, condition);
    }

    private static void fx(Runnable r) throws InterruptedException {
        ScreenshotSupport.fx(r);
    }

    private static void capture(Stage stage, String name) throws Exception {
        ScreenshotSupport.captureScene(stage.getScene(), out.resolve(name));
        System.out.println("SHOT " + out.resolve(name));
    }
}
