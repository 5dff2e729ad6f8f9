package firedrill.app.practice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import firedrill.engine.command.Command;
import firedrill.engine.model.FleetLayout;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import javafx.geometry.Point2D;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Issue #21: the fleet view shows what the team did to each cluster, e.g. blocked access and re-admission. */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class TileBadgesUiTest {
    private static final String A = "api-eastus-01";
    private static final String B = "gpt-eastus-01";
    private ConsoleView view;
    private SimulationRunner runner;

    @Start
    void start(Stage stage) throws Exception {
        view = FxTestSupport.showConsole(stage, Difficulty.STANDARD);
        runner = view.viewModel().runner();
        runner.start();
    }

    @Test
    void blockedThenRestoredClustersShowReadmissionProgress(FxRobot robot) throws Exception {
        FleetLayout layout = view.viewModel().spec().layout();
        int a = layout.indexOf(A);
        int b = layout.indexOf(B);
        FleetHeatmap heatmap = view.heatmap();
        int t = runner.latest().tick();
        runner.fastForwardTo(t + 3600);
        t = FxTestSupport.awaitTick(runner, t + 3600).tick();
        assertFalse(heatmap.badgeOf(a).any() && heatmap.badgeOf(a).blocked(), "not blocked before the action");

        runner.submit(Command.action(t + 1, "block-admin-api", "cluster:" + A + "," + B, Map.of(), null, null, "trainee"));
        t = stepUntil(t, 30, x -> x.blocked());
        assertTrue(heatmap.badgeOf(a).text().contains("access blocked"));

        // The blocked tile carries the violet access bar along its bottom edge.
        Point2D centre = heatmap.cellCenter(a);
        double side = heatmap.layoutGeometry().side(a);
        Color bar = pixel(robot, heatmap, centre.getX(), centre.getY() + side / 2 - 1.5);
        assertEquals(FleetHeatmap.ACCESS.getRed(), bar.getRed(), 0.08, "access bar colour at the tile's bottom: " + bar);
        assertEquals(FleetHeatmap.ACCESS.getBlue(), bar.getBlue(), 0.08, "access bar colour at the tile's bottom: " + bar);

        runner.submit(Command.action(t + 1, "unblock-admin-api", "cluster:" + A + "," + B, Map.of(), null, null, "trainee"));
        stepUntil(t, 10, x -> x.readmitting());
        for (int c : new int[] {a, b}) {
            TileBadges.Badge badge = heatmap.badgeOf(c);
            assertTrue(badge.readmitting(), layout.id(c));
            assertTrue(badge.admittedPercent() >= 0 && badge.admittedPercent() < 100, badge.toString());
            assertTrue(badge.text().contains("re-admitting " + badge.admittedPercent() + "%"), badge.text());
        }
    }

    /** Moves the clock {@code step} seconds at a time until both clusters' badges match. */
    private int stepUntil(int t, int step, Predicate<TileBadges.Badge> condition) {
        FleetLayout layout = view.viewModel().spec().layout();
        int a = layout.indexOf(A);
        int b = layout.indexOf(B);
        for (int i = 0; i < 200; i++) {
            if (condition.test(view.heatmap().badgeOf(a)) && condition.test(view.heatmap().badgeOf(b))) {
                return t;
            }
            t += step;
            runner.fastForwardTo(t);
            int shown = FxTestSupport.awaitTick(runner, t).tick();
            FxTestSupport.waitUntil(Duration.ofSeconds(10), () -> view.viewModel().tickProperty().get() >= shown);
        }
        throw new AssertionError(view.viewModel().snapshot().actions() + " badges never matched; last " + view.heatmap().badgeOf(a) + " / " + view.heatmap().badgeOf(b));
    }

    private static Color pixel(FxRobot robot, FleetHeatmap heatmap, double x, double y) {
        WritableImage[] img = new WritableImage[1];
        robot.interact(() -> {
            heatmap.paintIfDirty();
            img[0] = heatmap.snapshot(null, null);
        });
        return img[0].getPixelReader().getColor((int) Math.round(x), (int) Math.round(y));
    }
}
