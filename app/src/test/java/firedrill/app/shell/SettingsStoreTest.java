package firedrill.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsStoreTest {
    @TempDir
    Path dir;

    @Test
    void settingsPersistThroughTheViewModel() throws Exception {
        SettingsStore store = new SettingsStore(dir);
        assertEquals(Settings.DEFAULT, store.get());
        assertFalse(Files.exists(dir.resolve(SettingsStore.FILE)), "nothing written until something changes");
        SettingsViewModel vm = new SettingsViewModel(store, Runnable::run);
        vm.darkProperty().set(false);
        vm.fontScaleProperty().set(1.15);
        vm.soundProperty().set(true);
        Settings reloaded = new SettingsStore(dir).get();
        assertEquals(Settings.Theme.LIGHT, reloaded.theme());
        assertEquals(1.15, reloaded.fontScale());
        assertTrue(reloaded.sound());
        assertEquals("fd-font-115", reloaded.fontClass());
    }

    @Test
    void oddValuesAreNormalised() {
        assertEquals(1.3, new Settings(null, 7, false).fontScale());
        assertEquals(Settings.Theme.DARK, new Settings(null, 1, false).theme());
    }
}
