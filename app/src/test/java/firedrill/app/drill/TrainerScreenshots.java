package firedrill.app.drill;

import firedrill.app.testing.ScreenshotSupport;
import firedrill.app.cohort.CohortView;
import firedrill.app.cohort.CohortViewModel;
import firedrill.app.fx.FxTaskExecutor;
import firedrill.app.shell.MainWindow;
import firedrill.engine.cohort.SampleCohort;
import firedrill.engine.drill.AarIp;
import firedrill.engine.drill.DrillRecord;
import firedrill.engine.model.ModelSpec;
import firedrill.engine.scenario.ScenarioLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * Not a test: writes docs/screenshots/cohort.png (a synthetic cohort of 12 trainees × 5 attempts) and
 * drill-aar-ip.png (the AAR/IP editor of a short scripted drill). Run on a display, e.g.
 * {@code xvfb-run -a -s "-screen 0 1600x1000x24" java ... firedrill.app.drill.TrainerScreenshots OUTDIR}.
 */
public final class TrainerScreenshots extends Application {
    private static Path out;

    public static void main(String[] args) throws Exception {
        out = Path.of(args.length > 0 ? args[0] : "docs/screenshots");
        System.setProperty(firedrill.app.fx.DataDir.PROPERTY, Files.createTempDirectory("firedrill-shots-").toString());
        launch(args);
    }

    @Override
    public void start(Stage stage) {
        new Thread(() -> {
            try {
                cohort(stage);
                aarIp();
                System.out.println("DONE");
            } catch (Throwable e) {
                e.printStackTrace();
            } finally {
                Platform.exit();
            }
        }, "shots").start();
    }

    private static void cohort(Stage stage) throws Exception {
        Path data = Files.createTempDirectory("firedrill-cohort-shot-");
        SampleCohort.write(data, new ModelSpec(ScenarioLoader.loadShipped("reddit-2023-03-14")), 12, 5);
        CohortView[] view = new CohortView[1];
        Scene[] scene = new Scene[1];
        fx(() -> {
            CohortViewModel vm = new CohortViewModel(new FxTaskExecutor(), id -> {
                try {
                    return Optional.of(ScenarioLoader.loadShipped(id));
                } catch (Exception e) {
                    return Optional.empty();
                }
            });
            vm.parRunsProperty().set(20);
            view[0] = new CohortView(vm);
            MainWindow window = new MainWindow();
            scene[0] = new Scene(window.root(), 1500, 900);
            firedrill.app.shell.Styles.applyAll(scene[0], firedrill.app.shell.Settings.DEFAULT);
            stage.setScene(scene[0]);
            stage.show();
            window.show(view[0]);
            view[0].open(data);
        });
        // Waits for the background scoring before the picture.
        ScreenshotSupport.waitFor(600, () -> view[0].viewModel().shownProperty().get() != null);
        fx(() -> {
            javafx.scene.control.TableView<?> t = (javafx.scene.control.TableView<?>) view[0].root().lookup("#cohort-summaries");
            t.getSelectionModel().select(3);
        });
        ScreenshotSupport.frames(30);
        shot(scene[0], "cohort.png");
    }

    private static void aarIp() throws Exception {
        Path data = Files.createTempDirectory("firedrill-drill-shot-");
        Path html = data.resolve("drill.html");
        AtomicReference<AarIp> plan = new AtomicReference<>();
        try (Drill d = Drill.start(DrillCrashChild.setup(), new DrillStore(data))) {
            DrillReportTest.at(d, "15:14");
            d.decide("Dana", DrillRecord.INCIDENT_COMMANDER, "status-update", null, Map.of());
            d.observe(DrillRecord.Tag.STRENGTH, DrillRecord.INCIDENT_COMMANDER, "Dana declared the incident and named an IC at once");
            DrillReportTest.at(d, "15:21");
            d.decide("Lee", DrillRecord.OPERATIONS, "block-admin-api", "largest:3", Map.of());
            d.observe(DrillRecord.Tag.IMPROVEMENT, DrillRecord.OPERATIONS, "Ops tried the rollback through the failing API first");
            d.observe(DrillRecord.Tag.IMPROVEMENT, DrillRecord.COMMS, "The status page said 'investigating' for 30 minutes");
            DrillReportTest.at(d, "15:40");
            d.end().get(30, TimeUnit.SECONDS);
            DrillViewModel vm = new DrillViewModel(d);
            vm.export(html).get(120, TimeUnit.SECONDS);
            plan.set(vm.aarIpProperty().get());
        }
        Scene[] scene = new Scene[1];
        fx(() -> {
            AarIpEditor editor = new AarIpEditor(plan.get());
            javafx.scene.layout.VBox box = editor.content();
            box.setPadding(new javafx.geometry.Insets(16));
            javafx.scene.control.Label head = new javafx.scene.control.Label(plan.get().overview().name()
                    + " — after-action report / improvement plan");
            head.getStyleClass().add(atlantafx.base.theme.Styles.TITLE_3);
            box.getChildren().add(0, head);
            AarIp.PlanItem first = plan.get().plan().get(0);
            editor.plan().getItems().set(0, new AarIpEditor.Row(new AarIp.PlanItem(first.objective(), first.issue(),
                    "Practise the API lock-out path in the next game day", "Lee", "2027-01-15")));
            Stage s = new Stage();
            scene[0] = new Scene(box, 1100, 760);
            firedrill.app.shell.Styles.applyAll(scene[0], firedrill.app.shell.Settings.DEFAULT);
            s.setScene(scene[0]);
            s.show();
        });
        ScreenshotSupport.frames(30);
        shot(scene[0], "drill-aar-ip.png");
    }

    private static void fx(Runnable r) throws Exception {
        ScreenshotSupport.fx(r);
    }

    private static void shot(Scene scene, String name) throws Exception {
        Files.createDirectories(out);
        ScreenshotSupport.captureScene(scene, out.resolve(name));
        System.out.println("SHOT " + out.resolve(name));
    }
}
