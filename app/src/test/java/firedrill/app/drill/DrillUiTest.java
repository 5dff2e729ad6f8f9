package firedrill.app.drill;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import firedrill.app.practice.ConsoleViewModel.ActionRow;
import firedrill.app.practice.SimulationRunner;
import firedrill.app.shell.FiredrillApp;
import firedrill.engine.action.ActionRecord;
import firedrill.engine.drill.DrillRecord;
import firedrill.engine.model.ModelSpec;
import firedrill.engine.sim.Message;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import javafx.animation.AnimationTimer;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The facilitated drill through the app: app bar → set-up → start opens the facilitator console in the
 * main window and the participant view in a second window, both views of one runner.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class DrillUiTest {
    private Stage stage;
    private Drill drill;
    private FacilitatorConsoleView console;
    private Parent facilitator;
    private Parent participant;
    private ModelSpec spec;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        new FiredrillApp().start(stage);
        stage.setWidth(1280);
        stage.setHeight(800);
    }

    @AfterEach
    void close(FxRobot robot) throws Exception {
        robot.interact(() -> {
            if (console != null) {
                console.dispose();
            }
        });
    }

    /** App bar → set-up (two named people) → Start. */
    private void openDrill(FxRobot robot) throws Exception {
        robot.interact(() -> robot.lookup("#open-drill").queryButton().fire());
        // The set-up loads its scenarios in the background; Start waits for them.
        waitUntil(() -> robot.lookup("#start-drill").tryQuery().map(b -> !b.isDisabled()).orElse(false));
        robot.interact(() -> {
            robot.lookup("#person-name-0").queryAs(TextField.class).setText("Dana");
            robot.lookup("#person-name-1").queryAs(TextField.class).setText("Lee");
            robot.lookup("#start-drill").queryButton().fire();
        });
        waitUntil(() -> robot.lookup("#facilitator-console").tryQuery().isPresent()
                && participantRoot() != null);
        facilitator = (Parent) robot.lookup("#facilitator-console").query();
        drill = (Drill) facilitator.getProperties().get(FacilitatorConsoleView.DRILL_KEY);
        spec = drill.spec();
        participant = participantRoot();
        console = screenOf(facilitator);
        assertNotNull(drill);
    }

    private static FacilitatorConsoleView screenOf(Parent root) {
        Object v = root.getProperties().get(FacilitatorConsoleView.VIEW_KEY);
        return (FacilitatorConsoleView) v;
    }

    private static Parent participantRoot() {
        for (Window w : Window.getWindows()) {
            if (w.getScene() != null && w.getScene().getRoot() != null
                    && ParticipantView.ID.equals(w.getScene().getRoot().getId()) && w.isShowing()) {
                return w.getScene().getRoot();
            }
        }
        return null;
    }

    private void fastForward(String time) throws InterruptedException {
        int tick = spec.tickOf(time);
        drill.runner().fastForwardTo(tick);
        drill.runner().awaitFrame(f -> f.tick() >= tick && f.paused(), Duration.ofSeconds(30));
        pulses(3);
    }

    private static void waitUntil(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (TimeoutException e) {
            throw new AssertionError("condition not met within 20 s", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Waits for {@code n} animation pulses (frames). */
    private static void pulses(int n) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        javafx.application.Platform.runLater(() -> new AnimationTimer() {
            private int seen;

            @Override
            public void handle(long now) {
                if (++seen >= n) {
                    stop();
                    done.countDown();
                }
            }
        }.start());
        assertTrue(done.await(10, TimeUnit.SECONDS));
    }

    /** The label's text at each of the next {@code n} animation pulses (frames). */
    private static List<String> textAtEachPulse(Label label, int n) throws InterruptedException {
        List<String> texts = java.util.Collections.synchronizedList(new ArrayList<>());
        CountDownLatch done = new CountDownLatch(1);
        javafx.application.Platform.runLater(() -> new AnimationTimer() {
            @Override
            public void handle(long now) {
                texts.add(label.getText());
                if (texts.size() >= n) {
                    stop();
                    done.countDown();
                }
            }
        }.start());
        assertTrue(done.await(20, TimeUnit.SECONDS));
        return List.copyOf(texts);
    }

    // ---- acceptance ---------------------------------------------------------------------------------

    @Test
    void facilitatorPauseStopsTheParticipantClock(FxRobot robot) throws Exception {
        openDrill(robot);
        Label clock = (Label) participant.lookup("#participant-clock");
        String first = clock.getText();
        waitUntil(() -> !clock.getText().equals(first)); // the drill clock runs
        robot.interact(() -> ((Button) facilitator.lookup("#drill-pause")).fire());
        drill.runner().awaitFrame(SimulationRunner.Frame::paused, Duration.ofSeconds(5));
        pulses(2);
        String stopped = clock.getText();
        assertTrue(participant.lookup("#participant-paused").isVisible(), "the room sees PAUSED");
        assertEquals(((Label) facilitator.lookup("#facilitator-clock")).getText(), stopped, "one clock, two views");
        int pausedAt = drill.runner().sync().get(10, TimeUnit.SECONDS).tick();
        List<String> shown = textAtEachPulse(clock, 30);
        assertTrue(shown.stream().allMatch(stopped::equals), "the participant clock stopped: " + shown);
        assertEquals(pausedAt, drill.runner().sync().get(10, TimeUnit.SECONDS).tick(), "the runner did not step");
        robot.interact(() -> ((Button) facilitator.lookup("#drill-pause")).fire());
        waitUntil(() -> !clock.getText().equals(stopped));
        assertFalse(participant.lookup("#participant-paused").isVisible());
    }

    @Test
    void anAdHocInjectReachesTheParticipantChannelWithinOneFrame(FxRobot robot) throws Exception {
        openDrill(robot);
        robot.interact(() -> ((Button) facilitator.lookup("#drill-pause")).fire());
        drill.runner().awaitFrame(SimulationRunner.Frame::paused, Duration.ofSeconds(5));
        pulses(2);
        String text = "VP Engineering: what do I tell the board? (ETA please)";
        Node channel = participant.lookup("#incident-channel");
        AtomicInteger frames = new AtomicInteger(-1);
        CountDownLatch seen = new CountDownLatch(1);
        robot.interact(() -> {
            ((TextInputControl) facilitator.lookup("#inject-text")).setText(text);
            ((Button) facilitator.lookup("#send-inject")).fire();
            new AnimationTimer() {
                private int pulse;

                @Override
                public void handle(long now) {
                    pulse++;
                    // A cell shows it after one pulse's layout; check at the start of the next.
                    if (texts(channel).stream().anyMatch(t -> t.contains(text))) {
                        frames.set(pulse - 1);
                        stop();
                        seen.countDown();
                    } else if (pulse > 30) {
                        stop();
                        seen.countDown();
                    }
                }
            }.start();
        });
        assertTrue(seen.await(10, TimeUnit.SECONDS));
        assertTrue(frames.get() >= 0 && frames.get() <= 1, "shown within one frame (took " + frames.get() + ")");
        // It applies when the clock moves: then it is in the engine's channel, exactly once on screen.
        int t = drill.frame().tick();
        drill.runner().fastForwardTo(t + 1);
        drill.runner().awaitFrame(f -> f.tick() > t, Duration.ofSeconds(5));
        pulses(3);
        assertTrue(drill.frame().snapshot().messages().stream().anyMatch(m -> m.text().equals(text) && m.tick() == t + 1));
        long shown = texts(channel).stream().filter(m -> m.equals(text)).count();
        assertEquals(1, shown, "applied, and shown once");
    }

    @Test
    void groundTruthAndNotesNeverAppearInTheParticipantView(FxRobot robot) throws Exception {
        openDrill(robot);
        fastForward("15:24");
        String note = "IC is fixated on rollback; nobody looks at DNS (facilitator-only note 7f3a)";
        robot.interact(() -> {
            ((TextArea) facilitator.lookup("#observation-text")).setText(note);
            ((Button) facilitator.lookup("#add-observation")).fire();
        });
        pulses(4);
        Set<Node> participantNodes = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        walk(participant, participantNodes);
        List<Node> facilitatorNodes = new ArrayList<>();
        walk(facilitator, facilitatorNodes);

        // Truth-bearing nodes are marked, present on the console, and none is in the participant view.
        List<Node> truthNodes = facilitatorNodes.stream()
                .filter(n -> n.getStyleClass().contains(FacilitatorConsoleView.TRUTH)).toList();
        assertTrue(truthNodes.size() >= 4, "the console marks its truth-bearing nodes");
        for (Node n : participantNodes) {
            assertFalse(n.getStyleClass().contains(FacilitatorConsoleView.TRUTH), "truth node in the participant view: " + n);
            assertFalse(n.getStyleClass().contains("truth-panel"), n.toString());
            assertFalse(n.getId() != null && (n.getId().startsWith("truth") || n.getId().startsWith("observation")
                    || n.getId().equals("missing-list")), n.toString());
            assertFalse(facilitatorNodes.contains(n), "a node shared between the windows: " + n);
        }

        List<String> seen = new ArrayList<>();
        for (Node n : participantNodes) {
            seen.addAll(textsOf(n));
        }
        String all = String.join("\n", seen);
        assertTrue(all.contains(((Label) participant.lookup("#participant-clock")).getText()), "the walk sees text");
        assertFalse(all.contains(note), "the facilitator's note");
        assertFalse(all.contains("7f3a"));
        for (String word : List.of("ground truth", "Ground truth", "facilitator only", "misread", "looks healthy to the team")) {
            assertFalse(all.contains(word), word);
        }
        assertFalse(all.contains(spec.scenario().meta().title()), "the title would give the cause away");
        // Every truth text of the console (long enough to be specific) and every cluster's true state line.
        List<String> truthTexts = new ArrayList<>();
        Set<String> names = new java.util.HashSet<>();
        for (int c = 0; c < spec.layout().clusters(); c++) {
            names.add(spec.layout().id(c));
            names.add(spec.layout().regionName(c));
        }
        for (Node n : truthNodes) {
            List<Node> sub = new ArrayList<>();
            walk(n, sub);
            for (Node s : sub) {
                // Cluster ids and regions are named in alerts too; everything else specific must stay out.
                textsOf(s).stream().filter(t -> t.length() >= 12 && !names.contains(t)).forEach(truthTexts::add);
            }
        }
        for (GroundTruth.Row r : GroundTruth.rows(drill.frame().snapshot(), 0)) {
            truthTexts.add(r.summary());
        }
        String truthSummary = ((Label) facilitator.lookup("#truth-summary")).getText();
        assertTrue(truthTexts.contains(truthSummary) && truthSummary.contains("API failing"), truthSummary);
        for (String t : truthTexts) {
            assertFalse(all.contains(t), "truth text in the participant view: " + t);
        }
    }

    @Test
    void aDecisionOnTheConsoleAppliesAtTheNextTickAndShowsInBothViews(FxRobot robot) throws Exception {
        openDrill(robot);
        fastForward("15:22");
        int t = drill.frame().tick();
        robot.interact(() -> {
            @SuppressWarnings("unchecked")
            ComboBox<DrillViewModel.Decider> decider = (ComboBox<DrillViewModel.Decider>) facilitator.lookup("#decider");
            decider.setValue(decider.getItems().stream().filter(x -> "Lee".equals(x.name())).findFirst().orElseThrow());
            console.viewModel().actions().selectedProperty().set(spec.action("block-admin-api"));
            console.viewModel().actions().setTarget("largest:3");
            Button record = (Button) facilitator.lookup("#confirm-action");
            assertEquals("Record decision", record.getText());
            record.fire();
        });
        pulses(2);
        String by = "Lee · " + DrillRecord.OPERATIONS;
        String applies = spec.clockOf(t + 1);
        // Queued in both views: the console's log says when it applies; the room sees it submitted.
        ListView<?> log = (ListView<?>) facilitator.lookup("#decision-log");
        DrillViewModel.DecisionRow queued = (DrillViewModel.DecisionRow) log.getItems().get(0);
        assertEquals("pending", queued.state());
        assertEquals(applies, queued.at());
        assertEquals(by, queued.decision().who());
        Node actions = participant.lookup("#action-list");
        assertTrue(console.viewModel().observed().actions().stream().anyMatch(x -> x.isPending()
                && by.equals(x.pending().by())), "the room's actions have it submitted");
        assertTrue(texts(actions).stream().anyMatch(s -> s.contains("applies when the clock moves")),
                "participant view shows it submitted");

        // One tick later it has been issued, by Lee, at t + 1 — in the engine and in both views.
        drill.runner().fastForwardTo(t + 1);
        drill.runner().awaitFrame(f -> f.tick() > t && f.paused(), Duration.ofSeconds(5));
        pulses(3);
        ActionRecord issued = drill.frame().snapshot().actions().stream().filter(a -> by.equals(a.by())).findFirst()
                .orElseThrow();
        assertEquals(t + 1, issued.issuedTick());
        assertEquals("block-admin-api", issued.action());
        DrillViewModel.DecisionRow row = (DrillViewModel.DecisionRow) log.getItems().get(0);
        assertFalse("pending".equals(row.state()), row.toString());
        assertEquals(applies, row.at());
        assertTrue(console.viewModel().observed().actions().stream().anyMatch(x -> !x.isPending()
                && x.record().seq() == issued.seq()), "the room's actions have the issued action");
        assertTrue(texts(actions).stream().anyMatch(s -> s.contains(issued.title())), "a tile shows it");
        assertTrue(texts(log).stream().anyMatch(s -> s.startsWith("Lee")), "the log shows who decided");
    }

    // ---- scene-graph helpers ------------------------------------------------------------------------

    private static void walk(Node n, Collection<Node> out) {
        out.add(n);
        if (n instanceof Parent) {
            for (Node c : ((Parent) n).getChildrenUnmodifiable()) {
                walk(c, out);
            }
        }
        if (n instanceof Labeled && ((Labeled) n).getGraphic() != null && !out.contains(((Labeled) n).getGraphic())) {
            walk(((Labeled) n).getGraphic(), out);
        }
    }

    private static List<String> textsOf(Node n) {
        List<String> out = new ArrayList<>();
        if (n instanceof Labeled && ((Labeled) n).getText() != null) {
            out.add(((Labeled) n).getText());
        }
        if (n instanceof Text && ((Text) n).getText() != null) {
            out.add(((Text) n).getText());
        }
        if (n instanceof TextInputControl && ((TextInputControl) n).getText() != null) {
            out.add(((TextInputControl) n).getText());
            if (((TextInputControl) n).getPromptText() != null) {
                out.add(((TextInputControl) n).getPromptText());
            }
        }
        if (n instanceof Control && ((Control) n).getTooltip() != null) {
            out.add(((Control) n).getTooltip().getText());
        }
        return out;
    }

    private static List<String> texts(Node root) {
        List<Node> nodes = new ArrayList<>();
        walk(root, nodes);
        List<String> out = new ArrayList<>();
        for (Node n : nodes) {
            if (n.isVisible()) {
                out.addAll(textsOf(n));
            }
        }
        // ChannelView cells split a message into several Text nodes: join each TextFlow's runs too.
        for (Node n : nodes) {
            if (n instanceof javafx.scene.text.TextFlow) {
                StringBuilder sb = new StringBuilder();
                for (Node c : ((javafx.scene.text.TextFlow) n).getChildren()) {
                    if (c instanceof Text) {
                        sb.append(((Text) c).getText());
                    }
                }
                out.add(sb.toString());
            }
        }
        return out;
    }
}
