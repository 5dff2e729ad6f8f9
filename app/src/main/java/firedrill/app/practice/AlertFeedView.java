package firedrill.app.practice;

import atlantafx.base.theme.Styles;
import firedrill.app.fx.StyleClasses;
import firedrill.engine.alert.AlertEvent;
import firedrill.engine.model.ModelSpec;
import javafx.collections.transformation.FilteredList;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.CheckBox;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The pager: every alert with severity, time, rule and scope. Noise alerts look exactly like real
 * ones (telling them apart is the trainee's job). Firing alerts first, newest on top.
 */
final class AlertFeedView extends VBox {
    private final ListView<AlertEvent> list = new ListView<>();
    private final ConsoleViewModel vm;

    AlertFeedView(ConsoleViewModel vm) {
        this.vm = vm;
        setId("alert-panel");
        getStyleClass().addAll("panel", "alert-panel");
        Label title = new Label("Alerts");
        title.getStyleClass().add("panel-title");
        Label count = new Label();
        count.getStyleClass().add("count-badge");
        count.textProperty().bind(vm.firingProperty().asString().concat(" firing"));
        vm.firingProperty().addListener((o, a, b) -> count.pseudoClassStateChanged(Styles.STATE_DANGER, b.intValue() > 0));
        CheckBox resolved = new CheckBox("resolved");
        resolved.setId("show-resolved");
        resolved.getStyleClass().add("panel-check");
        resolved.setFocusTraversable(false);
        Button ack = new Button("Ack oldest");
        ack.setTooltip(new javafx.scene.control.Tooltip("Acknowledge the selected alert, or the oldest firing one (A)"));
        ack.setId("ack-oldest");
        ack.getStyleClass().addAll(Styles.SMALL);
        ack.setFocusTraversable(false);
        ack.setOnAction(e -> {
            vm.acknowledgeSelectedOrOldest(null);
            list.refresh();
        });
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        title.setMinWidth(Region.USE_PREF_SIZE);
        count.setMinWidth(Region.USE_PREF_SIZE);
        ack.setMinWidth(Region.USE_PREF_SIZE);
        HBox header = new HBox(8, title, count, grow, resolved, ack);
        header.getStyleClass().add("panel-header");
        header.setAlignment(Pos.CENTER_LEFT);

        FilteredList<AlertEvent> shown = new FilteredList<>(vm.alerts(), AlertEvent::firing);
        resolved.selectedProperty().addListener((o, a, b) -> shown.setPredicate(b ? x -> true : AlertEvent::firing));
        list.setItems(shown);
        list.setId("alert-feed");
        list.getStyleClass().addAll("alert-feed", Styles.DENSE);
        list.setCellFactory(l -> new AlertCell(vm));
        Label empty = new Label("No alerts. The pager is quiet.");
        empty.getStyleClass().add(Styles.TEXT_MUTED);
        list.setPlaceholder(empty);
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(header, list);
    }

    ListView<AlertEvent> list() {
        return list;
    }

    AlertEvent selected() {
        return list.getSelectionModel().getSelectedItem();
    }

    private static final java.util.List<String> CELL_STATES = java.util.List.of("resolved", "critical", "warning", "info");
    private static final java.util.List<String> SEVERITIES =
            java.util.List.of("severity-critical", "severity-warning", "severity-info");
    private static final java.util.Map<String, String> SHORT = java.util.Map.of(
            "critical", "CRIT", "warning", "WARN", "info", "INFO");

    /** One alert: severity pill, time, scope and region, state, Ack; the summary below. */
    private static final class AlertCell extends ListCell<AlertEvent> {
        private final ConsoleViewModel vm;
        private final ModelSpec spec;
        private final Label severity = new Label();
        private final Label summary = new Label();
        private final Label meta = new Label();
        private final Label state = new Label();
        private final Button ack = new Button("Ack");
        private final VBox box;

        AlertCell(ConsoleViewModel vm) {
            this.vm = vm;
            this.spec = vm.spec();
            severity.getStyleClass().add("severity");
            severity.setMinWidth(Region.USE_PREF_SIZE);
            summary.getStyleClass().add("alert-summary");
            summary.setMinWidth(0); // one line per alert keeps every row the same height
            meta.getStyleClass().add("alert-meta");
            meta.setMinWidth(0);
            state.getStyleClass().add("alert-state");
            state.setMinWidth(Region.USE_PREF_SIZE);
            ack.getStyleClass().addAll(Styles.SMALL, "ack-button");
            ack.setFocusTraversable(false);
            ack.setMinWidth(Region.USE_PREF_SIZE);
            ack.setOnAction(e -> {
                vm.acknowledge(getItem());
                getListView().refresh();
            });
            Region grow = new Region();
            HBox.setHgrow(grow, Priority.ALWAYS);
            HBox top = new HBox(8, severity, meta, grow, state, ack);
            top.setAlignment(Pos.CENTER_LEFT);
            top.setMinWidth(0);
            box = new VBox(2, top, summary);
            box.setMinWidth(0);
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(AlertEvent a, boolean empty) {
            super.updateItem(a, empty);
            if (empty || a == null) {
                StyleClasses.set(this, null, CELL_STATES);
                setGraphic(null);
                return;
            }
            String sev = a.severity() == null ? "info" : a.severity();
            severity.setText(SHORT.getOrDefault(sev, sev.toUpperCase(java.util.Locale.ROOT)));
            StyleClasses.set(severity, "severity-" + sev, SEVERITIES);
            summary.setText(a.summary());
            String where = a.region() == null ? a.scope() : a.scope() + " · " + a.region();
            meta.setText(spec.clockOf(a.firedTick()) + "  " + where);
            boolean pending = vm.ackPending(a);
            if (!a.firing()) {
                state.setText("resolved " + spec.timeOf(a.resolvedTick()));
            } else if (a.ackTick() >= 0) {
                state.setText("acked");
            } else if (pending) {
                state.setText("acking…");
            } else {
                state.setText("");
            }
            StyleClasses.set(this, a.firing() ? sev : "resolved", CELL_STATES);
            ack.setVisible(a.firing() && a.ackTick() < 0 && !pending);
            ack.setManaged(ack.isVisible());

            setGraphic(box);
        }
    }
}
