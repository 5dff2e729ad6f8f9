package firedrill.app.author;

import firedrill.app.fx.DataDir;
import firedrill.app.shell.FiredrillApp;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.TextArea;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.robot.Robot;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;

/**
 * Not a test: captures "New → From a post-mortem…" for docs/authoring.md (the preview of the 11 Dec
 * timeline section, then the skeleton in the editor). Arguments: the output directory and the
 * post-mortem file. Run under Xvfb with JavaFX on the module path, like {@code ./firedrill}.
 */
public final class PostMortemScreenshots extends Application {
    private static Path out;
    private static String text;

    public static void main(String[] args) throws Exception {
        out = Path.of(args[0]);
        text = Files.readString(Path.of(args[1]));
        Files.createDirectories(out);
        System.setProperty(DataDir.PROPERTY, Files.createTempDirectory("firedrill-shots-").toString());
        launch(args);
    }

    @Override
    public void start(Stage stage) {
        FiredrillApp app = new FiredrillApp();
        app.start(stage);
        stage.setX(0);
        stage.setY(0);
        stage.setWidth(1366);
        stage.setHeight(800);
        Thread t = new Thread(() -> {
            try {
                shots(app, stage);
                System.out.println("SHOTS-DONE " + out.toAbsolutePath());
            } catch (Throwable e) {
                e.printStackTrace();
            } finally {
                Platform.exit();
            }
        }, "shots");
        t.setDaemon(true);
        t.start();
    }

    private static void shots(FiredrillApp app, Stage stage) throws Exception {
        fx(() -> app.navigator().author(null));
        waitFor(() -> stage.getScene().getRoot().lookup("#author-new") != null);
        fx(() -> ((MenuButton) stage.getScene().getRoot().lookup("#author-new")).getItems().stream()
                .filter(i -> "author-new-postmortem".equals(i.getId())).findFirst().orElseThrow().fire());
        AtomicReference<Stage> dialog = new AtomicReference<>();
        waitFor(() -> {
            for (Window w : Window.getWindows()) {
                if (w instanceof Stage s && s != stage && s.getScene().getRoot().lookup("#postmortem-text") != null) {
                    dialog.set(s);
                }
            }
            return dialog.get() != null;
        });
        fx(() -> {
            dialog.get().setX(60);
            dialog.get().setY(30);
            ((TextArea) dialog.get().getScene().getRoot().lookup("#postmortem-text")).setText(text);
            ((Button) dialog.get().getScene().getRoot().lookup("#postmortem-read")).fire();
        });
        waitFor(() -> ((Label) dialog.get().getScene().getRoot().lookup("#postmortem-summary")).getText().contains("rows placed"));
        Thread.sleep(3000);
        capture(dialog.get(), "author-postmortem.png");
        fx(() -> ((Button) dialog.get().getScene().getRoot().lookup("#postmortem-create")).fire());
        AtomicReference<AuthorView> editor = new AtomicReference<>();
        waitFor(() -> {
            javafx.scene.Node v = stage.getScene().getRoot().lookup("#author");
            AuthorView view = v == null ? null : (AuthorView) v.getProperties().get(AuthorView.VIEW_KEY);
            editor.set(view != null && view.viewModel().scenario().realTimeline().size() > 3 ? view : null);
            return editor.get() != null;
        });
        fx(() -> editor.get().navigate("$.realTimeline[0].measure"));
        Thread.sleep(5000);
        capture(stage, "author-postmortem-skeleton.png");
    }

    private static void waitFor(Supplier<Boolean> condition) throws InterruptedException {
        for (int i = 0; i < 1200 && !condition.get(); i++) {
            Thread.sleep(100);
        }
    }

    private static void fx(Runnable r) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                r.run();
            } finally {
                done.countDown();
            }
        });
        done.await();
    }

    private static void capture(Stage stage, String name) throws Exception {
        AtomicReference<WritableImage> shot = new AtomicReference<>();
        fx(() -> shot.set(new Robot().getScreenCapture(null, stage.getX(), stage.getY(), stage.getWidth(),
                stage.getHeight())));
        WritableImage img = shot.get();
        int w = (int) img.getWidth();
        int h = (int) img.getHeight();
        BufferedImage png = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        PixelReader px = img.getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                png.setRGB(x, y, px.getArgb(x, y));
            }
        }
        ImageIO.write(png, "png", out.resolve(name).toFile());
        System.out.println("SHOT " + out.resolve(name));
    }
}
