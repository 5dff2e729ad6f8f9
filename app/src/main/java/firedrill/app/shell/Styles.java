package firedrill.app.shell;

import java.net.URL;
import javafx.scene.Scene;

/** Attaches the shared CSS tokens from {@code assets/} to a scene. */
public final class Styles {
    private Styles() {}

    public static void apply(Scene scene) {
        URL css = Styles.class.getResource("/assets/css/firedrill.css");
        if (css != null) {
            scene.getStylesheets().add(css.toExternalForm());
        }
    }
}
