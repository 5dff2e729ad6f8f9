package firedrill.app.fx;

import java.nio.file.Path;

/**
 * Where the app keeps its small local files (settings, personal bests): the {@code firedrill.dataDir}
 * system property (tests use a temp dir), else {@code $XDG_DATA_HOME/firedrill}, else
 * {@code ~/.local/share/firedrill}.
 */
public final class DataDir {
    public static final String PROPERTY = "firedrill.dataDir";

    private DataDir() {}

    public static Path resolve() {
        return resolve(System.getProperty(PROPERTY), System.getenv("XDG_DATA_HOME"), System.getProperty("user.home"));
    }

    /** The user's home folder (where file choosers start when nothing better is known). */
    public static Path userHome() {
        return Path.of(System.getProperty("user.home"));
    }

    static Path resolve(String property, String xdgDataHome, String userHome) {
        if (property != null && !property.isBlank()) {
            return Path.of(property);
        }
        // The XDG spec says relative paths are invalid and must be ignored.
        if (xdgDataHome != null && !xdgDataHome.isBlank() && Path.of(xdgDataHome).isAbsolute()) {
            return Path.of(xdgDataHome, "firedrill");
        }
        return Path.of(userHome, ".local", "share", "firedrill");
    }
}
