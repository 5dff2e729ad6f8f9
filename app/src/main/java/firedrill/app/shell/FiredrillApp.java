package firedrill.app.shell;

import firedrill.app.diagnostics.ErrorDialog;
import firedrill.app.diagnostics.UncaughtErrors;
import firedrill.app.fx.DataDir;
import firedrill.app.fx.FxTaskExecutor;
import firedrill.app.fx.TaskExecutor;
import firedrill.app.home.PersonalBests;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** The JavaFX application: one main window whose centre the navigator swaps between screens. */
public final class FiredrillApp extends Application {
    public static final String TITLE = "Firedrill";

    /** How long closing the app waits for queued saves (a drill's last save takes up to 20 s). */
    private static final java.time.Duration SHUTDOWN_GRACE = java.time.Duration.ofSeconds(25);

    private AppNavigator navigator;
    private MainWindow window;
    private TaskExecutor tasks;

    public static void launchGui(String[] args) {
        Application.launch(FiredrillApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        // Exceptions from event handlers end on this thread: log them and show where the log is.
        UncaughtErrors errors = UncaughtErrors.installDefault();
        errors.tellWith(ErrorDialog::show);
        Thread.currentThread().setUncaughtExceptionHandler(errors);
        tasks = new FxTaskExecutor();
        Path data = DataDir.resolve();
        SettingsStore settings = new SettingsStore(data);
        PersonalBests bests = new PersonalBests(data);
        Styles.applyTheme(settings.get().theme());
        window = new MainWindow();
        // 1366×800 where the screen allows it, never larger than the screen.
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(window.root(), Math.min(1366, screen.getWidth()), Math.min(800, screen.getHeight()));
        Styles.applyAll(scene, settings.get());
        // Settings are saved on a worker, so they change there: restyle on the FX thread.
        settings.settingsProperty().addListener((o, a, b) -> tasks.fx().execute(() -> Styles.applyAll(scene, b)));
        // A damaged settings or bests file was set aside, or a save failed: the user hears of it.
        window.showNotice(settings.noticeProperty().get());
        window.showNotice(bests.noticeProperty().get());
        settings.noticeProperty().addListener((o, a, b) -> onFx(() -> window.showNotice(b)));
        bests.noticeProperty().addListener((o, a, b) -> onFx(() -> window.showNotice(b)));
        navigator = new AppNavigator(window, settings, bests, tasks);
        navigator.setDocumentOpener(getHostServices()::showDocument);
        navigator.home();
        window.addBarAction(firedrill.app.author.AuthorEntry.button(navigator::author));
        window.addBarAction(firedrill.app.drill.DrillEntry.button(navigator::drill));
        window.addBarAction(firedrill.app.debrief.Debriefs.button(navigator::history));
        window.addBarAction(firedrill.app.cohort.CohortEntry.button(navigator::cohort));
        navigator.offerDrillResume();
        stage.setTitle(TITLE);
        stage.setMinWidth(1024);
        stage.setMinHeight(640);
        stage.setScene(scene);
        stage.setOnCloseRequest(e -> {
            if (window.current() != null && !window.current().canLeave()) {
                e.consume();
                return;
            }
            if (window.current() != null) {
                window.current().dispose();
            }
        });
        stage.show();
        if (SmokeProbe.requested(getParameters())) {
            SmokeProbe.attach(stage);
        }
    }

    private static void onFx(Runnable r) {
        if (javafx.application.Platform.isFxApplicationThread()) {
            r.run();
        } else {
            javafx.application.Platform.runLater(r);
        }
    }

    /** The main window of the running app (tests). */
    public MainWindow window() {
        return window;
    }

    /** After the window closed: lets queued saves finish (the workers are daemons and would be cut off). */
    @Override
    public void stop() {
        if (tasks != null) {
            tasks.shutdown(SHUTDOWN_GRACE);
        }
    }

    /** The navigator of the running app (tests). */
    public AppNavigator navigator() {
        return navigator;
    }
}
