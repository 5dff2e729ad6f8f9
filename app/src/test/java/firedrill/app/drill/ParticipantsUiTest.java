package firedrill.app.drill;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import firedrill.app.drill.web.InviteDialog;
import firedrill.app.drill.web.Invitation;
import firedrill.app.drill.web.QrCode;
import firedrill.app.drill.web.Room;
import firedrill.engine.drill.DrillRecord;
import firedrill.engine.drill.DrillReport;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.image.ImageView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * "Invite participants" in the app: nothing listens before Start; then the projector shows the join
 * URL, code and a QR code that decodes to them; a participant's proposal waits in the console with
 * Approve/Decline, and approving makes it the team's decision. A hostile name is text in the console,
 * the decision log, the invite dialog and the after-action report.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ParticipantsUiTest {
    static final String HOSTILE = "<img src=x onerror=alert(1)>";
    @TempDir
    Path data;

    @Test
    void inviteApproveAndHostileNamesStayText() throws Exception {
        DrillStore store = new DrillStore(data);
        Drill d = DrillLayoutFixture.playedDrill(store);
        d.pause();
        FacilitatorConsoleView[] console = new FacilitatorConsoleView[1];
        Scene[][] scenes = new Scene[1][];
        List<String> texts = new ArrayList<>();
        try {
            WaitForAsyncUtils.asyncFx(() -> {
                console[0] = DrillLayoutFixture.console(d, store);
                scenes[0] = DrillLayoutFixture.scenes(console[0], 1600, 900);
                DrillLayoutFixture.layout(console[0], scenes[0]);
            }).get(60, TimeUnit.SECONDS);
            Invitation inv = console[0].invitation();
            assertNull(inv.cardProperty().get(), "nothing listens before the facilitator starts it");
            assertFalse(scenes[0][1].lookup("#participant-join").getParent().isVisible());

            WaitForAsyncUtils.asyncFx(() -> {
                inv.start("127.0.0.1", 0);
                DrillLayoutFixture.layout(console[0], scenes[0]);
            }).get(60, TimeUnit.SECONDS);
            Invitation.Card card = inv.cardProperty().get();
            assertNotNull(card, inv.problemProperty().get());
            assertTrue(card.url().startsWith("http://127.0.0.1:"));
            assertTrue(card.code().length() >= 8);
            Labeled join = (Labeled) scenes[0][1].lookup("#participant-join");
            assertTrue(join.getParent().isVisible());
            assertTrue(join.getText().contains(card.url()) && join.getText().contains(card.code()), join.getText());
            assertNotNull(((ImageView) scenes[0][1].lookup("#participant-qr")).getImage());
            assertEquals(card.url() + "#" + card.code(), decode(QrCode.modules(card.url() + "#" + card.code())));

            WaitForAsyncUtils.asyncFx(() -> {
                Room room = inv.room();
                Room.Joined j = room.join(card.code(), HOSTILE, DrillRecord.INCIDENT_COMMANDER);
                room.propose(room.person(j.token()), new Room.ProposalIn("escalate", null, Map.of(), null));
                DrillLayoutFixture.layout(console[0], scenes[0]);
                collect(scenes[0][0].getRoot(), texts);
            }).get(60, TimeUnit.SECONDS);
            assertTrue(texts.stream().anyMatch(t -> t.contains(HOSTILE + " · Incident Commander proposes")), texts.toString());

            int before = d.decisions().size();
            WaitForAsyncUtils.asyncFx(() -> {
                ((Button) scenes[0][0].lookup(".approve-proposal")).fire();
            }).get(60, TimeUnit.SECONDS);
            assertEquals(before + 1, d.decisions().size());
            assertEquals(HOSTILE + " · Incident Commander", d.decisions().get(before).who());

            texts.clear();
            WaitForAsyncUtils.asyncFx(() -> {
                DrillLayoutFixture.layout(console[0], scenes[0]);
                collect(scenes[0][0].getRoot(), texts);
                Scene dialog = new Scene(InviteDialog.content(inv), 760, 620);
                dialog.getRoot().applyCss();
                dialog.getRoot().layout();
                collect(dialog.getRoot(), texts);
            }).get(60, TimeUnit.SECONDS);
            assertTrue(texts.stream().anyMatch(t -> t.contains(HOSTILE + " · Incident Commander")
                    && !t.contains("proposes")), "the decision log and the dialog name them as text: " + texts);
            assertTrue(texts.stream().anyMatch(t -> t.equals(HOSTILE + " · Incident Commander")), "the dialog's list");

            String html = DrillReport.report(d.spec(), d.record(DrillRecord.RUNNING)).toHtml();
            assertTrue(html.contains("&lt;img src=x onerror=alert(1)&gt;"), "escaped in the report");
            assertFalse(html.contains(HOSTILE), "never as markup in the report");
        } finally {
            WaitForAsyncUtils.asyncFx(() -> {
                if (console[0] != null) {
                    console[0].dispose();
                }
            }).get(60, TimeUnit.SECONDS);
        }
    }

    static void collect(Node n, List<String> out) {
        if (n instanceof Labeled l && l.getText() != null) {
            out.add(l.getText());
        }
        if (n instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                collect(c, out);
            }
        }
    }

    /** Reads a QR code back with ZXing's own reader. */
    static String decode(boolean[][] modules) throws Exception {
        int scale = 4;
        int n = modules.length * scale;
        int[] px = new int[n * n];
        for (int y = 0; y < n; y++) {
            for (int x = 0; x < n; x++) {
                px[y * n + x] = modules[y / scale][x / scale] ? 0xff000000 : 0xffffffff;
            }
        }
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(n, n, px)))).getText();
    }
}
