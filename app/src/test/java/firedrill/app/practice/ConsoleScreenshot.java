package firedrill.app.practice;

import firedrill.app.testing.ScreenshotSupport;
import firedrill.engine.command.Command;
import firedrill.engine.model.ModelSpec;
import firedrill.engine.scenario.Scenario;
import firedrill.engine.scenario.ScenarioLoader;
import firedrill.engine.sim.Playbooks;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;

/**
 * Not a test: plays the reference playbook to mid-incident on a real display and writes the console
 * to the PNG named by the first argument (docs/screenshots/console.png).
 */
public final class ConsoleScreenshot extends Application {
    /** Entry point for a plain class path (launches through a class that is not an Application). */
    public static final class Main {
        public static void main(String[] args) {
            Application.launch(ConsoleScreenshot.class, args);
        }
    }

    @Override
    public void start(Stage stage) throws Exception {
        stage.setWidth(1600);
        stage.setHeight(1000);
        List<String> raw = getParameters().getRaw();
        // Optional third argument: a shipped scenario id (default the 11 Dec scenario).
        String id = raw.size() > 2 ? raw.get(2) : FxTestSupport.SCENARIO;
        ConsoleView view = FxTestSupport.showConsole(stage, Difficulty.STANDARD, Speed.X10, id);
        Path out = Path.of(raw.get(0));
        int until = view.viewModel().spec().tickOf(raw.get(1));
        new Thread(() -> play(view, out, until, id), "shot").start();
    }

    private static void play(ConsoleView view, Path out, int until, String id) {
        try {
            SimulationRunner runner = view.viewModel().runner();
            Scenario scenario = ScenarioLoader.loadShipped(id);
            ModelSpec spec = new ModelSpec(scenario);
            runner.start();
            List<Command> commands = new ArrayList<>(Playbooks.commands(scenario.referencePlaybook(), spec, "trainee"));
            int t = runner.latest().tick();
            while (t < until) {
                while (!commands.isEmpty() && commands.get(0).tick() <= t + 1) {
                    runner.submit(commands.remove(0));
                }
                int next = Math.min(until, t + 120);
                if (!commands.isEmpty()) {
                    next = Math.min(next, commands.get(0).tick() - 1);
                }
                t = Math.max(t + 1, next);
                runner.fastForwardTo(t);
                int target = t;
                runner.awaitFrame(x -> x.ended() || x.paused() && x.tick() >= target, Duration.ofSeconds(60));
                t = runner.latest().tick();
            }
            ScreenshotSupport.frames(90); // let the last frames paint
            Platform.runLater(() -> {
                try {
                    WritableImage img = view.root().getScene().snapshot(null);
                    PixelReader r = img.getPixelReader();
                    BufferedImage bi = new BufferedImage((int) img.getWidth(), (int) img.getHeight(), BufferedImage.TYPE_INT_ARGB);
                    for (int y = 0; y < bi.getHeight(); y++) {
                        for (int x = 0; x < bi.getWidth(); x++) {
                            bi.setRGB(x, y, r.getArgb(x, y));
                        }
                    }
                    javax.imageio.ImageIO.write(bi, "png", out.toFile());
                    System.out.println("WROTE " + out);
                } catch (Exception e) {
                    e.printStackTrace();
                }
                Platform.exit();
            });
        } catch (Exception e) {
            e.printStackTrace();
            Platform.exit();
        }
    }
}
