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

    private static final java.time.Clock CLOCK =
            java.time.Clock.fixed(java.time.Instant.parse("2026-12-04T10:15:30Z"), java.time.ZoneOffset.UTC);

    @Test
    void aDamagedFileIsMovedAsideWithANoticeAndNeverOverwritten() throws Exception {
        Path file = dir.resolve(SettingsStore.FILE);
        Files.writeString(file, "{\"theme\": \"DARK\", \"fontScale\": ");
        SettingsStore store = new SettingsStore(dir, CLOCK);
        assertEquals(Settings.DEFAULT, store.get());
        Path aside = dir.resolve("settings.json.corrupt-20261204-101530");
        assertEquals("{\"theme\": \"DARK\", \"fontScale\": ", Files.readString(aside), "kept byte for byte");
        assertFalse(Files.exists(file));
        String notice = store.noticeProperty().get();
        assertTrue(notice.startsWith("Your settings file could not be read (it is not valid: "), notice);
        assertTrue(notice.endsWith("so defaults are used. It was kept as " + aside + "."), notice);

        store.update(store.get().withSound(true));
        assertTrue(new SettingsStore(dir, CLOCK).get().sound(), "new settings are saved in a fresh file");
        assertEquals("{\"theme\": \"DARK\", \"fontScale\": ", Files.readString(aside), "the damaged copy is untouched");

        // Damaged again in the same second: the first copy is not overwritten either.
        Files.writeString(file, "[]");
        new SettingsStore(dir, CLOCK);
        assertEquals("[]", Files.readString(dir.resolve("settings.json.corrupt-20261204-101530-2")));
    }

    @Test
    void aFileThatCannotBeReadIsLeftAloneAndNotWrittenOver() throws Exception {
        Path file = Files.createDirectories(dir.resolve(SettingsStore.FILE));
        Files.writeString(file.resolve("inside"), "keep me");
        SettingsStore store = new SettingsStore(dir, CLOCK);
        assertEquals(Settings.DEFAULT, store.get());
        assertTrue(store.noticeProperty().get().contains("cannot be read"), store.noticeProperty().get());
        assertTrue(store.noticeProperty().get().contains("changes are not saved this time"), store.noticeProperty().get());
        store.update(store.get().withSound(true));
        assertTrue(store.get().sound(), "the change holds in memory");
        assertEquals("keep me", Files.readString(file.resolve("inside")));
    }

    @Test
    void aFailedSaveIsToldThroughTheNotice() throws Exception {
        Path data = dir.resolve("data");
        SettingsStore store = new SettingsStore(data, CLOCK);
        Files.writeString(dir.resolve("data"), "a file where the data folder should be");
        assertEquals(null, store.noticeProperty().get());
        store.update(store.get().withSound(true));
        assertTrue(store.noticeProperty().get().startsWith("Your settings could not be saved to "), store.noticeProperty().get());
    }
}
