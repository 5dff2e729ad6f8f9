package firedrill.app.testing;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.robot.Robot;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What the screenshot tools (not tests: docs/ pictures under Xvfb) share: run on the FX thread and
 * wait, wait for a condition, wait for rendered frames instead of sleeping, and write a PNG.
 */
public final class ScreenshotSupport {
    private ScreenshotSupport() {}

    /** What a screenshot tool does with the running app, off the FX thread. */
    @FunctionalInterface
    public interface Script {
        void run(firedrill.app.shell.FiredrillApp app, Stage stage) throws Exception;
    }

    /** The output folder (created) and a fresh data directory for the app, so no user data shows. */
    public static Path prepare(String folder) throws java.io.IOException {
        Path out = Path.of(folder);
        java.nio.file.Files.createDirectories(out);
        System.setProperty(firedrill.app.fx.DataDir.PROPERTY,
                java.nio.file.Files.createTempDirectory("firedrill-shots-").toString());
        return out;
    }

    /**
     * Starts the app in {@code stage} at the top-left corner with the given size, runs {@code script} on
     * its own thread and exits when it ends (a failure is printed: these tools run by hand).
     */
    public static void runApp(Stage stage, double width, double height, Script script) {
        firedrill.app.shell.FiredrillApp app = new firedrill.app.shell.FiredrillApp();
        app.start(stage);
        stage.setX(0);
        stage.setY(0);
        stage.setWidth(width);
        stage.setHeight(height);
        Thread t = new Thread(() -> {
            try {
                script.run(app, stage);
                System.out.println("SHOTS-DONE");
            } catch (Throwable e) {
                e.printStackTrace();
            } finally {
                Platform.exit();
            }
        }, "shots");
        t.setDaemon(true);
        t.start();
    }

    /** Runs {@code r} on the FX thread, waits until it has run and rethrows what it threw. */
    public static void fx(Runnable r) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        AtomicReference<RuntimeException> failed = new AtomicReference<>();
        Platform.runLater(() -> {
            try {
                r.run();
            } catch (RuntimeException e) {
                failed.set(e);
            } finally {
                done.countDown();
            }
        });
        done.await();
        if (failed.get() != null) {
            throw failed.get();
        }
    }

    /** Waits until {@code condition} holds (checked by TestFX's poller), at most {@code seconds}. */
    public static void waitFor(int seconds, Supplier<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition::get);
    }

    /**
     * Waits until the FX thread has rendered {@code frames} more pulses: layout, CSS and canvas
     * repaints that follow a change have then reached the screen (about 60 a second).
     */
    public static void frames(int frames) throws InterruptedException {
        CountDownLatch left = new CountDownLatch(frames);
        AtomicReference<AnimationTimer> timer = new AtomicReference<>();
        fx(() -> {
            timer.set(new AnimationTimer() {
                @Override
                public void handle(long now) {
                    left.countDown();
                }
            });
            timer.get().start();
        });
        left.await();
        fx(() -> timer.get().stop());
    }

    /** The window as the screen shows it (pop-up windows included), as a PNG. */
    public static void captureScreen(Stage stage, Path png) throws Exception {
        AtomicReference<WritableImage> shot = new AtomicReference<>();
        fx(() -> shot.set(new Robot().getScreenCapture(null, stage.getX(), stage.getY(), stage.getWidth(),
                stage.getHeight())));
        write(shot.get(), png);
    }

    /** The scene's own rendering (no window decorations or pop-ups), as a PNG. */
    public static void captureScene(Scene scene, Path png) throws Exception {
        AtomicReference<WritableImage> shot = new AtomicReference<>();
        fx(() -> shot.set(scene.snapshot(null)));
        write(shot.get(), png);
    }

    private static void write(WritableImage img, Path png) throws java.io.IOException {
        int w = (int) img.getWidth();
        int h = (int) img.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        PixelReader px = img.getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out.setRGB(x, y, px.getArgb(x, y));
            }
        }
        ImageIO.write(out, "png", png.toFile());
    }
}
