package firedrill.app.drill;

import atlantafx.base.theme.Styles;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The decision log: every decision the team made, newest first — when it was entered and when it
 * applies, who decided, the action and target, and its status — each row wrapped to the column's
 * width, so nothing is cut on a narrow console.
 */
final class DecisionLog extends VBox {
    private static final List<String> STATES = List.of("decision-state-pending", "decision-state-queued",
            "decision-state-running", "decision-state-succeeded", "decision-state-partial", "decision-state-failed",
            "decision-state-submitted", "decision-state-corrected", "decision-state-withdrawn");

    /** What the log's buttons do (the console confirms before marking an applied decision). */
    interface Actions {
        void undo(DrillViewModel.DecisionRow row);

        void edit(DrillViewModel.DecisionRow row);
    }

    DecisionLog(DrillViewModel vm, Actions actions) {
        ListView<DrillViewModel.DecisionRow> log = new ListView<>(vm.decisions());
        log.setId("decision-log");
        log.getStyleClass().addAll("decision-log", Styles.DENSE);
        log.setCellFactory(l -> new Row(vm, actions));
        log.setFocusTraversable(false);
        Label empty = new Label("No decisions yet. When the team decides, pick who decided and the action, then Record.");
        empty.setWrapText(true);
        empty.getStyleClass().add(Styles.TEXT_MUTED);
        log.setPlaceholder(empty);
        VBox.setVgrow(log, Priority.ALWAYS);
        getChildren().addAll(Panels.header(Panels.title("Decision log")), log);
        getStyleClass().add("panel");
    }

    /** "15:21:00 → 15:21:01 · Lee Okafor · Operations" / the decision / its status. */
    private static final class Row extends ListCell<DrillViewModel.DecisionRow> {
        private final DrillViewModel vm;
        private final Label when = Status.mark(new Label());
        private final Label who = new Label();
        private final Label what = new Label();
        private final Label status = new Label();
        private final Button undo = new Button("Undo");
        private final Button edit = new Button("Edit");
        private final VBox box;

        Row(DrillViewModel vm, Actions actions) {
            this.vm = vm;
            for (Button b : new Button[] {undo, edit}) {
                b.getStyleClass().addAll(Styles.SMALL, Styles.FLAT, "decision-button");
                b.setFocusTraversable(false);
                b.setMinWidth(Region.USE_PREF_SIZE);
            }
            undo.setId("decision-undo");
            edit.setId("decision-edit");
            undo.setOnAction(e -> {
                if (getItem() != null) {
                    actions.undo(getItem());
                }
            });
            edit.setOnAction(e -> {
                if (getItem() != null) {
                    actions.edit(getItem());
                }
            });
            when.getStyleClass().add("decision-when");
            when.setMinWidth(Region.USE_PREF_SIZE);
            who.getStyleClass().add("decision-who");
            who.setWrapText(true);
            who.setMinHeight(Region.USE_PREF_SIZE);
            what.getStyleClass().add("decision-what");
            what.setWrapText(true);
            what.setMinHeight(Region.USE_PREF_SIZE);
            status.getStyleClass().add("decision-status");
            status.setWrapText(true);
            status.setMinHeight(Region.USE_PREF_SIZE);
            FlowPane top = new FlowPane(when, who, edit, undo);
            top.getStyleClass().add("decision-top");
            top.setAlignment(Pos.CENTER_LEFT);
            box = new VBox(1, top, what, status);
            box.setMinWidth(0);
            setPrefWidth(0); // wrap to the list's width instead of scrolling sideways
        }

        @Override
        protected void updateItem(DrillViewModel.DecisionRow r, boolean empty) {
            super.updateItem(r, empty);
            setText(null);
            if (empty || r == null) {
                setGraphic(null);
                return;
            }
            when.setText(r.entered() + " → " + r.at());
            who.setText(r.decision().who());
            what.setText(r.decision().action() + (r.decision().target() == null ? "" : " → " + r.decision().target())
                    + DrillViewModel.params(r.decision().params()));
            status.setText(r.status());
            boolean live = r.index() >= 0 && !r.decision().isCorrected() && !vm.endedProperty().get();
            undo.setVisible(live);
            undo.setManaged(live);
            undo.setTooltip(new javafx.scene.control.Tooltip("pending".equals(r.state())
                    ? "Withdraw it: it has not applied yet, so the simulation never sees it"
                    : "Mark it as entered in error: it has applied, and the simulation keeps its effect"));
            boolean editable = vm.canEdit(r);
            edit.setVisible(editable);
            edit.setManaged(editable);
            firedrill.app.fx.StyleClasses.set(status, "decision-state-" + r.state(), STATES);
            if (getListView() != null) {
                double w = Math.max(60, getListView().getWidth() - 28);
                for (Label l : List.of(who, what, status)) {
                    l.setMaxWidth(w);
                }
                box.setPrefWidth(w);
                box.setMaxWidth(w);
            }
            setGraphic(box);
        }
    }
}
