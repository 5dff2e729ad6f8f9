package firedrill.app.shell;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.net.URL;
import javafx.application.Application;
import javafx.scene.Parent;
import javafx.scene.Scene;

/** Attaches the shared CSS tokens from {@code assets/} to a scene and applies the user's settings. */
public final class Styles {
    public static final String DARK_CLASS = "theme-dark";
    public static final String LIGHT_CLASS = "theme-light";

    private Styles() {}

    public static void apply(Scene scene) {
        URL css = Styles.class.getResource("/assets/css/firedrill.css");
        if (css != null && !scene.getStylesheets().contains(css.toExternalForm())) {
            scene.getStylesheets().add(css.toExternalForm());
        }
    }

    /** The AtlantaFX Primer theme for the whole application (user-agent stylesheet). */
    public static void applyTheme(Settings.Theme theme) {
        Application.setUserAgentStylesheet(theme == Settings.Theme.LIGHT
                ? new PrimerLight().getUserAgentStylesheet() : new PrimerDark().getUserAgentStylesheet());
    }

    /** Theme class and font-size class on a scene root (CSS in firedrill.css keys off them). */
    public static void applyRootClasses(Parent root, Settings s) {
        root.getStyleClass().removeIf(c -> c.startsWith("fd-font-") || c.equals(DARK_CLASS) || c.equals(LIGHT_CLASS));
        root.getStyleClass().addAll(s.theme() == Settings.Theme.LIGHT ? LIGHT_CLASS : DARK_CLASS, s.fontClass());
    }

    /** Everything at once: theme, stylesheet, root classes. */
    public static void applyAll(Scene scene, Settings s) {
        applyTheme(s.theme());
        apply(scene);
        applyRootClasses(scene.getRoot(), s);
    }
}
