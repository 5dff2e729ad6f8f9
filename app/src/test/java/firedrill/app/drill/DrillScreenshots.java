package firedrill.app.drill;

import firedrill.app.fx.DataDir;
import firedrill.app.shell.FiredrillApp;
import firedrill.app.testing.FxWait;
import firedrill.engine.drill.DrillRecord;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Map;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Not a test: sets up the scene for docs/screenshots/drill-*.png on a real display. Opens the app,
 * starts the 11 Dec drill with a roster, plays a few decisions, injects and observations up to 15:52,
 * pauses, and prints {@code READY} (then a screenshot tool captures the windows by title). Run under
 * Xvfb with two Xinerama screens so the participant view goes full screen on the second one.
 */
public final class DrillScreenshots extends Application {
    public static void main(String[] args) throws Exception {
        System.setProperty(DataDir.PROPERTY, Files.createTempDirectory("firedrill-shots-").toString());
        launch(args);
    }

    @Override
    public void start(Stage stage) throws Exception {
        FiredrillApp app = new FiredrillApp();
        app.start(stage);
        stage.setX(0);
        stage.setY(0);
        stage.setWidth(1600);
        stage.setHeight(900);
        app.navigator().drill();
        javafx.animation.PauseTransition wait = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(1));
        wait.setOnFinished(ev -> {
            String[] names = {"Dana Whitfield", "Lee Okafor", "Sam Ruiz", "Priya Nair"};
            for (int i = 0; i < names.length; i++) {
                ((TextField) find(stage.getScene().getRoot(), "person-name-" + i)).setText(names[i]);
            }
            ((javafx.scene.control.Button) find(stage.getScene().getRoot(), "start-drill")).fire();
            new Thread(() -> play(stage), "shots").start();
        });
        wait.play();
    }

    static javafx.scene.Node find(javafx.scene.Node n, String id) {
        if (id.equals(n.getId())) {
            return n;
        }
        if (n instanceof javafx.scene.control.ScrollPane && ((javafx.scene.control.ScrollPane) n).getContent() != null) {
            javafx.scene.Node f = find(((javafx.scene.control.ScrollPane) n).getContent(), id);
            if (f != null) {
                return f;
            }
        }
        if (n instanceof javafx.scene.Parent) {
            for (javafx.scene.Node c : ((javafx.scene.Parent) n).getChildrenUnmodifiable()) {
                javafx.scene.Node f = find(c, id);
                if (f != null) {
                    return f;
                }
            }
        }
        return null;
    }

    private static Drill drillOf(Stage stage) {
        var root = stage.getScene().lookup("#facilitator-console");
        return root == null ? null : (Drill) root.getProperties().get(FacilitatorConsoleView.DRILL_KEY);
    }

    private void play(Stage stage) {
        try {
            FxWait.until(Duration.ofSeconds(60), () -> drillOf(stage) != null);
            Drill d = drillOf(stage);
            DrillReportTest.at(d, "15:14");
            d.decide("Dana Whitfield", DrillRecord.INCIDENT_COMMANDER, "escalate", null, Map.of());
            d.observe(DrillRecord.Tag.STRENGTH, DrillRecord.INCIDENT_COMMANDER,
                    "Declared the incident and paged more people within a minute of the first alert.");
            DrillReportTest.at(d, "15:21");
            d.decide("Lee Okafor", DrillRecord.OPERATIONS, "rollback-telemetry", null, Map.of());
            d.observe(DrillRecord.Tag.IMPROVEMENT, DrillRecord.OPERATIONS,
                    "Went for the rollback through the Kubernetes API while the API was down — nobody asked whether it could work.");
            DrillReportTest.at(d, "15:27");
            d.decide("Lee Okafor", DrillRecord.OPERATIONS, "shift-traffic", "largest:5", Map.of());
            d.decide("Sam Ruiz", DrillRecord.COMMS, "status-update", null, Map.of());
            DrillReportTest.at(d, "15:38");
            d.decide("Lee Okafor", DrillRecord.OPERATIONS, "block-admin-api", "largest:5", Map.of());
            d.inject("exec", "VP Engineering: the CEO is asking for an ETA. What do I tell them?");
            d.observe(DrillRecord.Tag.NOTE, DrillRecord.SCRIBE, "Scribe's timeline is two decisions behind.");
            DrillReportTest.at(d, "15:49");
            d.observe(DrillRecord.Tag.IMPROVEMENT, DrillRecord.COMMS,
                    "Status page still says 'investigating' — 20 minutes stale.");
            d.decide("Dana Whitfield", DrillRecord.INCIDENT_COMMANDER, "scale-up-apiservers", "largest:5", Map.of());
            Platform.runLater(() -> {
                // One X screen here: put the participant window where a 1080p projector would be.
                for (Window w : Window.getWindows()) {
                    if (w != stage) {
                        w.setX(1600);
                        w.setY(0);
                        w.setWidth(1920);
                        w.setHeight(1080);
                    }
                }
            });
            FxWait.pulses(150); // both windows placed, laid out and repainted
            Platform.runLater(() -> {
                for (Window w : Window.getWindows()) {
                    System.out.println("window " + ((Stage) w).getTitle() + " " + w.getX() + "," + w.getY() + " "
                            + w.getWidth() + "x" + w.getHeight() + " fullScreen=" + ((Stage) w).isFullScreen());
                }
                System.out.println("READY");
                System.out.flush();
            });
        } catch (Exception e) {
            e.printStackTrace();
            Platform.exit();
        }
    }
}
