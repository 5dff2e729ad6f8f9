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
    private static final String SETTINGS_KEY = "firedrill.settings";
    private static final String FOLLOW_KEY = "firedrill.rootClassesFollowRoot";

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
        root.getStyleClass().removeIf(Styles::isRootClass);
        root.getStyleClass().addAll(s.theme() == Settings.Theme.LIGHT ? LIGHT_CLASS : DARK_CLASS, s.fontClass());
    }

    /**
     * Everything at once: theme, stylesheet, root classes. The root classes follow the scene's root:
     * ControlsFX's decorations wrap the root in a pane of their own the first time a field is
     * decorated (ADR 0018), and the theme and font-size rules select on {@code .root}.
     */
    public static void applyAll(Scene scene, Settings s) {
        applyTheme(s.theme());
        apply(scene);
        scene.getProperties().put(SETTINGS_KEY, s);
        if (scene.getProperties().putIfAbsent(FOLLOW_KEY, Boolean.TRUE) == null) {
            scene.rootProperty().addListener((o, old, root) -> {
                if (old != null) {
                    old.getStyleClass().removeIf(Styles::isRootClass);
                }
                if (root != null) {
                    applyRootClasses(root, (Settings) scene.getProperties().get(SETTINGS_KEY));
                }
            });
        }
        applyRootClasses(scene.getRoot(), s);
    }

    private static boolean isRootClass(String c) {
        return c.startsWith("fd-font-") || c.equals(DARK_CLASS) || c.equals(LIGHT_CLASS);
    }
}
