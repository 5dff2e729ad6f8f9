package firedrill.app.shell;

import firedrill.app.fx.JsonFiles;
import java.io.IOException;
import java.nio.file.Path;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The user's settings, observable, persisted in {@code settings.json} in the data dir on every
 * change (atomically). Works without the JavaFX toolkit.
 */
public final class SettingsStore {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(SettingsStore.class);
    public static final String FILE = "settings.json";
    private final Path file;
    private final ObjectProperty<Settings> settings = new SimpleObjectProperty<>(this, "settings");

    public SettingsStore(Path dataDir) {
        this.file = dataDir.resolve(FILE);
        Settings s = JsonFiles.read(file, Settings.class);
        settings.set(s == null ? Settings.DEFAULT : s);
    }

    public ReadOnlyObjectProperty<Settings> settingsProperty() {
        return settings;
    }

    public Settings get() {
        return settings.get();
    }

    /** Replaces the settings and saves them; a failed save is reported and the change kept in memory. */
    public void update(Settings s) {
        if (s.equals(settings.get())) {
            return;
        }
        settings.set(s);
        try {
            JsonFiles.write(file, s);
        } catch (IOException e) {
            LOG.warn("Cannot save settings to {}", file, e);
        }
    }

    public Path file() {
        return file;
    }
}
