package firedrill.app.author;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import firedrill.app.shell.FiredrillApp;
import firedrill.engine.scenario.Scenario;
import firedrill.engine.scenario.ScenarioLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The editor's fit pane through its UI, headless: on the template with the DNS grace doubled, ticking
 * the grace and fitting brings the impact milestones back (the residual view shows before ✗, after
 * ✓), the pane says which fitted parameters the milestones pin down, and Apply and save writes the
 * fitted value with its assumption; a running fit can be cancelled.
 */
@ExtendWith(ApplicationExtension.class)
class FitPaneTest {
    private static final String GRACE = "$.mechanisms.dns.graceSeconds";

    @Start
    void start(Stage stage) {
        new FiredrillApp().start(stage);
        stage.setWidth(1280);
        stage.setHeight(800);
    }

    private static void waitUntil(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (TimeoutException e) {
            throw new AssertionError("condition not met within 60 s", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Opens the editor on the template, doubles the grace and shows the fit pane with the grace ticked. */
    private AuthorView perturbedEditor(FxRobot robot) {
        robot.clickOn("#open-author");
        waitUntil(() -> robot.lookup("#author").tryQuery().isPresent());
        AuthorView view = (AuthorView) robot.lookup("#author").query().getProperties().get(AuthorView.VIEW_KEY);
        robot.interact(() -> view.viewModel().set(GRACE, 960.0));
        waitUntil(() -> !view.viewModel().validatingProperty().get() && view.viewModel().problems().isEmpty());
        robot.clickOn("#tab-fit");
        FitViewModel fit = view.fitViewModel();
        waitUntil(() -> fit.choices().stream().anyMatch(c -> c.path().equals(GRACE) && c.value().equals("960")));
        robot.interact(() -> assertTrue(fit.select(GRACE, true)));
        return view;
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    @Timeout(value = 180, unit = TimeUnit.SECONDS)
    void fittingTheDoubledGraceShowsResidualsBeforeAndAfterAndSavesTheFit(FxRobot robot) throws Exception {
        AuthorView view = perturbedEditor(robot);
        FitViewModel fit = view.fitViewModel();
        robot.clickOn("#fit-run");
        waitUntil(() -> fit.outcomeProperty().get() != null && !fit.runningProperty().get());
        assertTrue(text(robot, "#fit-status").startsWith("Milestones within tolerance: "), text(robot, "#fit-status"));
        assertEquals(1.0, fit.progressProperty().get());
        // The impact milestones were out of tolerance before and are back after; every milestone is within after.
        assertTrue(text(robot, "#fit-before-web-impact").startsWith("✗ +"), text(robot, "#fit-before-web-impact"));
        List<Node> after = List.copyOf(robot.lookup(n -> n.getId() != null && n.getId().startsWith("fit-after-")).queryAll());
        assertEquals(fit.outcomeProperty().get().fit().afterReport().rows().size(), after.size());
        for (Node n : after) {
            assertTrue(((Label) n).getText().startsWith("✓"), n.getId() + ": " + ((Label) n).getText());
        }
        double fitted = fit.outcomeProperty().get().fit().after()[0];
        assertTrue(fitted < 960, "fitted grace " + fitted);
        // What the data pins down: the grace moves the impact milestones, so it is pinned.
        assertTrue(robot.lookup(".fit-pinned").match(n -> ((Label) n).getText().contains("dns.graceSeconds")).tryQuery()
                .isPresent(), "the grace is listed as pinned down");
        // Apply and save: one undoable edit, then the new scenario goes to the user's folder.
        robot.clickOn("#fit-save");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(fitted, view.viewModel().scenario().mechanisms().dns().graceSeconds());
        Path file = view.viewModel().document().file();
        assertNotNull(file, text(robot, "#fit-status"));
        Scenario saved = ScenarioLoader.load(file);
        assertEquals(fitted, saved.mechanisms().dns().graceSeconds());
        assertTrue(Files.readString(file).contains("Fitted to milestones first-alert"));
        assertTrue(saved.assumptions().stream().anyMatch(a -> a.path().equals(GRACE) && a.reason().contains("960 before")));
        assertFalse(fit.staleProperty().get(), "the applied fit is the scenario's own");
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void aRunningFitCanBeCancelled(FxRobot robot) {
        AuthorView view = perturbedEditor(robot);
        FitViewModel fit = view.fitViewModel();
        robot.clickOn("#fit-run");
        assertTrue(fit.runningProperty().get());
        assertFalse(robot.lookup("#fit-cancel").queryAs(Button.class).isDisabled());
        robot.clickOn("#fit-cancel");
        waitUntil(() -> !fit.runningProperty().get());
        assertEquals("Fit cancelled.", text(robot, "#fit-status"));
        assertTrue(robot.lookup("#fit-save").queryAs(Button.class).isDisabled(), "nothing to save");
        assertFalse(robot.lookup("#fit-run").queryAs(Button.class).isDisabled());
        assertEquals(960.0, view.viewModel().scenario().mechanisms().dns().graceSeconds());
    }
}
