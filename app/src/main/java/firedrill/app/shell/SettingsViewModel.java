package firedrill.app.shell;

import java.util.concurrent.Executor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * Editable settings; every change is written through to the {@link SettingsStore} on {@code saves}
 * (a serial lane of the app's workers: the write forces the file to disk, which can take a while).
 */
public final class SettingsViewModel {
    private final SettingsStore store;
    private final BooleanProperty dark = new SimpleBooleanProperty(this, "dark");
    private final ObjectProperty<Double> fontScale = new SimpleObjectProperty<>(this, "fontScale");
    private final BooleanProperty sound = new SimpleBooleanProperty(this, "sound");

    public SettingsViewModel(SettingsStore store, Executor saves) {
        this.store = store;
        Settings s = store.get();
        dark.set(s.theme() == Settings.Theme.DARK);
        fontScale.set(s.fontScale());
        sound.set(s.sound());
        dark.addListener((o, a, b) -> saves.execute(
                () -> store.update(store.get().withTheme(b ? Settings.Theme.DARK : Settings.Theme.LIGHT))));
        fontScale.addListener((o, a, b) -> {
            if (b != null) {
                saves.execute(() -> store.update(store.get().withFontScale(b)));
            }
        });
        sound.addListener((o, a, b) -> saves.execute(() -> store.update(store.get().withSound(b))));
    }

    public BooleanProperty darkProperty() {
        return dark;
    }

    public ObjectProperty<Double> fontScaleProperty() {
        return fontScale;
    }

    public BooleanProperty soundProperty() {
        return sound;
    }

    public String dataDir() {
        return store.file().getParent().toString();
    }
}
