package firedrill.app.practice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import firedrill.app.fx.HealthScale;
import firedrill.app.shell.Settings;
import firedrill.app.shell.Styles;
import firedrill.engine.sim.Snapshot;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The fleet view paints what a hand-made snapshot says, from observed metrics only. */
@ExtendWith(ApplicationExtension.class)
class FleetHeatmapTest {
    static final List<String> IDS = List.of("healthy-1", "failing-1", "down-1", "blind-1");
    private FleetHeatmap heatmap;

    @Start
    void start(Stage stage) {
        heatmap = new FleetHeatmap();
        heatmap.setShape(HeatmapLayout.Shape.of(IDS, List.of("us-east", "us-east", "eu-west", "eu-west"),
                new int[] {5000, 5000, 200, 200}, List.of("us-east", "eu-west")));
        Scene scene = new Scene(new StackPane(heatmap), 600, 300);
        Styles.applyAll(scene, Settings.DEFAULT);
        stage.setScene(scene);
        stage.show();
    }

    /** Observed metrics per cluster: API error ratio, p99 latency, DNS failure ratio. Truth is absent on purpose. */
    static Snapshot snapshot(double[] err, double[] lat, double[] dns) {
        int n = IDS.size();
        double[] sat = new double[n];
        Snapshot.Clusters clusters = new Snapshot.Clusters(IDS, List.of("us-east", "us-east", "eu-west", "eu-west"),
                new int[] {5000, 5000, 200, 200}, err, lat, sat, dns);
        return new Snapshot(0, "15:45:00", 1000, List.of("api"), List.of("API"), new double[] {1}, clusters, null,
                List.of(), List.of(), List.of(), List.of(), 4, 0, -1, false);
    }

    private Color pixel(FxRobot robot, int c, double fx, double fy) {
        WritableImage[] img = new WritableImage[1];
        Point2D[] at = new Point2D[1];
        robot.interact(() -> {
            heatmap.paintIfDirty();
            img[0] = heatmap.snapshot(null, null);
            HeatmapLayout l = heatmap.layoutGeometry();
            Point2D origin = heatmap.cellCenter(c).subtract(l.side(c) / 2, l.side(c) / 2);
            at[0] = origin.add(l.side(c) * fx, l.side(c) * fy);
        });
        return img[0].getPixelReader().getColor((int) at[0].getX(), (int) at[0].getY());
    }

    private static void assertClose(Color want, Color got, String what) {
        double d = Math.abs(want.getRed() - got.getRed()) + Math.abs(want.getGreen() - got.getGreen())
                + Math.abs(want.getBlue() - got.getBlue());
        assertTrue(d < 0.06, what + ": want " + want + ", got " + got);
    }

    @Test
    void coloursFollowTheObservedMetrics(FxRobot robot) {
        double nan = Double.NaN;
        Snapshot s = snapshot(new double[] {0.0, 0.3, 0.97, nan}, new double[] {0.1, 4, 60, nan},
                new double[] {0.0, 0.02, 0.8, nan});
        robot.interact(() -> heatmap.setSnapshot(s));
        HealthScale scale = heatmap.scale();
        assertEquals(0.0, heatmap.severityOf(0));
        assertEquals(0.6, heatmap.severityOf(1), 1e-9);
        assertEquals(1.0, heatmap.severityOf(2));
        assertTrue(Double.isNaN(heatmap.severityOf(3)), "no data");
        assertClose(scale.color(0), pixel(robot, 0, 0.5, 0.5), "healthy");
        assertClose(scale.color(0.6), pixel(robot, 1, 0.5, 0.5), "failing");
        assertClose(scale.color(1), pixel(robot, 2, 0.5, 0.5), "down");
        assertClose(scale.noDataColor(), pixel(robot, 3, 0.2, 0.6), "no data is grey");
        assertTrue(scale.color(0).getGreen() > scale.color(0).getRed(), "healthy looks green");
        assertTrue(scale.color(1).getRed() > scale.color(1).getGreen(), "down looks red");

        // The next snapshot: the healthy cluster's DNS starts failing, the blind one reports again.
        Snapshot next = snapshot(new double[] {0.0, 0.3, 0.97, 0.0}, new double[] {0.1, 4, 60, 0.1},
                new double[] {0.5, 0.02, 0.8, 0.0});
        robot.interact(() -> heatmap.setSnapshot(next));
        assertClose(scale.color(1), pixel(robot, 0, 0.5, 0.5), "now down (DNS)");
        assertClose(scale.color(0), pixel(robot, 3, 0.2, 0.6), "reporting and healthy");
    }

    @Test
    void aCrashLoopingServingBinaryPaintsItsTileThoughItsApiIsFine(FxRobot robot) {
        double[] zero = new double[4];
        double[] lat = {0.1, 0.1, 0.1, 0.1};
        Snapshot.Clusters clusters = new Snapshot.Clusters(IDS, List.of("us-east", "us-east", "eu-west", "eu-west"),
                new int[] {5000, 5000, 200, 200}, zero, lat, zero, zero, new double[] {0, 0.63, 0, 0});
        Snapshot s = new Snapshot(0, "11:30:00", 1000, List.of("api"), List.of("API"), new double[] {1}, clusters, null,
                List.of(), List.of(), List.of(), List.of(), 4, 0, -1, false);
        robot.interact(() -> heatmap.setSnapshot(s));
        assertEquals(1.0, heatmap.severityOf(1), "63% workload 5xx is down, whatever the API says");
        assertClose(heatmap.scale().color(1), pixel(robot, 1, 0.5, 0.5), "workload 5xx paint the tile");
        assertClose(heatmap.scale().color(0), pixel(robot, 0, 0.5, 0.5), "its neighbour stays healthy");
    }

    @Test
    void clickingAndDraggingSelectsClusters(FxRobot robot) {
        double[] zero = new double[4];
        robot.interact(() -> heatmap.setSnapshot(snapshot(zero, zero, zero)));
        List<List<String>> seen = new java.util.ArrayList<>();
        heatmap.setOnSelection(seen::add);
        robot.clickOn(heatmap.localToScreen(heatmap.cellCenter(1)));
        assertEquals(List.of("failing-1"), heatmap.selectedIds());
        robot.press(javafx.scene.input.KeyCode.SHIFT).clickOn(heatmap.localToScreen(heatmap.cellCenter(2)))
                .release(javafx.scene.input.KeyCode.SHIFT);
        assertEquals(List.of("failing-1", "down-1"), heatmap.selectedIds());
        Point2D from = heatmap.localToScreen(2, 2);
        Point2D to = heatmap.localToScreen(heatmap.getWidth() - 3, heatmap.getHeight() - 3);
        robot.drag(from).dropTo(to);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(IDS, heatmap.selectedIds(), "a rectangle around every cell");
        assertEquals(IDS, seen.get(seen.size() - 1));
    }
}
