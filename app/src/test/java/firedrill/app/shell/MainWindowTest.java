package firedrill.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        new FiredrillApp().start(stage);
    }

    @Test
    void opensTitledWindowWithBrand(FxRobot robot) {
        assertEquals("Firedrill", stage.getTitle());
        assertTrue(stage.isShowing());
        Label brand = robot.lookup("#brand").queryAs(Label.class);
        assertEquals("Firedrill", brand.getText());
    }
}
