package firedrill.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import firedrill.app.fx.DataDir;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Damaged settings and bests files are set aside at start-up and the window says so. */
@ExtendWith(ApplicationExtension.class)
class DamagedFilesUiTest {
    private String before;
    private Path data;
    private FiredrillApp app;

    @Start
    void start(Stage stage) throws Exception {
        before = System.getProperty(DataDir.PROPERTY);
        data = Files.createTempDirectory("firedrill-damaged-");
        Files.writeString(data.resolve(SettingsStore.FILE), "{\"theme\": ");
        Files.writeString(data.resolve(firedrill.app.home.PersonalBests.FILE), "not json at all");
        System.setProperty(DataDir.PROPERTY, data.toString());
        app = new FiredrillApp();
        app.start(stage);
    }

    @AfterEach
    void restore() {
        if (before == null) {
            System.clearProperty(DataDir.PROPERTY);
        } else {
            System.setProperty(DataDir.PROPERTY, before);
        }
    }

    @Test
    void bothNoticesAreShownUnderTheAppBar(FxRobot robot) throws Exception {
        List<String> notices = app.window().notices();
        assertEquals(2, notices.size(), notices.toString());
        assertTrue(notices.get(0).startsWith("Your settings file could not be read"), notices.get(0));
        assertTrue(notices.get(1).startsWith("Your personal bests file could not be read"), notices.get(1));
        try (var files = Files.list(data)) {
            assertEquals(2, files.filter(p -> p.getFileName().toString().contains(".corrupt-")).count());
        }
        robot.clickOn("Dismiss");
        assertEquals(1, app.window().notices().size());
    }
}
