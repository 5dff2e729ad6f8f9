package firedrill.app.author;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import firedrill.app.shell.FiredrillApp;
import firedrill.engine.scenario.Milestone;
import firedrill.engine.scenario.Scenario;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The editor's "New → From a post-mortem…", headless: pasted text is read in the background, the
 * preview lists placed rows (milestone or inject, measure) and unplaced ones with their line and
 * reason; "Create scenario" opens the skeleton in the editor as a new document. A zone that is not
 * one is refused with a message, and nothing can be created from it.
 */
@ExtendWith(ApplicationExtension.class)
class PostMortemDialogTest {
    static final String TIMELINE = """
            # Cache stampede — 3 Mar 2024
            Sources: P1 — the operator's post-mortem, https://example.com/postmortem

            ## Timeline (UTC)
            | time | event | src |
            |---|---|---|
            | 09:58 | config push starts | P1 |
            | 10:04 | first alerts fire | P1 |
            | ~10:45 | status: investigating | P1 |
            | undated | a red herring was chased | P1 |
            | 23:50 | mitigation deployed | P1 |
            | 00:20 | all services operational again | P1 |

            Later, at 11:00, the team wrote this summary.
            """;

    @Start
    void start(Stage stage) {
        new FiredrillApp().start(stage);
        stage.setWidth(1280);
        stage.setHeight(800);
    }

    private static void waitUntil(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (TimeoutException e) {
            throw new AssertionError("condition not met within 20 s", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static AuthorView openDialog(FxRobot robot) {
        robot.clickOn("#open-author");
        waitUntil(() -> robot.lookup("#author").tryQuery().isPresent());
        AuthorView view = (AuthorView) robot.lookup("#author").query().getProperties().get(AuthorView.VIEW_KEY);
        robot.clickOn("#author-new");
        robot.clickOn("#author-new-postmortem");
        waitUntil(() -> robot.lookup("#postmortem-text").tryQuery().isPresent());
        return view;
    }

    private static String summary(FxRobot robot) {
        return robot.lookup("#postmortem-summary").queryAs(Label.class).getText();
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void pastedTimelinePreviewsEveryRowAndCreatesTheSkeleton(FxRobot robot) {
        AuthorView view = openDialog(robot);
        Button create = robot.lookup("#postmortem-create").queryButton();
        assertTrue(create.isDisabled(), "nothing read yet");
        robot.interact(() -> robot.lookup("#postmortem-text").queryAs(TextArea.class).setText(TIMELINE));
        robot.clickOn("#postmortem-read");
        waitUntil(() -> summary(robot).contains("rows placed"));
        assertEquals("5 rows placed (2 milestones, 3 injects), 2 not placed.", summary(robot));

        TableView<PostMortemImportModel.Row> table = robot.lookup("#postmortem-rows").queryTableView();
        List<String> rows = table.getItems().stream()
                .map(r -> r.line() + " " + r.time() + " " + r.becomes() + " " + r.measure()).toList();
        assertEquals(List.of("7 09:58 inject ", "8 10:04 milestone firstAlert", "9 10:45 inject ",
                "10 — not placed ", "11 23:50 inject ", "12 00:20+1 milestone allServicesRecovered",
                "14 — not placed "), rows);
        assertTrue(table.getItems().get(3).text().startsWith("no time in the time column"), table.getItems().get(3).text());
        assertTrue(table.getItems().get(6).text().contains("running text"), table.getItems().get(6).text());

        assertFalse(create.isDisabled());
        robot.clickOn("#postmortem-create");
        waitUntil(() -> robot.lookup("#author").tryQuery().isPresent()
                && robot.lookup("#author").query().getProperties().get(AuthorView.VIEW_KEY) != view);
        AuthorView next = (AuthorView) robot.lookup("#author").query().getProperties().get(AuthorView.VIEW_KEY);
        Scenario s = next.viewModel().scenario();
        assertEquals("Cache stampede — 3 Mar 2024", s.meta().title());
        assertEquals("UTC", s.meta().timezone());
        assertEquals(List.of("firstAlert", "allServicesRecovered"), s.realTimeline().stream().map(Milestone::measure).toList());
        assertEquals("P1", s.realTimeline().get(0).source());
        assertTrue(next.viewModel().problems().isEmpty(), next.viewModel().problems().toString());
        assertTrue(robot.lookup("#postmortem-dialog").tryQuery().isEmpty(), "the dialog closed");
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void anUnknownZoneIsRefused(FxRobot robot) {
        openDialog(robot);
        robot.interact(() -> {
            robot.lookup("#postmortem-text").queryAs(TextArea.class).setText(TIMELINE);
            robot.lookup("#postmortem-zone").queryAs(TextField.class).setText("Mars/Olympus");
        });
        robot.clickOn("#postmortem-read");
        waitUntil(() -> summary(robot).startsWith("Unknown time zone"));
        assertTrue(robot.lookup("#postmortem-create").queryButton().isDisabled());
        robot.interact(() -> robot.lookup("#postmortem-zone").queryAs(TextField.class).setText("Europe/Berlin"));
        robot.clickOn("#postmortem-read");
        waitUntil(() -> summary(robot).contains("rows placed"));
        TableView<PostMortemImportModel.Row> table = robot.lookup("#postmortem-rows").queryTableView();
        assertEquals("10:58", table.getItems().get(0).time(), "09:58 UTC is 10:58 in Berlin in March");
        robot.clickOn("#postmortem-cancel");
        waitUntil(() -> robot.lookup("#postmortem-dialog").tryQuery().isEmpty());
    }
}
