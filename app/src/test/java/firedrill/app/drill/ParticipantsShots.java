package firedrill.app.drill;

import firedrill.app.drill.web.InviteDialog;
import firedrill.app.drill.web.Invitation;
import firedrill.app.drill.web.Room;
import firedrill.app.fx.DataDir;
import firedrill.engine.drill.DrillRecord;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * Not a test: opens the invite dialog (in a real window: run it under Xvfb) with two participants and a
 * proposal waiting, plus the console and the projector with the join card, and writes PNGs for
 * docs/running-a-drill.md. Arguments: OUTDIR.
 */
public final class ParticipantsShots {
    public static void main(String[] a) throws Exception {
        Path data = Files.createTempDirectory("firedrill-shots-");
        System.setProperty(DataDir.PROPERTY, data.toString());
        Path out = Path.of(a[0]);
        CompletableFuture<Void> done = new CompletableFuture<>();
        Platform.startup(() -> { });
        Drill d = DrillLayoutFixture.playedDrill(new DrillStore(data));
        d.pause();
        Platform.runLater(() -> {
            try {
                FacilitatorConsoleView c = DrillLayoutFixture.console(d, new DrillStore(data));
                Scene[] s = DrillLayoutFixture.scenes(c, 1600, 900);
                Invitation inv = c.invitation();
                inv.start("127.0.0.1", Invitation.DEFAULT_PORT);
                Room room = inv.room();
                String code = inv.cardProperty().get().code();
                Room.Joined lee = room.join(code, "Lee Okafor", DrillRecord.OPERATIONS);
                room.join(code, "<img src=x onerror=alert(1)>", DrillRecord.COMMS);
                room.propose(room.person(lee.token()), new Room.ProposalIn("block-admin-api", "largest:5", Map.of(), null));
                room.post(room.person(lee.token()), "Dashboards for us-east look fine but support says ChatGPT is failing there.");
                DrillLayoutFixture.layout(c, s);
                Stage dialog = InviteDialog.show(inv, null);
                dialog.getScene().getStylesheets().setAll(s[0].getStylesheets());
                dialog.getScene().getRoot().getStyleClass().addAll(s[0].getRoot().getStyleClass());
                dialog.getScene().getRoot().applyCss();
                dialog.getScene().getRoot().layout();
                Platform.runLater(() -> {
                    try {
                        DrillLayoutFixture.png(dialog.getScene(), out.resolve("drill-invite-dialog.png"));
                        DrillLayoutFixture.png(s[0], out.resolve("drill-facilitator-proposal.png"));
                        DrillLayoutFixture.png(s[1], out.resolve("drill-participant-join-card.png"));
                        dialog.close();
                        c.dispose();
                        done.complete(null);
                    } catch (Exception e) {
                        done.completeExceptionally(e);
                    }
                });
            } catch (Exception e) {
                done.completeExceptionally(e);
            }
        });
        try {
            done.get(60, TimeUnit.SECONDS);
        } finally {
            Platform.exit();
        }
    }
}
