package firedrill.app.drill;

import atlantafx.base.theme.Styles;
import java.io.File;
import java.nio.file.Path;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * The line under the console's header: what just happened (the jump under way, the report written
 * and where) and, once a report exists, Open (in the browser) and Save as… (HTML and JSON to a place
 * of the facilitator's choosing).
 */
final class ReportBar extends HBox {
    ReportBar(DrillViewModel vm, Supplier<Window> owner) {
        setId("drill-notice-bar");
        getStyleClass().add("drill-notice");
        setAlignment(Pos.CENTER_LEFT);
        Label notice = Status.mark(new Label());
        notice.setId("drill-notice");
        notice.getStyleClass().add("drill-notice-text");
        notice.setWrapText(true);
        notice.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        notice.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(notice, Priority.ALWAYS);
        notice.textProperty().bind(Bindings.createStringBinding(() -> !vm.exportedProperty().get().isEmpty()
                ? vm.exportedProperty().get() : vm.noticeProperty().get(), vm.exportedProperty(), vm.noticeProperty()));
        Button open = openButton(vm, "open-report");
        Button save = saveAsButton(vm, owner, "save-report");
        getChildren().addAll(notice, open, save, aarIpButton(vm, owner, "edit-aar-ip"));
        visibleProperty().bind(notice.textProperty().isNotEmpty());
        managedProperty().bind(visibleProperty());
    }

    /** Opens the last report in the default browser (shown once there is one). */
    static Button openButton(DrillViewModel vm, String id) {
        Button b = new Button("Open report");
        b.setId(id);
        b.getStyleClass().add(Styles.SMALL);
        b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        b.setTooltip(new Tooltip("Open the after-action report in the browser"));
        b.setOnAction(e -> vm.openReport());
        b.visibleProperty().bind(vm.lastReportProperty().isNotNull());
        b.managedProperty().bind(b.visibleProperty());
        return b;
    }

    /**
     * Opens the AAR/IP editor on the last report's plan (shown once there is one); Export writes it
     * beside the report as printable HTML and JSON.
     */
    static Button aarIpButton(DrillViewModel vm, Supplier<Window> owner, String id) {
        Button b = new Button("AAR/IP…");
        b.setId(id);
        b.getStyleClass().add(Styles.SMALL);
        b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        b.setTooltip(new Tooltip("HSEEP-style after-action report and improvement plan: rate the objectives, edit the"
                + " plan, export"));
        b.setOnAction(e -> {
            if (vm.aarIpProperty().get() == null) {
                return;
            }
            new AarIpEditor(vm.aarIpProperty().get()).dialog(owner.get()).showAndWait().ifPresent(vm::saveAarIp);
        });
        b.visibleProperty().bind(vm.aarIpProperty().isNotNull());
        b.managedProperty().bind(b.visibleProperty());
        return b;
    }

    /** Saves a copy of the last report (HTML, and the JSON beside it) where the facilitator chooses. */
    static Button saveAsButton(DrillViewModel vm, Supplier<Window> owner, String id) {
        Button b = new Button("Save as…");
        b.setId(id);
        b.getStyleClass().add(Styles.SMALL);
        b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        b.setTooltip(new Tooltip("Save a copy of the report (HTML and JSON) elsewhere, e.g. a shared folder"));
        b.setOnAction(e -> {
            Path last = vm.lastReportProperty().get();
            if (last == null) {
                return;
            }
            FileChooser fc = new FileChooser();
            fc.setTitle("Save the after-action report");
            fc.setInitialFileName(last.getFileName().toString());
            if (last.getParent() != null && last.getParent().toFile().isDirectory()) {
                fc.setInitialDirectory(last.getParent().toFile());
            }
            fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("HTML report", "*.html"));
            File f = fc.showSaveDialog(owner.get());
            if (f != null) {
                vm.saveReportAs(f.toPath());
            }
        });
        b.visibleProperty().bind(vm.lastReportProperty().isNotNull());
        b.managedProperty().bind(b.visibleProperty());
        return b;
    }
}
