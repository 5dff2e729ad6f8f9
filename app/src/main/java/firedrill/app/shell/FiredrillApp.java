package firedrill.app.shell;

import atlantafx.base.theme.PrimerDark;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** The JavaFX application: one main window whose centre the navigator swaps between screens. */
public final class FiredrillApp extends Application {
    public static final String TITLE = "Firedrill";

    public static void launchGui(String[] args) {
        Application.launch(FiredrillApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerDark().getUserAgentStylesheet());
        MainWindow window = new MainWindow();
        Scene scene = new Scene(window.root(), 1280, 800);
        Styles.apply(scene);
        stage.setTitle(TITLE);
        stage.setMinWidth(1024);
        stage.setMinHeight(640);
        stage.setScene(scene);
        stage.show();
        if (SmokeProbe.requested(getParameters())) {
            SmokeProbe.attach(stage);
        }
    }
}
