package firedrill.app.shell;

import firedrill.app.fx.DataDir;
import firedrill.app.home.PersonalBests;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** The JavaFX application: one main window whose centre the navigator swaps between screens. */
public final class FiredrillApp extends Application {
    public static final String TITLE = "Firedrill";

    private AppNavigator navigator;

    public static void launchGui(String[] args) {
        Application.launch(FiredrillApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        Path data = DataDir.resolve();
        SettingsStore settings = new SettingsStore(data);
        PersonalBests bests = new PersonalBests(data);
        Styles.applyTheme(settings.get().theme());
        MainWindow window = new MainWindow();
        // 1366×800 where the screen allows it, never larger than the screen.
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(window.root(), Math.min(1366, screen.getWidth()), Math.min(800, screen.getHeight()));
        Styles.applyAll(scene, settings.get());
        settings.settingsProperty().addListener((o, a, b) -> Styles.applyAll(scene, b));
        navigator = new AppNavigator(window, settings, bests);
        navigator.setDocumentOpener(getHostServices()::showDocument);
        navigator.home();
        window.addBarAction(firedrill.app.author.AuthorEntry.button(navigator::author));
        window.addBarAction(firedrill.app.drill.DrillEntry.button(navigator::drill));
        window.addBarAction(firedrill.app.debrief.Debriefs.button(navigator::history));
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

    /** The navigator of the running app (tests). */
    public AppNavigator navigator() {
        return navigator;
    }
}
