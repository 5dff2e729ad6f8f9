package firedrill.app.shell;

import firedrill.app.fx.JsonFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The user's settings, observable, persisted in {@code settings.json} in the data dir on every
 * change (atomically). A damaged file is moved aside, never overwritten, and {@link #noticeProperty}
 * tells the user; so does a failed save. Works without the JavaFX toolkit.
 */
public final class SettingsStore {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(SettingsStore.class);
    public static final String FILE = "settings.json";
    private final Path file;
    private final ObjectProperty<Settings> settings = new SimpleObjectProperty<>(this, "settings");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice");
    private final boolean writable;

    public SettingsStore(Path dataDir) {
        this(dataDir, Clock.systemUTC());
    }

    /** @param clock stamps the name a damaged file is moved aside to */
    public SettingsStore(Path dataDir, Clock clock) {
        this.file = dataDir.resolve(FILE);
        JsonFiles.Loaded<Settings> loaded = JsonFiles.read(file, Settings.class, "settings", clock);
        settings.set(loaded.value() == null ? Settings.DEFAULT : loaded.value());
        writable = loaded.writable();
        notice.set(loaded.notice());
    }

    public ReadOnlyObjectProperty<Settings> settingsProperty() {
        return settings;
    }

    public Settings get() {
        return settings.get();
    }

    /** What the user should know about the settings file (null when all is well). */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /**
     * Replaces the settings and saves them; a failed save is logged and told through
     * {@link #noticeProperty}, and the change kept in memory. Nothing is written over a file that
     * could not be read.
     */
    public void update(Settings s) {
        if (s.equals(settings.get())) {
            return;
        }
        settings.set(s);
        if (!writable) {
            return;
        }
        try {
            JsonFiles.write(file, s);
        } catch (IOException e) {
            LOG.warn("Cannot save settings to {}", file, e);
            notice.set("Your settings could not be saved to " + file + " (" + e.getMessage()
                    + "); the change holds until Firedrill closes.");
        }
    }

    public Path file() {
        return file;
    }
}
