package firedrill.app.drill;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import firedrill.app.fx.DataDir;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 20: the participant view and the facilitator console lay out for a projector or laptop of
 * 1280×720, 1366×768, 1920×1080 and 3840×2160 (and for large projector text on the smallest): no
 * status label is cut to an ellipsis (the shown text equals the label's text), every panel is inside
 * the window, and the room sees several kinds of alert and the newest message of the channel whole.
 * A drill of four people and five roles at 15:49, with decisions, injects and observations.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class DrillLayoutTest {

    @ParameterizedTest(name = "{0}×{1}, projector text {2}")
    @CsvSource({"1280, 720, 1.0", "1366, 768, 1.0", "1920, 1080, 1.0", "3840, 2160, 1.0", "1280, 720, 1.5",
            "1920, 1080, 0.7"})
    void nothingIsCutAtThisSize(double w, double h, double text) throws Exception {
        DrillStore store = new DrillStore(DataDir.resolve());
        Drill d = DrillLayoutFixture.playedDrill(store);
        List<String> consoleCut = new ArrayList<>();
        List<String> roomCut = new ArrayList<>();
        List<String> outside = new ArrayList<>();
        int[] alertGroups = {0};
        boolean[] newestWhole = {false};
        double[] font = {0};
        boolean[] two = {false};
        FacilitatorConsoleView[] console = new FacilitatorConsoleView[1];
        try {
            WaitForAsyncUtils.asyncFx(() -> {
                console[0] = DrillLayoutFixture.console(d, store);
                console[0].viewModel().projectorTextProperty().set(text);
                Scene[] s = DrillLayoutFixture.scenes(console[0], w, h);
                DrillLayoutFixture.layout(console[0], s);
                consoleCut.addAll(DrillLayoutFixture.truncated(s[0].getRoot()));
                roomCut.addAll(DrillLayoutFixture.truncated(s[1].getRoot()));
                for (String id : List.of("truth-panel", "inject-panel", "observation-panel", "decision-log", "facilitator-header")) {
                    inside(s[0], id, w, h, outside);
                }
                for (String id : List.of("participant-header", "alert-panel", "channel-panel", "service-cards", "inflight-panel")) {
                    inside(s[1], id, w, h, outside);
                }
                Node groups = s[1].lookup("#projector-alert-groups");
                for (Node n : ((javafx.scene.Parent) groups).getChildrenUnmodifiable()) {
                    alertGroups[0] += n.isVisible() ? 1 : 0;
                }
                var rows = ((javafx.scene.Parent) s[1].lookup("#incident-channel")).getChildrenUnmodifiable();
                newestWhole[0] = !rows.isEmpty() && rows.get(rows.size() - 1).isVisible();
                font[0] = console[0].participant().fontPx();
                two[0] = console[0].participant().twoColumns();
            }).get(60, TimeUnit.SECONDS);
        } finally {
            WaitForAsyncUtils.asyncFx(() -> {
                if (console[0] != null) {
                    console[0].dispose();
                } else {
                    d.close();
                }
            }).get(30, TimeUnit.SECONDS);
        }
        assertEquals(List.of(), consoleCut, "status cut on the console at " + w + "×" + h);
        assertEquals(List.of(), roomCut, "status cut on the projector at " + w + "×" + h + ", text " + text);
        assertEquals(List.of(), outside, "panels outside the window");
        assertTrue(alertGroups[0] >= (text > 1.2 ? 1 : 3), "kinds of alert the room sees: " + alertGroups[0]);
        assertTrue(newestWhole[0], "the newest message of the channel is shown whole");
        // The type follows the window (the same layout at every 16:9 size) and the facilitator's text size.
        assertEquals(ParticipantView.fontFor(w, h, text), font[0], 0.06);
        assertEquals(w / font[0] < ParticipantView.TWO_COLUMNS_EM, two[0], "two columns only for large text");
    }

    private static void inside(Scene scene, String id, double w, double h, List<String> out) {
        Node n = scene.lookup("#" + id);
        if (n == null || !n.isVisible()) {
            out.add("#" + id + " missing");
            return;
        }
        Bounds b = n.localToScene(n.getLayoutBounds());
        if (b.getMinX() < -1 || b.getMinY() < -1 || b.getMaxX() > w + 1 || b.getMaxY() > h + 1 || b.getWidth() < 20) {
            out.add("#" + id + " at " + b);
        }
    }
}
