package firedrill.app.debrief;

import firedrill.app.fx.DataDir;
import firedrill.app.session.SessionStore;
import firedrill.app.shell.FiredrillApp;
import firedrill.app.testing.FxWait;
import java.nio.file.Files;
import java.time.Duration;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;

/**
 * Not a test: sets up the scenes for docs/screenshots/debrief*.png and history.png on a real display.
 * Prints READY-DEBRIEF, READY-WHATIF and READY-HISTORY; after each it waits for the screenshot tool to
 * answer with a line on standard input (see {@link FxWait#captured()}).
 */
public final class DebriefScreenshots extends Application {
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
        stage.setHeight(1000);
        new Thread(() -> play(app), "shots").start();
    }

    private static void fx(Runnable r) throws Exception {
        java.util.concurrent.CountDownLatch l = new java.util.concurrent.CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                r.run();
            } finally {
                l.countDown();
            }
        });
        l.await();
    }

    private void play(FiredrillApp app) {
        try {
            Debriefs debriefs = new Debriefs(new SessionStore(DataDir.resolve()), new firedrill.app.fx.FxTaskExecutor());
            RunResult r = DebriefFixtures.fastResponse();
            DebriefView[] view = new DebriefView[1];
            fx(() -> {
                view[0] = (DebriefView) debriefs.debrief(r, new ResultsViewModel(r, null, false), app.navigator());
                app.navigator().show(view[0]);
            });
            DebriefViewModel vm = view[0].viewModel();
            FxWait.until(Duration.ofSeconds(60), () -> vm.cardProperty().get() != null);
            fx(() -> vm.startPar(40));
            FxWait.until(Duration.ofSeconds(120), () -> vm.parProperty().get() != null);
            FxWait.pulses(50);
            System.out.println("READY-DEBRIEF");
            FxWait.captured();
            fx(() -> {
                view[0].root().lookup("#debrief-tabs");
                ((TabPane) view[0].root().lookup("#debrief-tabs")).getSelectionModel().select(1);
            });
            FxWait.pulses(20);
            fx(() -> {
                @SuppressWarnings("unchecked")
                ListView<DebriefViewModel.DecisionRow> list = (ListView<DebriefViewModel.DecisionRow>)
                        view[0].root().lookup("#decision-list");
                int pick = 0;
                for (int i = 0; i < list.getItems().size(); i++) {
                    if (list.getItems().get(i).helped()) {
                        pick = i;
                        break;
                    }
                }
                list.getSelectionModel().select(pick);
                vm.runWhatIf(DebriefViewModel.Change.REMOVE, list.getItems().get(pick).index(), null);
            });
            FxWait.until(Duration.ofSeconds(60), () -> vm.whatIfProperty().get() != null);
            FxWait.pulses(50);
            System.out.println("READY-WHATIF");
            FxWait.captured();
            // A second attempt so the history has a trend.
            debriefs.store().save(vm.sessionRecord(vm.cardProperty().get()).withGrade(
                    new firedrill.engine.session.SessionRecord.Grade(38, "Behind the real team", 520.0)));
            fx(() -> app.navigator().history());
            FxWait.pulses(90);
            System.out.println("READY-HISTORY");
            FxWait.captured();
            Platform.exit();
        } catch (Exception e) {
            e.printStackTrace();
            Platform.exit();
        }
    }
}
