package firedrill.app.author;

import firedrill.app.testing.ScreenshotSupport;
import firedrill.app.shell.FiredrillApp;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import javafx.application.Application;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Not a test: captures "New → From a post-mortem…" for docs/authoring.md (the preview of the 11 Dec
 * timeline section, then the skeleton in the editor). Arguments: the output directory and the
 * post-mortem file. Run under Xvfb with JavaFX on the module path, like {@code ./firedrill}.
 */
public final class PostMortemScreenshots extends Application {
    private static Path out;
    private static String text;

    public static void main(String[] args) throws Exception {
        text = Files.readString(Path.of(args[1]));
        out = ScreenshotSupport.prepare(args[0]);
        launch(args);
    }

    @Override
    public void start(Stage stage) {
        ScreenshotSupport.runApp(stage, 1366, 800, PostMortemScreenshots::shots);
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
        ScreenshotSupport.frames(180);
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
        ScreenshotSupport.frames(300);
        capture(stage, "author-postmortem-skeleton.png");
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
