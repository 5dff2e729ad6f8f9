package firedrill.app.drill;

import firedrill.app.fx.DataDir;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * Not a test: renders both drill windows at a size headless (Monocle) and writes PNGs, printing any cut
 * status label — for looking at the layouts while working on them, and for docs/screenshots/drill-*.png.
 * Arguments: WIDTH HEIGHT OUTDIR [TEXT-SIZE] [NAME-SUFFIX].
 */
public final class DrillLayoutShots {
    public static void main(String[] a) throws Exception {
        Path data = Files.createTempDirectory("firedrill-layout-");
        System.setProperty(DataDir.PROPERTY, data.toString());
        List<String> args = List.of(a);
        double w = Double.parseDouble(args.get(0));
        double h = Double.parseDouble(args.get(1));
        Path out = Path.of(args.get(2));
        double text = args.size() > 3 ? Double.parseDouble(args.get(3)) : 1;
        String suffix = args.size() > 4 ? args.get(4) : (int) w + "x" + (int) h + (text == 1 ? "" : "-" + (int) (text * 100));
        CompletableFuture<Void> done = new CompletableFuture<>();
        Platform.startup(() -> { });
        Drill d = DrillLayoutFixture.playedDrill(new DrillStore(data));
        d.saveNow().get(10, TimeUnit.SECONDS);
        Platform.runLater(() -> {
            try {
                FacilitatorConsoleView c = DrillLayoutFixture.console(d, new DrillStore(data));
                c.viewModel().projectorTextProperty().set(text);
                Scene[] s = DrillLayoutFixture.scenes(c, w, h);
                DrillLayoutFixture.layout(c, s);
                DrillLayoutFixture.png(s[0], out.resolve("drill-facilitator-" + suffix + ".png"));
                DrillLayoutFixture.png(s[1], out.resolve("drill-participant-" + suffix + ".png"));
                DrillLayoutFixture.truncated(s[0].getRoot()).forEach(x -> System.out.println("CUT console " + x));
                DrillLayoutFixture.truncated(s[1].getRoot()).forEach(x -> System.out.println("CUT participant " + x));
                c.dispose();
                done.complete(null);
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
