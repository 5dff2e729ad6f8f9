package firedrill.app.drill;

import firedrill.app.fx.Navigator;
import firedrill.app.fx.TaskExecutor;
import java.net.URL;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.scene.Scene;

/**
 * What the drill screens need from the app around them: navigation (home after a drill), where drills
 * are saved, how a new window's scene is themed (the participant view), the sound setting, and where
 * background work (resuming, closing, exports) runs.
 */
public record DrillContext(Navigator navigator, DrillStore store, Consumer<Scene> styler, BooleanSupplier soundOn,
                           TaskExecutor tasks) {

    /** Adds the drill stylesheet to a scene (after the app's own). */
    public static void addStylesheet(Scene scene) {
        URL css = DrillContext.class.getResource("/assets/css/drill.css");
        if (css != null && !scene.getStylesheets().contains(css.toExternalForm())) {
            scene.getStylesheets().add(css.toExternalForm());
        }
    }
}
