package firedrill.app;

import firedrill.app.testing.ScreenshotSupport;
import firedrill.app.author.AuthorView;
import firedrill.app.debrief.DebriefView;
import firedrill.app.debrief.Debriefs;
import firedrill.app.debrief.FinishedRun;
import firedrill.app.debrief.ResultsViewModel;
import firedrill.app.debrief.RunResult;
import firedrill.app.debrief.RunResults;
import firedrill.app.fx.DataDir;
import firedrill.app.practice.ConsoleContext;
import firedrill.app.practice.ConsoleView;
import firedrill.app.practice.ConsoleViewModel;
import firedrill.app.practice.Difficulty;
import firedrill.app.practice.PracticeSession;
import firedrill.app.practice.SimulationRunner;
import firedrill.app.practice.Speed;
import firedrill.app.session.SessionStore;
import firedrill.app.shell.FiredrillApp;
import firedrill.engine.command.Command;
import firedrill.engine.model.ModelSpec;
import firedrill.engine.scenario.Scenario;
import firedrill.engine.scenario.ScenarioLoader;
import firedrill.engine.sim.Playbooks;
import firedrill.engine.sim.Simulation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import javafx.application.Application;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Not a test: captures the screens that use ControlsFX (the console's pop-up notices, the debrief's
 * status bar during par, the editor's decorated field) from the real screen, pop-ups included, into
 * the directory given as the first argument. Run under Xvfb with JavaFX on the module path, like
 * {@code ./firedrill}; the screens need none of ControlsFX's {@code --add-exports}.
 */
public final class ControlsFxScreenshots extends Application {
    private static final String SCENARIO = "openai-2024-12-11";
    private static Path out;

    public static void main(String[] args) throws Exception {
        out = ScreenshotSupport.prepare(args.length > 0 ? args[0] : "target/screenshots");
        launch(args);
    }

    @Override
    public void start(Stage stage) {
        ScreenshotSupport.runApp(stage, 1366, 800, this::play);
    }

    private void play(FiredrillApp app, Stage stage) throws Exception {
        Scenario scenario = ScenarioLoader.loadShipped(SCENARIO);
        ModelSpec spec = new ModelSpec(scenario);

        // The console during the 11 Dec incident, the reference team's actions entered on time.
        PracticeSession session = new PracticeSession(scenario, spec, Difficulty.STANDARD, 1, Speed.X300, true, Speed.X60);
        SimulationRunner runner = session.newRunner();
        fx(() -> app.navigator().show(new ConsoleView(new ConsoleViewModel(session, runner), ConsoleContext.detached())));
        runner.start();
        int until = spec.tickOf("15:31");
        for (Command c : Playbooks.commands(scenario.referencePlaybook(), spec, "trainee")) {
            if (c.tick() > until) {
                break;
            }
            holdAt(runner, c.tick() - 1);
            runner.submit(c);
        }
        holdAt(runner, until);
        // Let the burst of pop-ups from the jump fade, then move on a few minutes: new notices arrive.
        waitFor(() -> Window.getWindows().size() == 1);
        ScreenshotSupport.frames(720);
        holdAt(runner, spec.tickOf("15:36"));
        waitFor(() -> Window.getWindows().size() > 1);
        ScreenshotSupport.frames(90);
        capture(stage, "console-notices.png");

        // The debrief while par runs.
        Path pb = Path.of("../engine/src/test/resources/playbooks/openai-fast-response.json");
        if (!Files.exists(pb)) {
            pb = Path.of("engine/src/test/resources/playbooks/openai-fast-response.json");
        }
        List<Command> commands = Playbooks.commands(Playbooks.load(pb, scenario), spec, "trainee");
        Simulation sim = Playbooks.run(spec, 1, commands, spec.tickOf("17:00"));
        RunResult r = RunResults.compute(new FinishedRun(spec, 1, sim, sim.tick(), "You ended the exercise", "Standard"));
        AtomicReference<DebriefView> debrief = new AtomicReference<>();
        fx(() -> {
            Debriefs debriefs = new Debriefs(new SessionStore(DataDir.resolve()), new firedrill.app.fx.FxTaskExecutor());
            debrief.set((DebriefView) debriefs.debrief(r, new ResultsViewModel(r, null, false), app.navigator()));
            app.navigator().show(debrief.get());
        });
        waitFor(() -> debrief.get().viewModel().cardProperty().get() != null);
        fx(() -> debrief.get().viewModel().startPar(400));
        waitFor(() -> debrief.get().viewModel().parProgressProperty().get() > 0.3);
        capture(stage, "debrief-status.png");
        fx(() -> debrief.get().viewModel().cancelPar());
        waitFor(() -> !debrief.get().viewModel().parRunningProperty().get());

        // The editor with a bad field (last: leaving it would ask about the unsaved change).
        fx(() -> app.navigator().author(null));
        AtomicReference<AuthorView> editor = new AtomicReference<>();
        waitFor(() -> {
            javafx.scene.Node v = stage.getScene().getRoot().lookup("#author");
            editor.set(v == null ? null : (AuthorView) v.getProperties().get(AuthorView.VIEW_KEY));
            return editor.get() != null;
        });
        waitFor(() -> {
            javafx.scene.Node summary = stage.getScene().getRoot().lookup("#preview-summary");
            return summary instanceof Label l && l.getText().startsWith("Reference playbook:");
        });
        String path = "$.fleet.clusters[0].nodes";
        fx(() -> {
            editor.get().viewModel().set(path, -5);
            editor.get().navigate(path);
        });
        ScreenshotSupport.frames(60);
        capture(stage, "author-problem.png");
    }

    private static void holdAt(SimulationRunner runner, int tick) throws InterruptedException {
        runner.fastForwardTo(tick);
        runner.awaitFrame(f -> f.ended() || f.tick() >= tick && f.paused(), Duration.ofSeconds(120));
    }

    private static void waitFor(Supplier<Boolean> condition) throws Exception {
        ScreenshotSupport.waitFor(120, condition);
    }

    private static void fx(Runnable r) throws InterruptedException {
        ScreenshotSupport.fx(r);
    }

    private static void capture(Stage stage, String name) throws Exception {
        ScreenshotSupport.captureScreen(stage, out.resolve(name));
        System.out.println("SHOT " + out.resolve(name));
    }
}
