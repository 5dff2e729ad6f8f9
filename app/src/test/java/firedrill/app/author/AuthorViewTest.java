package firedrill.app.author;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import firedrill.app.shell.FiredrillApp;
import firedrill.app.shell.Settings;
import firedrill.app.shell.Styles;
import firedrill.engine.model.ModelSpec;
import firedrill.engine.scenario.Problem;
import firedrill.engine.scenario.Scenario;
import firedrill.engine.scenario.ScenarioLoader;
import firedrill.engine.score.RunOutcome;
import firedrill.engine.sim.Playbooks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.controlsfx.control.decoration.Decoration;
import org.controlsfx.control.decoration.Decorator;
import org.controlsfx.control.decoration.GraphicDecoration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The editor through its UI, headless: the app bar opens it on the template; a mechanism edit changes
 * the preview's reference run; an error is listed with its path, clicking it focuses the field, undo
 * restores the value and clears the problem; the bad field is decorated while the problem lasts; every
 * problem path leads to a decorated field; a scenario made
 * from the template is saved to the user's folder, appears in the library and starts in solo practice.
 */
@ExtendWith(ApplicationExtension.class)
class AuthorViewTest {
    private FiredrillApp app;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        app = new FiredrillApp();
        app.start(stage);
        stage.setWidth(1280);
        stage.setHeight(800);
    }

    private AuthorView openEditor(FxRobot robot) {
        robot.clickOn("#open-author");
        waitUntil(() -> robot.lookup("#author").tryQuery().isPresent());
        return (AuthorView) robot.lookup("#author").query().getProperties().get(AuthorView.VIEW_KEY);
    }

    private static void waitUntil(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (TimeoutException e) {
            throw new AssertionError("condition not met within 20 s", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String summary(FxRobot robot) {
        return robot.lookup("#preview-summary").queryAs(Label.class).getText();
    }

    private static Node field(FxRobot robot, String path) {
        return robot.lookup(n -> path.equals(n.getProperties().get(Form.PATH)) && n.isVisible()).query();
    }

    private Object focusedPath() {
        Node f = stage.getScene().getFocusOwner();
        return f == null ? null : f.getProperties().get(Form.PATH);
    }

    /** Types into the field for a path (scrolled into view first) and confirms with Enter. */
    private void edit(FxRobot robot, String path, String text) {
        AuthorView view = (AuthorView) robot.lookup("#author").query().getProperties().get(AuthorView.VIEW_KEY);
        // A validation result may rebuild the form: let the last edit's debounced validation land first
        // (it is marked as validating from the edit on), then wait until the field is the one on screen.
        waitUntil(() -> !view.viewModel().validatingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> view.navigate(path));
        waitUntil(() -> field(robot, path).getScene() != null);
        Node f = field(robot, path);
        robot.clickOn(f);
        robot.interact(() -> ((TextField) f).selectAll());
        robot.write(text);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The field carries ControlsFX's error decoration, whose icon's tooltip includes the message. */
    private static void assertDecorated(Node field, String message) {
        assertTrue(field.getStyleClass().contains(ProblemDecoration.STYLE_CLASS), field.getProperties().get(Form.PATH)
                + " is marked");
        List<Decoration> decorations = Decorator.getDecorations(field);
        assertNotNull(decorations, "decorations on " + field.getProperties().get(Form.PATH));
        assertTrue(decorations.stream().anyMatch(d -> d instanceof GraphicDecoration), decorations::toString);
        assertTrue(((Parent) field).getChildrenUnmodifiable().stream().anyMatch(n -> n instanceof Label l
                && l.getTooltip() != null && l.getTooltip().getText().contains(message)), "an icon says " + message);
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void mechanismEditChangesThePreviewsReferenceRun(FxRobot robot) {
        AuthorView view = openEditor(robot);
        assertFalse(stage.getTitle().endsWith("•"), "nothing edited yet: " + stage.getTitle());
        waitUntil(() -> summary(robot).startsWith("Reference playbook:"));
        String before = summary(robot);
        // The template is solvable: the check (10 seeds, in the background) says so.
        robot.clickOn("#tab-solvability");
        robot.clickOn("#check-solvability");
        waitUntil(() -> robot.lookup("#solvability-status").queryAs(Label.class).getText().startsWith("Solvable"));
        assertEquals(1.0, view.viewModel().solvabilityProgressProperty().get());
        assertTrue(view.viewModel().solvabilityProperty().get().solvable());
        robot.clickOn("#tab-preview");
        robot.clickOn("#section-item-mechanisms");
        edit(robot, "$.mechanisms.dns.graceSeconds", "900");
        assertEquals(900.0, view.viewModel().scenario().mechanisms().dns().graceSeconds());
        // The solvability findings are now of an earlier scenario, and say so.
        assertTrue(view.viewModel().solvabilityStaleProperty().get(), "solvability marked out of date");
        assertTrue(stage.getTitle().endsWith("new-scenario (new) •"), "the dirty marker: " + stage.getTitle());
        waitUntil(() -> !summary(robot).equals(before));
        assertTrue(summary(robot).startsWith("Reference playbook:"), summary(robot));
        assertFalse(view.viewModel().previewRunningProperty().get());
        // The milestones table compares the same run with the real timeline.
        assertFalse(robot.lookup("#preview-milestones").queryTableView().getItems().isEmpty());
        // Whether the edit mattered: what moved since the last preview (milestones, services, clusters) — or nothing.
        assertFalse(view.viewModel().previewStaleProperty().get(), "the new run replaced the stale one");
        String changed = robot.lookup("#preview-changes").queryAs(Label.class).getText();
        assertTrue(changed.startsWith("• ") || changed.startsWith("Nothing:"), changed);
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        waitUntil(() -> summary(robot).equals(before));
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void anErrorIsListedWithItsPathClickingFocusesTheFieldAndUndoClearsIt(FxRobot robot) {
        AuthorView view = openEditor(robot);
        String path = "$.fleet.clusters[0].nodes";
        robot.clickOn("#section-item-fleet");
        edit(robot, path, "-5");
        ListView<Problem> problems = robot.lookup("#problems-list").queryListView();
        waitUntil(() -> problems.getItems().size() == 1);
        Problem p = problems.getItems().get(0);
        assertEquals(path, p.path());
        // Named as the form counts (from 1), with the JSON path (from 0) beside it.
        assertTrue(robot.lookup(".problem-where").match(n -> n instanceof Label l && l.getText().equals("Fleet · Cluster 1 · nodes"))
                .tryQuery().isPresent(), "listed as the form names it");
        assertTrue(robot.lookup(".problem-path").match(n -> n instanceof Label l && l.getText().equals(path))
                .tryQuery().isPresent(), "with its JSON path");
        // The bad field and its row are marked where they are.
        javafx.css.PseudoClass invalid = javafx.css.PseudoClass.getPseudoClass("invalid");
        assertTrue(field(robot, path).getPseudoClassStates().contains(invalid), "the field is marked");
        assertTrue(robot.lookup(".table-row-cell").match(n -> n.getPseudoClassStates().contains(invalid)).tryQuery()
                .isPresent(), "its row is marked");
        // The field itself is marked (ControlsFX decoration: icon with the message, red border) ...
        Node nodes = field(robot, path);
        assertDecorated(nodes, p.message());
        assertTrue(robot.lookup(n -> n instanceof TextField && n.getStyleClass().contains(ProblemDecoration.STYLE_CLASS))
                .queryAll().size() == 1, "only the bad field is marked");
        // ... and the theme still applies: the root the decorations installed carries the theme classes.
        Parent root = stage.getScene().getRoot();
        assertTrue(root.getStyleClass().containsAll(List.of("root", Styles.DARK_CLASS, Settings.DEFAULT.fontClass())),
                root + " " + root.getStyleClass());
        // Elsewhere in the editor, clicking the problem goes back to the field.
        robot.clickOn("#section-item-meta");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Section.META, view.currentSection());
        robot.clickOn(robot.lookup(".problem-path").match(n -> n instanceof Label l && l.getText().equals(path))
                .queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Section.FLEET, view.currentSection());
        assertEquals(path, focusedPath(), "focus lands on the nodes field");
        assertEquals("-5", ((TextField) stage.getScene().getFocusOwner()).getText());
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(5000, view.viewModel().scenario().fleet().clusters().get(0).nodes());
        assertEquals("5000", ((TextField) field(robot, path)).getText());
        waitUntil(() -> problems.getItems().isEmpty()); // the problem disappears once the undone version validates
        assertFalse(field(robot, path).getStyleClass().contains(ProblemDecoration.STYLE_CLASS), "and its mark");
        assertTrue(Decorator.getDecorations(field(robot, path)) == null || Decorator.getDecorations(field(robot, path)).isEmpty());
        assertFalse(field(robot, path).getPseudoClassStates().contains(invalid), "and so does the mark");
        assertEquals(path, focusedPath(), "undo shows the field it changed");
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void leavingWithUnsavedChangesAsksFirst(FxRobot robot) {
        AuthorView view = openEditor(robot);
        robot.clickOn("#author-library");
        waitUntil(() -> robot.lookup("#scenario-list").tryQuery().isPresent());
        view = openEditor(robot);
        edit(robot, "$.meta.title", "Unsaved title");
        assertTrue(view.viewModel().document().isDirty());
        robot.clickOn("#author-library");
        waitUntil(() -> robot.lookup("Discard").tryQuery().isPresent());
        robot.clickOn("Cancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#author").tryQuery().isPresent(), "still in the editor");
        assertEquals("Unsaved title", view.viewModel().scenario().meta().title());
        robot.clickOn("#author-library");
        waitUntil(() -> robot.lookup("Discard").tryQuery().isPresent());
        robot.clickOn("Discard");
        waitUntil(() -> robot.lookup("#scenario-list").tryQuery().isPresent());
        assertFalse(robot.lookup("#author").tryQuery().isPresent());
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void anInjectsConditionIsEditedInTheEventForm(FxRobot robot) {
        AuthorView view = openEditor(robot);
        robot.clickOn("#section-item-timeline");
        edit(robot, "$.timeline[0].until", "09:40");
        edit(robot, "$.timeline[0].when.noStatusUpdateFor", "PT20M");
        edit(robot, "$.timeline[0].when.servicesBelow.api", "0.5");
        waitUntil(() -> !view.viewModel().validatingProperty().get());
        firedrill.engine.scenario.TimelineEvent e = view.viewModel().scenario().timeline().get(0);
        assertEquals("09:40", e.until());
        assertEquals("PT20M", e.when().noStatusUpdateFor());
        assertEquals(java.util.Map.of("api", 0.5), e.when().servicesBelow());
        assertTrue(view.viewModel().problems().isEmpty(), view.viewModel().problems()::toString);
        // A bad value is reported at its own path, and the form leads back to it.
        edit(robot, "$.timeline[0].when.noStatusUpdateFor", "half an hour");
        // Validation runs debounced on a worker: wait for its result.
        waitUntil(() -> view.viewModel().problems().stream()
                .anyMatch(p -> p.path().equals("$.timeline[0].when.noStatusUpdateFor")));
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void everyProblemPathLeadsToItsField(FxRobot robot) throws Exception {
        Scenario s = ScenarioFiles.template();
        String[][] errors = {
                {"$.meta.date", "2024-02-30"},
                {"$.meta.sources[0].url", "ftp://x"},
                {"$.fleet.generator.minNodes", "0"},
                {"$.fleet.clusters[2].traffic.api", "0.9"}, // reported at $.fleet.services[1] (the sum)
                {"$.mechanisms.dns.graceSeconds", "-1"},
                {"$.timeline[1].waves", "0"},
                {"$.timeline[2].until", "9:00"},
                {"$.alerts[1].for", "two minutes"},
                {"$.actions[3].params.rate.max", "7"},
                {"$.team.responders", "0"},
                {"$.realTimeline[5].at", "9:00"},
                {"$.referencePlaybook.actions[2].target", "cluster:nope"},
                {"$.discussion[1]", " "},
                {"$.assumptions[0].path", "mechanisms"},
        };
        for (String[] e : errors) {
            Class<?> type = ScenarioLens.rawType(ScenarioLens.typeAt(Scenario.class, e[0]));
            Object v = Codec.of(type).parse(e[1]).value();
            s = ScenarioLens.with(s, e[0], v == null && e[0].endsWith("]") ? e[1] : v);
        }
        Scenario broken = s;
        robot.interact(() -> app.navigator().show(new AuthorView(new AuthorViewModel(
                new ScenarioDocument(broken, ScenarioDocument.Origin.NEW, null), app.navigator().tasks()), app.navigator())));
        AuthorView view = (AuthorView) robot.lookup("#author").query().getProperties().get(AuthorView.VIEW_KEY);
        waitUntil(() -> !view.viewModel().validatingProperty().get()); // validated in the background
        List<Problem> problems = List.copyOf(view.viewModel().problems());
        assertTrue(problems.size() >= errors.length, problems::toString);
        for (Problem p : problems) {
            Node[] focused = new Node[1];
            robot.interact(() -> focused[0] = view.navigate(p.path()));
            assertNotNull(focused[0], p.path());
            assertEquals(Section.of(p.path()), view.currentSection(), p.path());
            Object at = focused[0].getProperties().get(Form.PATH);
            assertNotNull(at, "a field for " + p.path());
            String fieldPath = at.toString();
            assertTrue(JsonPath.isPrefix(fieldPath, p.path()) || JsonPath.isPrefix(p.path(), fieldPath),
                    p.path() + " led to " + fieldPath);
            assertEquals(focused[0], stage.getScene().getFocusOwner(), p.path());
            WaitForAsyncUtils.waitForFxEvents();
            assertDecorated(focused[0], p.message());
        }
        for (String[] e : errors) {
            if (e[0].contains("traffic")) {
                continue;
            }
            assertTrue(problems.stream().anyMatch(p -> p.path().equals(e[0])), "reported at " + e[0] + ": " + problems);
        }
    }

    @Test
    @Timeout(value = 90, unit = TimeUnit.SECONDS)
    void aScenarioFromTheTemplateIsSavedToTheLibraryAndPlaysInSoloPractice(FxRobot robot) throws Exception {
        AuthorView view = openEditor(robot);
        edit(robot, "$.meta.id", "our-drill");
        edit(robot, "$.meta.title", "Our own outage");
        robot.clickOn("#author-save");
        WaitForAsyncUtils.waitForFxEvents();
        Path file = ScenarioFiles.userDir().resolve("our-drill.json");
        assertTrue(Files.isRegularFile(file), view.viewModel().statusProperty().get());
        assertFalse(view.viewModel().document().isDirty());
        assertFalse(stage.getTitle().endsWith("•"), stage.getTitle());
        Scenario saved = ScenarioLoader.load(file);
        assertEquals("Our own outage", saved.meta().title());
        ModelSpec spec = new ModelSpec(saved);
        RunOutcome ref = RunOutcome.of(Playbooks.run(spec, 7, Playbooks.commands(saved.referencePlaybook(), spec, "reference"),
                spec.horizonTick()));
        assertTrue(ref.services().values().stream().allMatch(o -> o.impactStart() >= 0 && o.fullRecovery() >= 0),
                "the reference playbook recovers every hit service");
        // Back to the library: the user's scenario is there and starts like a shipped one.
        robot.clickOn("#author-library");
        waitUntil(() -> robot.lookup("#home").tryQuery().isPresent());
        firedrill.app.home.HomeView home = (firedrill.app.home.HomeView) robot.lookup("#home").query().getProperties()
                .get(firedrill.app.home.HomeView.VIEW_KEY);
        boolean[] listed = new boolean[1];
        waitUntil(() -> {
            robot.interact(() -> listed[0] = home.reveal("our-drill")); // the library lists in the background
            return listed[0];
        });
        waitUntil(() -> robot.lookup("#practice-our-drill").tryQuery().isPresent());
        assertEquals("Edit", robot.lookup("#edit-our-drill").queryButton().getText());
        robot.interact(() -> robot.lookup("#practice-our-drill").queryButton().fire());
        robot.clickOn("#start-exercise");
        waitUntil(() -> robot.lookup("#console").tryQuery().isPresent());
        assertNotEquals(null, robot.lookup("#console").query());
    }
}
