package firedrill.app.debrief;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import org.controlsfx.control.StatusBar;

/**
 * The debrief's background work in one place, a ControlsFX {@link StatusBar} at the bottom (ADR 0018):
 * scoring, par (with its progress and Cancel), what-ifs and the report export each say here what they
 * are doing and, once done, how it went; the latest message stays until the next one.
 */
final class DebriefStatusBar {
    static final String ID = "debrief-status";

    private DebriefStatusBar() {}

    static StatusBar of(DebriefViewModel vm) {
        StatusBar bar = new StatusBar();
        bar.setId(ID);
        bar.getStyleClass().add("debrief-status");
        bar.setText(vm.statusProperty().get());
        vm.statusProperty().addListener((o, a, b) -> bar.setText(b));
        vm.parTextProperty().addListener((o, a, b) -> bar.setText(b.isEmpty() ? bar.getText() : "Par: " + b));
        vm.whatIfTextProperty().addListener((o, a, b) -> bar.setText(b));
        vm.exportTextProperty().addListener((o, a, b) -> bar.setText(b));
        // Par shows how far it got; scoring, a what-if and the export only that they are under way.
        bar.progressProperty().bind(Bindings.createDoubleBinding(() -> vm.parRunningProperty().get()
                        ? Math.max(0.001, vm.parProgressProperty().get())
                        : vm.cardProperty().get() == null && vm.errorProperty().get().isEmpty()
                        || vm.whatIfRunningProperty().get() || vm.exportingProperty().get() ? -1 : 0,
                vm.parRunningProperty(), vm.parProgressProperty(), vm.cardProperty(), vm.errorProperty(),
                vm.whatIfRunningProperty(), vm.exportingProperty()));
        Button cancel = new Button("Cancel par");
        cancel.setId("par-cancel");
        cancel.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        cancel.visibleProperty().bind(vm.parRunningProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        cancel.setOnAction(e -> vm.cancelPar());
        bar.getRightItems().add(cancel);
        return bar;
    }
}
