package firedrill.app.practice;

import atlantafx.base.theme.Styles;
import firedrill.app.practice.ConsoleViewModel.ActionRow;
import firedrill.app.fx.StyleClasses;
import firedrill.engine.action.ActionRecord;
import firedrill.engine.action.Outcome;
import firedrill.engine.model.ModelSpec;
import firedrill.engine.scenario.ActionSpec;
import firedrill.engine.command.Command;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** Actions the team is working on and how earlier ones ended (failures with their reason). */
final class ActionsInFlightView extends VBox {
    private final ListView<ActionRow> list = new ListView<>();

    ActionsInFlightView(ConsoleViewModel vm) {
        setId("inflight-panel");
        getStyleClass().addAll("panel", "inflight-panel");
        Label title = new Label("In flight & done");
        title.getStyleClass().add("panel-title");
        Label responders = new Label();
        responders.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        responders.textProperty().bind(vm.respondersProperty());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox header = new HBox(8, title, grow, responders);
        header.getStyleClass().add("panel-header");
        header.setAlignment(Pos.CENTER_LEFT);

        list.setId("action-list");
        list.getStyleClass().addAll("action-list", Styles.DENSE);
        list.setItems(vm.actions());
        list.setCellFactory(l -> new RowCell(vm.spec()));
        list.setFocusTraversable(false);
        Label empty = new Label("No actions yet.");
        empty.getStyleClass().add(Styles.TEXT_MUTED);
        list.setPlaceholder(empty);
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(header, list);
        // A row changes height when it gains a reason; the list re-measures its cells only on refresh.
        vm.actions().addListener((javafx.collections.ListChangeListener<ActionRow>) c -> {
            String shape = shapeOf(vm.actions());
            if (!shape.equals(lastShape)) {
                lastShape = shape;
                list.refresh();
            }
        });
    }

    private String lastShape = "";

    private static String shapeOf(java.util.List<ActionRow> rows) {
        StringBuilder sb = new StringBuilder(rows.size() * 2);
        for (ActionRow r : rows) {
            sb.append(r.isPending() ? 'p' : r.record().reason() != null && !r.record().reason().isEmpty() ? 'r'
                    : r.record().outcome().finished() ? 'f' : 'a');
        }
        return sb.toString();
    }

    ListView<ActionRow> list() {
        return list;
    }

    private static final java.util.List<String> OUTCOMES = java.util.List.of("outcome-submitted", "outcome-queued",
            "outcome-running", "outcome-succeeded", "outcome-partial", "outcome-failed");

    private static final class RowCell extends ListCell<ActionRow> {
        private final ModelSpec spec;
        private final Label title = new Label();
        private final Label outcome = new Label();
        private final Label meta = new Label();
        private final ProgressBar progress = new ProgressBar();
        private final Label reason = new Label();
        private final VBox box;

        RowCell(ModelSpec spec) {
            this.spec = spec;
            title.getStyleClass().add("action-row-title");
            title.setMinWidth(0);
            outcome.getStyleClass().add("outcome");
            outcome.setMinWidth(Region.USE_PREF_SIZE);
            meta.getStyleClass().addAll("action-row-meta");
            meta.setMinWidth(0);
            progress.setMaxWidth(Double.MAX_VALUE);
            progress.getStyleClass().addAll(Styles.SMALL, "action-progress");
            reason.getStyleClass().add("action-reason");
            reason.setWrapText(true);
            reason.setMinHeight(Region.USE_PREF_SIZE);
            Region grow = new Region();
            HBox.setHgrow(grow, Priority.ALWAYS);
            HBox top = new HBox(6, title, grow, outcome);
            top.setAlignment(Pos.CENTER_LEFT);
            box = new VBox(3, top, meta, progress, reason);
            box.setMinWidth(0);
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(ActionRow row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            if (row.isPending()) {
                Command c = row.pending();
                ActionSpec a = spec.action(c.action());
                title.setText(a == null ? c.action() : a.title());
                setOutcome("submitted", "outcome-submitted");
                meta.setText((c.target() == null ? "" : c.target() + " · ") + "applies when the clock moves");
                show(progress, false);
                show(reason, false);
            } else {
                ActionRecord r = row.record();
                title.setText(r.title());
                setOutcome(r.outcome().label(), "outcome-" + r.outcome().label());
                StringBuilder m = new StringBuilder();
                if (r.target() != null) {
                    m.append(r.target()).append(" · ");
                }
                m.append("issued ").append(spec.timeOf(r.issuedTick()));
                if (r.startTick() >= 0) {
                    m.append(" · started ").append(spec.timeOf(r.startTick()));
                }
                if (r.endTick() >= 0 && r.outcome().finished()) {
                    m.append(" · ended ").append(spec.timeOf(r.endTick()));
                }
                if (r.targets() > 0 && r.startTick() >= 0) {
                    m.append(" · ").append(r.done()).append('/').append(r.targets()).append(" done");
                }
                if ("automated".equals(r.mode())) {
                    m.append(r.held() > 0 ? " · preparing (automated)" : " · automated");
                } else if (r.held() > 1) {
                    m.append(" · ").append(r.held()).append(" responders");
                }
                meta.setText(m.toString());
                boolean active = !r.outcome().finished();
                show(progress, active); // a change of shape makes the list re-measure its rows (see the listener)
                if (active) {
                    progress.setProgress(r.outcome() == Outcome.QUEUED ? 0 : r.progress());
                }
                boolean hasReason = r.reason() != null && !r.reason().isEmpty();
                reason.setText(hasReason ? r.reason() : "");
                show(reason, hasReason);
                if (r.outcome() == Outcome.QUEUED) {
                    meta.setText(meta.getText() + " · waiting for a free responder");
                }
            }
            if (getListView() != null) {
                double w = Math.max(80, getListView().getWidth() - 34);
                reason.setPrefWidth(w);
                reason.setMaxWidth(w);
            }
            setGraphic(box);
        }

        private void setOutcome(String text, String cls) {
            outcome.setText(text);
            StyleClasses.set(outcome, cls, OUTCOMES); // no CSS pass when only the progress moved
        }

        private static void show(javafx.scene.Node n, boolean on) {
            n.setVisible(on);
            n.setManaged(on);
        }
    }
}
