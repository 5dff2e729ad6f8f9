package firedrill.app.drill;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import firedrill.engine.drill.AarIp;
import firedrill.engine.drill.DrillRecord;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The AAR/IP editor: ratings and plan rows edited, rows added and removed, a bad due date refused. */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class AarIpEditorTest {
    private AarIpEditor editor;

    static AarIp draft() {
        return new AarIp(AarIp.FORMAT, new AarIp.Overview("Drill", "s", "S", "2024-12-11", "a", "b", 30, "scope", 50,
                List.of("Keep customers informed"), List.of(new DrillRecord.Member("Sam", DrillRecord.COMMS))),
                List.of(new AarIp.ObjectiveAnalysis("Keep customers informed", "S", List.of("x"), List.of("late update"))),
                List.of(new AarIp.PlanItem("Keep customers informed", "late update", "", "Comms", "")));
    }

    @Start
    void start(Stage stage) {
        editor = new AarIpEditor(draft());
        stage.setScene(new Scene(editor.content(), 900, 600));
        stage.show();
    }

    @Test
    void editsRatingsAndThePlanAndRefusesABadDueDate(FxRobot robot) {
        robot.interact(() -> {
            editor.ratings().get(0).setValue("M");
            AarIpEditor.Row row = editor.plan().getItems().get(0);
            row.action.set("Template the first update");
            row.due.set("next week");
        });
        assertTrue(editor.check().contains("Row 1") && editor.check().contains("next week"), editor.check());
        robot.clickOn("#aar-plan-add");
        robot.interact(() -> {
            editor.plan().getItems().get(0).due.set("2027-03-01");
            editor.plan().getSelectionModel().select(1);
        });
        assertEquals(2, editor.plan().getItems().size());
        robot.clickOn("#aar-plan-remove");
        assertEquals("", editor.check());
        AarIp out = editor.result();
        assertEquals("M", out.objectives().get(0).rating());
        assertEquals(List.of(new AarIp.PlanItem("Keep customers informed", "late update", "Template the first update",
                "Comms", "2027-03-01")), out.plan());
        assertEquals(List.of(), AarIp.validate("edited", out));
    }
}
