package firedrill.app.drill;

import firedrill.app.fx.Navigator;
import firedrill.app.fx.Screen;
import firedrill.app.practice.Difficulty;
import firedrill.app.shell.MainWindow;
import firedrill.app.shell.Settings;
import firedrill.app.shell.Styles;
import firedrill.engine.drill.DrillRecord;
import firedrill.engine.model.ModelSpec;
import firedrill.engine.scenario.Scenario;
import firedrill.engine.scenario.ScenarioLoader;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.text.Text;
import javax.imageio.ImageIO;

/**
 * A drill as a facilitator of a real team would have it at 15:49 of the 11 Dec scenario — four people,
 * five roles, decisions, injects and observations — with both windows at a chosen size, for the layout
 * tests and the documentation's screenshots. Also finds status labels whose text is cut (ellipsis).
 */
final class DrillLayoutFixture {
    static final String[] NAMES = {"Dana Whitfield", "Lee Okafor", "Sam Ruiz", "Priya Nair"};
    static final String LIAISON = "Customer liaison";

    private DrillLayoutFixture() {}

    /** The 11 Dec drill with four people and five roles; not saved anywhere (no store). */
    static Drill playedDrill(DrillStore store) throws Exception {
        Scenario scenario = ScenarioLoader.loadShipped("openai-2024-12-11");
        ModelSpec spec = new ModelSpec(scenario);
        List<String> roles = new ArrayList<>(DrillRecord.STANDARD_ROLES);
        roles.add(LIAISON);
        List<DrillRecord.Member> roster = List.of(new DrillRecord.Member(NAMES[0], DrillRecord.INCIDENT_COMMANDER),
                new DrillRecord.Member(NAMES[1], DrillRecord.OPERATIONS), new DrillRecord.Member(NAMES[2], DrillRecord.COMMS),
                new DrillRecord.Member(NAMES[3], LIAISON));
        DrillSetup setup = new DrillSetup(scenario, spec, 1, Difficulty.STANDARD, true, roles, roster, null, null);
        Drill d = Drill.start(setup, store);
        DrillReportTest.at(d, "15:14");
        d.decide(NAMES[0], DrillRecord.INCIDENT_COMMANDER, "escalate", null, Map.of());
        d.observe(DrillRecord.Tag.STRENGTH, DrillRecord.INCIDENT_COMMANDER,
                "Declared the incident and paged more people within a minute of the first alert.");
        DrillReportTest.at(d, "15:21");
        d.decide(NAMES[1], DrillRecord.OPERATIONS, "rollback-telemetry", null, Map.of());
        d.observe(DrillRecord.Tag.IMPROVEMENT, DrillRecord.OPERATIONS,
                "Went for the rollback through the Kubernetes API while the API was down — nobody asked whether it could work.");
        DrillReportTest.at(d, "15:27");
        d.decide(NAMES[1], DrillRecord.OPERATIONS, "shift-traffic", "largest:5", Map.of());
        d.decide(NAMES[2], DrillRecord.COMMS, "status-update", null, Map.of());
        DrillReportTest.at(d, "15:38");
        d.decide(NAMES[1], DrillRecord.OPERATIONS, "block-admin-api", "largest:5", Map.of());
        d.inject("exec", "VP Engineering: the CEO is asking for an ETA. What do I tell them?");
        d.observe(DrillRecord.Tag.NOTE, DrillRecord.SCRIBE, "Scribe's timeline is two decisions behind.");
        DrillReportTest.at(d, "15:49");
        d.observe(DrillRecord.Tag.IMPROVEMENT, DrillRecord.COMMS, "Status page still says 'investigating' — 20 minutes stale.");
        d.decide(NAMES[0], DrillRecord.INCIDENT_COMMANDER, "scale-up-apiservers", "largest:5", Map.of());
        return d;
    }

    /** A navigator that goes nowhere (the console is shown on its own). */
    static Navigator nowhere() {
        return new Navigator() {
            @Override
            public void home() {}

            @Override
            public void briefing(Scenario s) {}

            @Override
            public void show(Screen screen) {}
        };
    }

    /**
     * The console in the main window and the participant view, each in a scene of w×h that no window
     * shows (Monocle's headless screen is smaller than the sizes tested); {@link #layout} lays them out.
     */
    static FacilitatorConsoleView console(Drill d, DrillStore store) {
        DrillContext ctx = new DrillContext(nowhere(), store, scene -> Styles.applyAll(scene, Settings.DEFAULT), () -> false,
                firedrill.app.fx.TaskExecutor.sameThread());
        FacilitatorConsoleView console = new FacilitatorConsoleView(new DrillViewModel(d), ctx, -1, false);
        console.setOpenParticipant(false);
        return console;
    }

    /** Scenes of w×h for both views (one console per size: a scene without a window keeps its size). */
    static Scene[] scenes(FacilitatorConsoleView console, double w, double h) {
        MainWindow window = new MainWindow();
        Scene main = new Scene(window.root(), w, h);
        Styles.applyAll(main, Settings.DEFAULT);
        window.show(console);
        Scene room = new Scene(console.participant().root(), w, h);
        Styles.applyAll(room, Settings.DEFAULT);
        DrillContext.addStylesheet(room);
        room.getRoot().getStyleClass().removeIf(c -> c.startsWith("fd-font-"));
        return new Scene[] {main, room};
    }

    /** Lays both views out as a frame would (FX thread): pull, CSS, layout, a second pass for cells. */
    static void layout(FacilitatorConsoleView console, Scene... scenes) {
        for (int pass = 0; pass < 3; pass++) {
            console.viewModel().pull();
            console.participant().frame();
            for (Scene s : scenes) {
                s.getRoot().applyCss();
                s.getRoot().layout();
            }
        }
    }

    /** Status labels (see {@link Status}) in the scene graph under {@code root} whose shown text is cut. */
    static List<String> truncated(Parent root) {
        List<String> out = new ArrayList<>();
        walk(root, out);
        return out;
    }

    private static void walk(Node n, List<String> out) {
        if (!n.isVisible()) {
            return;
        }
        if (n instanceof Labeled l && Status.isStatus(l) && l.getText() != null && !l.getText().isEmpty()) {
            for (Node c : l.getChildrenUnmodifiable()) {
                if (c instanceof Text t && !l.getText().equals(t.getText())) {
                    out.add(describe(l) + ": \"" + l.getText() + "\" shown as \"" + t.getText() + "\"");
                }
            }
        }
        if (n instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                walk(c, out);
            }
        }
    }

    private static String describe(Labeled l) {
        return (l.getId() == null ? "" : "#" + l.getId() + " ") + l.getStyleClass() + " " + (int) l.getWidth() + "px";
    }

    /** Writes a snapshot of the scene as PNG. */
    static void png(Scene scene, Path file) throws IOException {
        WritableImage img = scene.snapshot(null);
        int w = (int) img.getWidth();
        int h = (int) img.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        PixelReader r = img.getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out.setRGB(x, y, r.getArgb(x, y));
            }
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        ImageIO.write(out, "png", file.toFile());
    }
}
